import { expect, test } from 'vitest';
import { defaultBondRules } from '../../../../src-main/core/rules/bond-rules-data.ts';
import { formatCitation } from '../../../../src-main/core/rules/citation.ts';
import en from '../../../../src-renderer/i18n/en.json';
import fr from '../../../../src-renderer/i18n/fr.json';

/** The wording of each IRPR 47 finding, by rule id. */
const findingText: Readonly<Record<'en' | 'fr', Readonly<Record<string, string>>>> = {
  en: en.releasePlan.findingText,
  fr: fr.releasePlan.findingText,
};

test('the English wording of each IRPR 47 finding is the rule message itself', () => {
  const en = findingText.en;
  expect(Object.keys(en).toSorted()).toEqual(defaultBondRules.rules.map((r) => r.id).toSorted());
  for (const rule of defaultBondRules.rules) expect(en[rule.id]).toBe(rule.message);
});

test('every IRPR 47 finding has a French wording that names the same provision', () => {
  const fr = findingText.fr;
  for (const rule of defaultBondRules.rules) {
    const text = fr[rule.id] ?? '';
    expect(text, rule.id).not.toBe('');
    expect(text, rule.id).not.toBe(rule.message);
    // The provision's pinpoint, e.g. 47(2) in "RIPR, al. 47(2)a)".
    const section = /\d+\(\d+\)/u.exec(formatCitation(rule.citation))?.[0];
    if (rule.citation.instrument === 'IRPR' && section) expect(text, rule.id).toContain(section);
  }
});
