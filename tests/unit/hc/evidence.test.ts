import { describe, expect, it } from 'vitest';
import type { Case } from '../../../src-main/core/model/case.ts';
import { mapHcEvidence } from '../../../src-main/core/hc/evidence.ts';
import { loadCase, withHc } from './load.ts';
import { editFirstTranslation } from '../../helpers/translations.ts';

const srisuk = loadCase('case2-srisuk');
const codes = (c: Case) => mapHcEvidence(c).gaps.map((g) => `${g.code}@${g.path}`);

describe('the H&C factor-to-evidence map', () => {
  it('Case 2: every factor relied on has evidence, the identity documents are proved by their translations, the friend’s Thai letter is untranslated', () => {
    const map = mapHcEvidence(srisuk);
    expect(map.gaps.filter((g) => g.code === 'hc.factorWithoutEvidence')).toEqual([]);
    expect(map.gaps.filter((g) => g.code === 'hc.exhibitUnlinked')).toEqual([]);
    const hardship = srisuk.hc.factors.map((f) => (f.kind === 'HARDSHIP' ? { ...f, exhibitIds: [] } : f));
    expect(
      mapHcEvidence(withHc(srisuk, { factors: hardship }))
        .gaps.filter((g) => g.code === 'hc.factorWithoutEvidence')
        .map((g) => g.path),
    ).toEqual(['hc.factors.2.exhibitIds']);
    expect(map.gaps.filter((g) => g.code === 'hc.letterUntranslated').map((g) => g.path)).toEqual(['hc.letters.4.translated']);
    expect(map.gaps.some((g) => g.code === 'hc.exhibitMissing')).toBe(false);
    const school = map.exhibits.find((x) => x.id === 'x-school-letter');
    expect(school?.linkedFrom).toEqual(['hc.factors.1.exhibitIds.0', 'hc.exceptions.0.exhibitIds.0', 'hc.letters.3.exhibitId']);
  });

  it('a factor not relied on needs no evidence', () => {
    const factors = srisuk.hc.factors.map((f) => (f.kind === 'HARDSHIP' ? { ...f, reliedOn: false } : f));
    expect(codes(withHc(srisuk, { factors }))).not.toContain('hc.factorWithoutEvidence@hc.factors.2.exhibitIds');
  });

  it('deleting a factor leaves its exhibit linked to nothing, and the map says so', () => {
    const factors = srisuk.hc.factors.filter((f) => f.kind !== 'ESTABLISHMENT');
    const map = mapHcEvidence(withHc(srisuk, { factors }));
    expect(map.gaps.filter((g) => g.code === 'hc.exhibitUnlinked').map((g) => g.exhibitId)).toEqual(['x-noa']);
    // The employer letter is still in the register, so it still proves something.
    expect(map.exhibits.find((x) => x.id === 'x-employer-letter')?.linkedFrom).toEqual(['hc.letters.0.exhibitId']);
  });

  it('a link to an exhibit that is not in the case is an error at the link', () => {
    const gone: Case = { ...srisuk, exhibits: srisuk.exhibits.filter((x) => x.id !== 'x-psych-report') };
    const missing = mapHcEvidence(gone).gaps.filter((g) => g.code === 'hc.exhibitMissing');
    expect(missing.map((g) => [g.path, g.severity, g.exhibitId])).toEqual([
      ['hc.factors.1.exhibitIds.1', 'error', 'x-psych-report'],
      ['hc.exceptions.0.exhibitIds.1', 'error', 'x-psych-report'],
    ]);
  });

  it('a factor whose only link points nowhere counts as having no evidence', () => {
    const factors = [{ kind: 'HEALTH' as const, reliedOn: true, narrative: 'Asthma.', exhibitIds: ['x-deleted'] }];
    expect(codes(withHc(srisuk, { factors }))).toEqual(
      expect.arrayContaining(['hc.exhibitMissing@hc.factors.0.exhibitIds.0', 'hc.factorWithoutEvidence@hc.factors.0.exhibitIds']),
    );
  });

  it('a translation joins its original: an exhibit that is part of a linked one is not flagged', () => {
    const translated: Case = {
      ...srisuk,
      exhibits: [...srisuk.exhibits, { id: 'x-psych-report-fr', title: 'Traduction', partOf: 'x-psych-report', supports: [] }],
    };
    expect(mapHcEvidence(translated).gaps.some((g) => g.exhibitId === 'x-psych-report-fr')).toBe(false);
  });

  it('an exception claimed without evidence or without the child is flagged with its citation', () => {
    const gaps = mapHcEvidence(withHc(srisuk, { exceptions: [{ kind: 'BIOC', narrative: 'Mali.', exhibitIds: [] }] })).gaps;
    expect(gaps.find((g) => g.code === 'hc.exceptionWithoutEvidence')?.citation).toBe('IRPA s.25(1.21)');
    expect(gaps.find((g) => g.code === 'hc.exceptionChildMissing')?.path).toBe('hc.exceptions.0.personId');
  });
});

describe('letters of support and IRCC translation rules', () => {
  it('the abbot’s Thai letter translated by the ATIO member is not refused', () => {
    const abbot = mapHcEvidence(srisuk).gaps.filter((g) => g.path.startsWith('hc.letters.1'));
    expect(abbot.some((g) => g.severity === 'error')).toBe(false);
  });

  it('the client’s sister as translator of the abbot’s letter is refused, citing IRCC', () => {
    const statements = srisuk.statements.map((s) =>
      s.id === 'st-abbot-letter' ? editFirstTranslation(s, (t) => ({ ...t, translatorId: 'p-sister-translator' })) : s,
    );
    const refused = mapHcEvidence({ ...srisuk, statements }).gaps.find((g) => g.check === 'translator-is-family');
    expect(refused).toMatchObject({ code: 'hc.letterTranslation', severity: 'error', path: 'hc.letters.1.statementId' });
    expect(refused?.citation).toContain('IRCC');
  });

  it('a letter in French needs no translation; one marked translated without the translation in the case is a warning', () => {
    const letters = [
      { id: 'ls-fr', authorName: 'Amélie Roy', relationship: 'voisine', lang: 'fr-CA', translated: false },
      { id: 'ls-th', authorName: 'Ploy Chaiyasit', relationship: 'friend', lang: 'th', translated: true },
    ];
    const gaps = mapHcEvidence(withHc(srisuk, { letters })).gaps.filter((g) => g.path.startsWith('hc.letters'));
    expect(gaps.map((g) => [g.code, g.path, g.severity])).toEqual([
      ['hc.letterTranslationUnchecked', 'hc.letters.1.translated', 'warning'],
    ]);
  });

  it('a letter pointing to a missing statement or author is an error', () => {
    const letters = [
      { id: 'ls-x', authorName: 'Someone', relationship: '', lang: 'th', translated: true, statementId: 'st-gone', authorId: 'p-gone' },
    ];
    expect(codes(withHc(srisuk, { letters }))).toEqual(
      expect.arrayContaining(['hc.letterAuthorMissing@hc.letters.0.authorId', 'hc.letterStatementMissing@hc.letters.0.statementId']),
    );
  });
});
