import { describe, expect, it } from 'vitest';
import { certificationKinds, translationDestinations } from '../../../../src-main/core/model/case.ts';
import { defaultTranslationRules } from '../../../../src-main/core/rules/translation-rules-data.ts';
import { certificationFields } from '../../../../src-main/core/rules/translation-rules.ts';
import { statementKinds, statementMethods } from '../../../../src-renderer/features/statements/statements.ts';
import en from '../../../../src-renderer/i18n/en.json';
import fr from '../../../../src-renderer/i18n/fr.json';
import { issueStrings } from '../../../../src-renderer/i18n/issue-strings.ts';

type Catalogue = { readonly [key: string]: string | Catalogue };
/** The UI's strings as i18n loads them, the core's validation wording included. */
const catalogues: Readonly<Record<'en' | 'fr', Catalogue>> = {
  en: { ...en, validation: issueStrings('en') },
  fr: { ...fr, validation: issueStrings('fr') },
};

function lookup(catalogue: Catalogue, key: string): string | undefined {
  let node: string | Catalogue | undefined = catalogue;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/** Keys the Statements tab builds from the model and the translation rules, which a literal-key scan cannot see. */
function builtKeys(): string[] {
  const rules = defaultTranslationRules.rules;
  return [
    ...statementKinds.map((k) => `statements.kinds.${k}`),
    ...statementMethods.map((m) => `statements.methods.${m}`),
    ...certificationKinds.map((c) => `statements.certifications.${c}`),
    ...translationDestinations.map((d) => `statements.destinations.${d}`),
    ...(['en', 'fr'] as const).map((l) => `statements.targetLangs.${l}`),
    ...(['refuse', 'warn', 'note'] as const).map((e) => `statements.findings.effect.${e}`),
    ...certificationFields.map((f) => `statements.findings.fields.${f}`),
    ...rules.map((r) => `statements.findings.rules.${r.id}`),
    // Refusals reach the fields as save errors coded translation.<check>.
    ...rules.filter((r) => r.effect === 'refuse').map((r) => `validation.translation.${r.check}`),
  ];
}

describe('the Statements tab catalogue', () => {
  it('has every key built from the model and the shipped translation rules, in English and in French', () => {
    const keys = builtKeys();
    expect(keys.length).toBeGreaterThan(40);
    for (const language of ['en', 'fr'] as const) {
      expect(
        keys.filter((key) => !lookup(catalogues[language], key)),
        language,
      ).toEqual([]);
    }
  });

  it('says in English what each rule says, so the data and the UI never drift apart', () => {
    for (const rule of defaultTranslationRules.rules) {
      const shown = lookup(en, `statements.findings.rules.${rule.id}`)?.replace('{{missing}}', '{missing}');
      expect(shown, rule.id).toBe(rule.message);
    }
  });

  it('words each refusal with the source it rests on, in both languages', () => {
    for (const rule of defaultTranslationRules.rules.filter((r) => r.effect === 'refuse')) {
      expect(lookup(catalogues.en, `validation.translation.${rule.check}`), rule.id).toMatch(/IRCC application guides/);
      expect(lookup(catalogues.fr, `validation.translation.${rule.check}`), rule.id).toMatch(/guides de demande d'IRCC/);
    }
  });
});
