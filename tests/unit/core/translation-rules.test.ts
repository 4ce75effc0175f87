import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Case, Statement, Translation } from '../../../src-main/core/model/case.ts';
import { viewOf, type StatementView } from '../../../src-main/core/model/translations.ts';
import { editFirstTranslation } from '../../helpers/translations.ts';
import { parseCaseFile } from '../../../src-main/core/model/interchange.ts';
import { defaultTranslationRules } from '../../../src-main/core/rules/translation-rules-data.ts';
import { checkTranslation, parseTranslationRules, type TranslationFinding } from '../../../src-main/core/rules/translation-rules.ts';
import { checkCaseFacts } from '../../../src-main/core/validate.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const load = (name: string): Case => parseCaseFile(JSON.parse(readFileSync(path.join(root, 'tests/fixtures/cases', name), 'utf8'))).case;
const rules = defaultTranslationRules;
// After every date the fixture cases hold (Case 2's application went in on 2026-06-15).
const today = '2026-06-20';

/** Case 2 (H&C, IRCC) with the abbot's letter translated as `edit` says. */
function case2With(edit: (statement: Statement) => Statement): Case {
  const c = load('case2-srisuk.json');
  const [first, ...rest] = c.statements;
  if (!first) throw new Error('Case 2 has a statement');
  return { ...c, statements: [edit(first), ...rest] };
}

const translatedBy = (translatorId: string, certification: Translation['certification']) => (s: Statement) => {
  if (!s.translations[0]) throw new Error('the letter is translated');
  return editFirstTranslation(s, (t) => ({ ...t, translatorId, certification }));
};

/** A statement is checked through its first translation; a statement view as it is. */
const checkFirst = (c: Parameters<typeof checkTranslation>[0], s: StatementView, r: Parameters<typeof checkTranslation>[2]) =>
  checkTranslation(c, 'translation' in s ? s : viewOf(s), r);

const checks = (findings: readonly TranslationFinding[]) => findings.map((f) => `${f.effect}:${f.check}`);

