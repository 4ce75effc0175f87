import { describe, expect, test } from 'vitest';
import { entrySchema } from '../../../../src-main/core/model/case.ts';
import { checkHcBars, type HcBarCheck, type HcBarReport } from '../../../../src-main/core/rules/hc-bars.ts';
import { defaultHcBarRules } from '../../../../src-main/core/rules/hc-bars-data.ts';
import { barringFindings, byUrgency, findingMessage, narrativeLimit } from '../../../../src-renderer/features/hc/bars.ts';
import { case2 } from './facts.ts';

const finding = (report: HcBarReport, check: HcBarCheck) => {
  const found = report.findings.find((f) => f.check === check);
  if (!found) throw new Error(`no ${check} finding`);
  return found;
};

describe('the 12-month bar (Case 2: leave refused 2026-01-20)', () => {
  test('before it ends, says "barred until" the last day and gives the first filing day', () => {
    const report = checkHcBars(case2(), '2026-06-10', defaultHcBarRules);
    const twelve = finding(report, 'twelve-month-bar');
    expect(twelve.result).toBe('barred');
    expect(findingMessage(twelve)).toEqual({
      key: 'hc.bars.text.barredUntil',
      values: { from: '2026-01-20', barEnds: '2027-01-20', firstFilingDay: '2027-01-21' },
    });
    expect(barringFindings(report).map((f) => f.check)).toEqual(['twelve-month-bar']);
  });

  test('with the best-interests exception claimed, is excepted and no longer bars', () => {
    const c = case2({ exceptions: [{ kind: 'BIOC', personId: 'p-mali', narrative: '', exhibitIds: [] }] });
    const report = checkHcBars(c, '2026-06-10', defaultHcBarRules);
    const twelve = finding(report, 'twelve-month-bar');
    expect(twelve.result).toBe('excepted');
    expect(findingMessage(twelve).key).toBe('hc.bars.text.exceptedUntil');
    expect(findingMessage(twelve).values['barEnds']).toBe('2027-01-20');
    expect(barringFindings(report)).toEqual([]);
  });

  test('on its last day still bars; the next day it has ended', () => {
    expect(finding(checkHcBars(case2(), '2027-01-20', defaultHcBarRules), 'twelve-month-bar').result).toBe('barred');
    const after = finding(checkHcBars(case2(), '2027-01-21', defaultHcBarRules), 'twelve-month-bar');
    expect(after.result).toBe('clear');
    expect(findingMessage(after).key).toBe('hc.bars.text.barEnded');
  });

  test('with no decision recorded, says so', () => {
    const c = case2();
    delete c.hc.lastNegativeDecision;
    const report = checkHcBars(c, '2026-06-10', defaultHcBarRules);
    expect(findingMessage(finding(report, 'twelve-month-bar')).key).toBe('hc.bars.text.noDecision');
    expect(findingMessage(finding(report, 'trp-bar')).key).toBe('hc.bars.text.noDecision');
  });

  test('a decision dated after the day checked is flagged with its date', () => {
    const twelve = finding(checkHcBars(case2(), '2026-01-10', defaultHcBarRules), 'twelve-month-bar');
    expect(twelve.result).toBe('flag');
    expect(findingMessage(twelve)).toMatchObject({ key: 'hc.bars.text.decisionAfterToday', values: { from: '2026-01-20' } });
  });
});

