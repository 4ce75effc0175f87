import { describe, expect, test } from 'vitest';
import { hcGapCodes, mapHcEvidence, type HcGap } from '../../../../src-main/core/hc/evidence.ts';
import { gapKey, gapMessage, sortedGaps, unlinkedExhibitIds } from '../../../../src-renderer/features/hc/gaps.ts';
import { case2 } from './facts.ts';

describe('gap wording', () => {
  test('each code has its key under hc.gaps, without the "hc." prefix', () => {
    expect(gapKey('hc.factorWithoutEvidence')).toBe('hc.gaps.factorWithoutEvidence');
    expect(new Set(hcGapCodes.map(gapKey)).size).toBe(hcGapCodes.length);
  });

  test("a letter's translation refused by IRCC's rules names the rule, with the gap's own wording as fallback", () => {
    const gap: HcGap = {
      code: 'hc.letterTranslation',
      severity: 'error',
      path: 'hc.letters.1.statementId',
      message: 'x',
      check: 'translator-is-family',
    };
    expect(gapMessage(gap)).toEqual({
      key: 'validation.translation.translator-is-family',
      values: {},
      fallbackKey: 'hc.gaps.letterTranslation',
    });
    expect(gapMessage({ ...gap, code: 'hc.letterUntranslated' })).toEqual({ key: 'hc.gaps.letterUntranslated', values: {} });
  });
});

describe('Case 2 evidence', () => {
  test('errors come before warnings, each group in the order found', () => {
    const gaps = sortedGaps(mapHcEvidence(case2({ factors: [{ kind: 'HARDSHIP', reliedOn: true, narrative: '', exhibitIds: [] }] })).gaps);
    const severities = gaps.map((g) => g.severity);
    expect(severities).toEqual([...severities].sort((a, b) => (a === b ? 0 : a === 'error' ? -1 : 1)));
    expect(gaps[0]?.code).toBe('hc.letterUntranslated');
    expect(gaps.map((g) => g.code)).toContain('hc.factorWithoutEvidence');
  });

  test('the exhibits proving nothing are flagged; a translation joins its parent and is flagged with it', () => {
    const c = case2();
    expect([...unlinkedExhibitIds(mapHcEvidence(c))].toSorted()).toEqual(['x-birth', 'x-birth-en']);
    c.hc.factors[0]?.exhibitIds.push('x-birth');
    expect(unlinkedExhibitIds(mapHcEvidence(c))).toEqual(new Set());
  });
});