describe('translation certification rules', () => {
  it('refuses the client’s sister as translator for IRCC, citing the IRCC rule, at the translator field', () => {
    const c = case2With(translatedBy('p-sister-translator', 'IRCC_CERTIFIED_MEMBER'));
    const statement = c.statements[0];
    if (!statement) throw new Error('statement');
    const findings = checkFirst(c, statement, rules);
    const family = findings.find((f) => f.check === 'translator-is-family');
    expect(family).toMatchObject({ effect: 'refuse', ruleId: 'ircc-translator-is-family', field: 'translation.translatorId' });
    expect(family?.citation.instrument).toBe('IRCC-GUIDE');
    expect(family?.citation.pinpoint).toMatch(/family members are not accepted/);

    const issues = checkCaseFacts(c, today);
    const issue = issues.find((i) => i.code === 'translation.translator-is-family');
    expect(issue?.path).toBe('statements.0.translations.0.translatorId');
    expect(issue?.message).toMatch(/IRCC does not accept a translation made by a member of the applicant's family/);
    expect(issue?.message).toMatch(/\(IRCC application guides, "Translation of documents"/);
  });

  it('lets the same sister translate for the Immigration Division, with a note only', () => {
    const c = case2With((s) =>
      editFirstTranslation(translatedBy('p-sister-translator', 'ID_DECLARATION')(s), (t) => ({ ...t, destination: 'IRB-ID' as const })),
    );
    const findings = checkFirst(c, c.statements[0]!, rules);
    expect(checks(findings)).toContain('note:translator-is-family');
    expect(findings.some((f) => f.effect === 'refuse')).toBe(false);
    expect(checkCaseFacts(c, today).filter((i) => i.code?.startsWith('translation.'))).toEqual([]);
  });

  it('needs no affidavit from a certified member: the stamp certifies for IRCC', () => {
    const c = case2With(translatedBy('p-atio-translator', 'IRCC_CERTIFIED_MEMBER'));
    const findings = checkFirst(c, c.statements[0]!, rules);
    expect(findings.filter((f) => f.effect === 'refuse')).toEqual([]);
    expect(findings.flatMap((f) => f.missing ?? [])).not.toContain('commissionerName');
    expect(findings.flatMap((f) => f.missing ?? [])).not.toContain('swornAt');
    expect(checks(findings)).not.toContain('note:affidavit-not-needed');

    const sworn = case2With(translatedBy('p-atio-translator', 'IRCC_AFFIDAVIT'));
    const note = checkFirst(sworn, sworn.statements[0]!, rules).find((f) => f.check === 'affidavit-not-needed');
    expect(note).toMatchObject({ effect: 'note', ruleId: 'ircc-member-needs-no-affidavit' });
    expect(note?.message).toMatch(/replaces the affidavit/);
  });

  it('asks a non-member for the commissioner’s details of the affidavit', () => {
    const c = load('case2-srisuk.json');
    const community = {
      ...c.people.find((p) => p.id === 'p-atio-translator')!,
      id: 'p-community-translator',
      translator: { languages: [], pairs: [], isClient: false, isFamilyOfClient: false, isRepresentative: false },
    };
    const withCommunity = { ...c, people: [...c.people, community] };
    const statement = translatedBy('p-community-translator', 'IRCC_AFFIDAVIT')(c.statements[0]!);
    const incomplete = checkFirst(withCommunity, statement, rules).find((f) => f.check === 'certification-incomplete');
    expect(incomplete?.missing).toEqual(expect.arrayContaining(['commissionerName', 'commissionerTitle', 'place', 'swornAt']));
    expect(incomplete?.effect).toBe('warn');

    const member = checkFirst(withCommunity, translatedBy('p-community-translator', 'IRCC_CERTIFIED_MEMBER')(c.statements[0]!), rules);
    expect(checks(member)).toContain('warn:member-not-certified');
  });

  it('refuses an ID declaration for IRCC, citing the rule', () => {
    const c = case2With(translatedBy('p-atio-translator', 'ID_DECLARATION'));
    const finding = checkFirst(c, c.statements[0]!, rules).find((f) => f.check === 'certification-not-accepted');
    expect(finding).toMatchObject({ effect: 'refuse', ruleId: 'ircc-declaration-not-enough', field: 'translation.certification' });
    const issue = checkCaseFacts(c, today).find((i) => i.code === 'translation.certification-not-accepted');
    expect(issue?.path).toBe('statements.0.translations.0.certification');
    expect(issue?.message).toMatch(/not enough for IRCC/);
  });

  it('refuses the client and the paid representative as translators for IRCC', () => {
    const c = load('case2-srisuk.json');
    const atio = c.people.find((p) => p.id === 'p-atio-translator')!;
    const asClient = { ...atio, translator: { ...atio.translator!, isClient: true } };
    const asCounsel = { ...atio, id: 'p-counsel-translating', roles: ['counsel' as const, 'translator' as const] };
    const cases = [
      { people: [asClient, ...c.people.filter((p) => p.id !== atio.id)], id: atio.id, code: 'translation.translator-is-client' },
      { people: [...c.people, asCounsel], id: asCounsel.id, code: 'translation.translator-is-representative' },
    ];
    for (const { people, id, code } of cases) {
      const edited = { ...c, people, statements: [translatedBy(id, 'IRCC_CERTIFIED_MEMBER')(c.statements[0]!)] };
      expect(checkCaseFacts(edited, today).map((i) => i.code)).toContain(code);
    }
  });

  it('warns before the RPD when no dialect is recorded anywhere, and not once the statement names it', () => {
    const c1 = load('case1-lai.json');
    const base = c1.statements[0]!;
    const rpd = { ...c1, matter: { ...c1.matter, forum: 'IRB-RPD' as const } };
    const noDialect: StatementView = {
      ...base,
      lang: 'th',
      dialect: undefined,
      translation: { ...base.translations[0]!, destination: undefined, certification: 'RPD_DECLARATION' },
    };
    const findings = checkFirst(rpd, noDialect, rules);
    expect(findings.find((f) => f.check === 'dialect-missing')).toMatchObject({ effect: 'warn', field: 'dialect' });
    expect(findings.find((f) => f.check === 'dialect-missing')?.citation).toMatchObject({ instrument: 'RPDR', pinpoint: 'r.32(3)' });
    expect(checks(checkFirst(rpd, { ...noDialect, dialect: 'Isan' }, rules))).not.toContain('warn:dialect-missing');
    const idOnly = checkFirst(
      rpd,
      { ...noDialect, dialect: 'Isan', translation: { ...noDialect.translation!, certification: 'ID_DECLARATION' } },
      rules,
    );
    expect(checks(idOnly)).toContain('warn:certification-not-accepted');
  });

  it('finds nothing to refuse in the three fixture cases, and Case 1’s declaration is complete', () => {
    for (const name of ['case1-lai.json', 'case2-srisuk.json', 'case3-persian.json']) {
      const c = load(name);
      expect(checkCaseFacts(c, today)).toEqual([]);
    }
    const c1 = load('case1-lai.json');
    expect(checkFirst(c1, c1.statements[0]!, rules)).toEqual([]);
  });

  it('asks IRCC for a certified copy of the original, and refuses a copy certified by the client’s sister', () => {
    const c = load('case2-srisuk.json');
    const house = c.statements.find((s) => s.id === 'st-house-reg');
    const houseTranslation = house?.translations[0];
    if (!house || !houseTranslation) throw new Error('Case 2 translates the house registration');
    expect(checks(checkFirst(c, house, rules))).not.toContain('warn:certified-copy-missing');
    const { certifiedCopy: _copy, ...uncopied } = houseTranslation;
    expect(checks(checkFirst(c, { ...house, translation: uncopied }, rules))).toContain('warn:certified-copy-missing');
    const { originalExhibitId: _original, ...noOriginal } = house;
    expect(checks(checkFirst(c, noOriginal, rules))).toContain('warn:certified-copy-missing');
    const bySister = {
      ...house,
      translation: {
        ...houseTranslation,
        certifiedCopy: { certifierName: 'Nattaya Srisuk', certifierTitle: '', certifierId: 'p-sister-translator' },
      },
    };
    const findings = checkFirst(c, bySister, rules);
    expect(checks(findings)).toContain('refuse:copy-certifier-is-family');
    expect(findings.find((f) => f.check === 'copy-certifier-is-family')?.field).toBe('translation.certifiedCopy.certifierId');
    // The Immigration Division asks for no certified copy.
    const forId = { ...house, translation: { ...uncopied, destination: 'IRB-ID' as const, certification: 'ID_DECLARATION' as const } };
    expect(checks(checkFirst(c, forId, rules)).filter((x) => x.includes('copy'))).toEqual([]);
  });

  it('takes the destination from the forum when the translation names none', () => {
    const c = case2With((s) => {
      const translated = translatedBy('p-sister-translator', 'IRCC_AFFIDAVIT')(s);
      return editFirstTranslation(translated, ({ destination: _destination, ...translation }) => translation);
    });
    expect(c.statements[0]?.translations[0]?.destination).toBeUndefined();
    expect(checks(checkFirst(c, c.statements[0]!, rules))).toContain('refuse:translator-is-family');
    const cbsa = { ...c, matter: { ...c.matter, forum: 'CBSA' as const } };
    expect(checkFirst(cbsa, cbsa.statements[0]!, rules)).toEqual([]);
  });

  it('refuses a rule file with two rules for the same check and destination', () => {
    const json = JSON.parse(readFileSync(path.join(root, 'templates/rules/translations.json'), 'utf8')) as { rules: unknown[] };
    expect(() => parseTranslationRules({ ...json, rules: [...json.rules, json.rules[0]] })).toThrow(/Two translation rules/);
  });
});