describe('the other checks', () => {
  test('pending requests say so when clear, and give the rule when they bar', () => {
    const clear = checkHcBars(case2(), '2026-06-10', defaultHcBarRules);
    expect(findingMessage(finding(clear, 'pending-hc')).key).toBe('hc.bars.text.noPendingHc');
    expect(findingMessage(finding(clear, 'pending-claim')).key).toBe('hc.bars.text.noPendingClaim');
    const pending = checkHcBars(case2({ pendingHc: true, pendingClaim: true }), '2026-06-10', defaultHcBarRules);
    expect(findingMessage(finding(pending, 'pending-hc')).key).toBe('hc.bars.rules.irpa-25-1-2-a-pending-hc.message');
    expect(findingMessage(finding(pending, 'pending-claim')).key).toBe('hc.bars.rules.irpa-25-1-2-b-pending-claim.message');
    expect(barringFindings(pending).map((f) => f.check)).toEqual(['pending-hc', 'pending-claim', 'twelve-month-bar']);
  });

  test('the amendment not in force is shown by its own message and never bars', () => {
    const report = checkHcBars(case2({ pendingClaim: true }), '2026-06-10', defaultHcBarRules);
    const amendment = finding(report, 'pending-claim-amendment');
    expect(amendment.inForce).toBe(false);
    expect(findingMessage(amendment).key).toBe('hc.bars.rules.irpa-25-1-2-b-amendment-2026-c4-s35.message');
    expect(barringFindings(report)).not.toContain(amendment);
  });

  test('the TRP bar is flagged with the rule until it ends, then says it has ended', () => {
    const during = finding(checkHcBars(case2(), '2026-06-10', defaultHcBarRules), 'trp-bar');
    expect(findingMessage(during).key).toBe('hc.bars.rules.irpa-24-4-trp-twelve-months.message');
    const after = finding(checkHcBars(case2(), '2027-02-01', defaultHcBarRules), 'trp-bar');
    expect(findingMessage(after)).toMatchObject({ key: 'hc.bars.text.trpEnded', values: { barEnds: '2027-01-20' } });
  });

  test('the one-year claim rule: clear, late, or an entry too imprecise to tell', () => {
    const c = case2({ claimDate: '2021-02-03' });
    c.client.entries = [entrySchema.parse({ date: { year: 2019, month: 8, day: 14 } })];
    expect(findingMessage(finding(checkHcBars(c, '2026-06-10', defaultHcBarRules), 'claim-ineligible-one-year')).key).toBe(
      'hc.bars.text.claimInTime',
    );
    c.client.entries = [entrySchema.parse({ date: { year: 2021, month: 1, day: 5 } })];
    c.hc.claimDate = '2022-03-01';
    expect(findingMessage(finding(checkHcBars(c, '2026-06-10', defaultHcBarRules), 'claim-ineligible-one-year')).key).toBe(
      'hc.bars.rules.irpa-101-1-b1-one-year.message',
    );
    c.client.entries = [entrySchema.parse({ date: { year: 2020 } })];
    expect(findingMessage(finding(checkHcBars(c, '2026-06-10', defaultHcBarRules), 'claim-ineligible-one-year')).key).toBe(
      'hc.bars.text.entryImprecise',
    );
  });
});

describe('the order shown', () => {
  test('puts what bars first, then what an exception lifts, what to check, notes and what is clear, keeping the data order within each', () => {
    const barred = byUrgency(checkHcBars(case2(), '2026-06-10', defaultHcBarRules).findings);
    expect(barred.map((f) => f.check)).toEqual([
      'twelve-month-bar',
      'pending-claim-amendment',
      'trp-bar',
      'vtip-note',
      'pending-hc',
      'pending-claim',
      'claim-ineligible-one-year',
    ]);
    const c = case2({ exceptions: [{ kind: 'BIOC', personId: 'p-mali', narrative: '', exhibitIds: [] }], pendingHc: true });
    expect(byUrgency(checkHcBars(c, '2026-06-10', defaultHcBarRules).findings).map((f) => f.result)).toEqual([
      'barred',
      'excepted',
      'flag',
      'flag',
      'note',
      'clear',
      'clear',
    ]);
  });
});

describe('the narrative cap', () => {
  test('shows the count from 90% of the cap and says how far past it the text is', () => {
    expect(narrativeLimit(0, 100_000)).toEqual({ showCount: false, over: 0 });
    expect(narrativeLimit(89_999, 100_000)).toEqual({ showCount: false, over: 0 });
    expect(narrativeLimit(90_000, 100_000)).toEqual({ showCount: true, over: 0 });
    expect(narrativeLimit(100_000, 100_000)).toEqual({ showCount: true, over: 0 });
    expect(narrativeLimit(100_007, 100_000)).toEqual({ showCount: true, over: 7 });
  });
});
