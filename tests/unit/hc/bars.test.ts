import { describe, expect, it } from 'vitest';
import { type Case } from '../../../src-main/core/model/case.ts';
import { defaultHcBarRules } from '../../../src-main/core/rules/hc-bars-data.ts';
import { checkHcBars, monthBar, parseHcBarRules, type HcBarCheck } from '../../../src-main/core/rules/hc-bars.ts';
import { loadCase, withHc } from './load.ts';

const srisuk = loadCase('case2-srisuk');
const find = (c: Case, asOf: string, check: HcBarCheck) => {
  const finding = checkHcBars(c, asOf, defaultHcBarRules).findings.find((f) => f.check === check);
  if (!finding) throw new Error(`no finding for ${check}`);
  return finding;
};
const entry = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number);
  return {
    date: { calendar: 'gregorian' as const, original: iso, year, month, day, qualifier: 'exact' as const, confidence: 'high' as const },
  };
};
const withEntries = (c: Case, days: string[]): Case => ({ ...c, client: { ...c.client, entries: days.map(entry) } });

describe('IRPA 25(1.2)(c): the 12-month bar, counted as IA s.28 months', () => {
  it('Case 2: the Federal Court refusal of 2026-01-20 bars until 2027-01-20 inclusive, and the BIOC exception lets the H&C proceed', () => {
    const report = checkHcBars(srisuk, '2026-06-15', defaultHcBarRules);
    const bar = report.findings.find((f) => f.check === 'twelve-month-bar');
    expect(bar).toMatchObject({
      result: 'excepted',
      from: '2026-01-20',
      barEnds: '2027-01-20',
      firstFilingDay: '2027-01-21',
      citation: { instrument: 'IRPA', pinpoint: expect.stringContaining('s.25(1.2)(c)') as string },
      exception: { kind: 'BIOC', citation: { instrument: 'IRPA', pinpoint: 's.25(1.21)(b)' } },
    });
    expect(bar?.message).toContain('2027-01-20');
    expect(report.barred).toBe(false);
  });

  it('without an exception the same case is barred through 2027-01-20 and clear on 2027-01-21', () => {
    const plain = withHc(srisuk, { exceptions: [] });
    expect(find(plain, '2026-06-15', 'twelve-month-bar').result).toBe('barred');
    expect(checkHcBars(plain, '2026-06-15', defaultHcBarRules).barred).toBe(true);
    expect(find(plain, '2027-01-20', 'twelve-month-bar').result).toBe('barred');
    expect(find(plain, '2027-01-21', 'twelve-month-bar').result).toBe('clear');
    expect(checkHcBars(plain, '2027-01-21', defaultHcBarRules).barred).toBe(false);
  });

  it('the health-care exception of 25(1.21)(a) lifts the bar too', () => {
    const health = withHc(srisuk, { exceptions: [{ kind: 'HEALTH', narrative: 'Dialysis is not available.', exhibitIds: [] }] });
    expect(find(health, '2026-06-15', 'twelve-month-bar')).toMatchObject({
      result: 'excepted',
      exception: { kind: 'HEALTH', citation: { pinpoint: 's.25(1.21)(a)' } },
    });
  });

  it('counts months to the last day of a shorter month (IA s.28(c))', () => {
    expect(monthBar('2024-02-29', 12)).toEqual({ barEnds: '2025-02-28', firstFilingDay: '2025-03-01' });
    expect(monthBar('2025-08-31', 12)).toEqual({ barEnds: '2026-08-31', firstFilingDay: '2026-09-01' });
    expect(monthBar('2025-12-31', 12)).toEqual({ barEnds: '2026-12-31', firstFilingDay: '2027-01-01' });
  });

  it('no decision recorded: clear; a decision after the day checked is flagged, not counted', () => {
    expect(find(withHc(srisuk, { lastNegativeDecision: undefined }), '2026-06-15', 'twelve-month-bar').result).toBe('clear');
    const future = find(withHc(srisuk, { exceptions: [], lastNegativeDecision: '2026-09-01' }), '2026-06-15', 'twelve-month-bar');
    expect(future.result).toBe('flag');
    expect(future.message).toContain('after 2026-06-15');
  });
});

describe('pending requests and claims', () => {
  it('a refugee claim pending before the RPD or RAD bars the request (25(1.2)(b)), and no exception lifts it', () => {
    const pending = withHc(srisuk, { pendingClaim: true, pendingClaimBefore: 'RAD', lastNegativeDecision: undefined });
    const finding = find(pending, '2026-06-15', 'pending-claim');
    expect(finding).toMatchObject({ result: 'barred', citation: { pinpoint: 's.25(1.2)(b)' } });
    expect(checkHcBars(pending, '2026-06-15', defaultHcBarRules).barred).toBe(true);
  });

  it('another H&C pending bars the request (25(1.2)(a))', () => {
    const pending = withHc(srisuk, { pendingHc: true });
    expect(find(pending, '2026-06-15', 'pending-hc')).toMatchObject({ result: 'barred', citation: { pinpoint: 's.25(1.2)(a)' } });
    expect(checkHcBars(pending, '2026-06-15', defaultHcBarRules).barred).toBe(true);
  });

  it('the amendment not yet in force is flagged but never applied', () => {
    const report = checkHcBars(withHc(srisuk, { pendingClaim: false }), '2026-06-15', defaultHcBarRules);
    const amendment = report.findings.find((f) => f.check === 'pending-claim-amendment');
    expect(amendment).toMatchObject({ result: 'flag', inForce: false, status: 'unconfirmed' });
    expect(amendment?.citation.pinpoint).toContain('not in force');
    expect(report.barred).toBe(false);
  });

  it('a not-in-force rule that would bar is downgraded to a flag', () => {
    const data = structuredClone(defaultHcBarRules);
    const rule = data.rules.find((r) => r.check === 'pending-claim');
    if (!rule) throw new Error('missing rule');
    rule.inForce = false;
    const report = checkHcBars(withHc(srisuk, { pendingClaim: true, exceptions: [], lastNegativeDecision: undefined }), '2026-06-15', data);
    expect(report.findings.find((f) => f.check === 'pending-claim')?.result).toBe('flag');
    expect(report.barred).toBe(false);
  });
});

describe('IRPA 24(4) and the VTIP permit', () => {
  it('Case 2: the TRP bar runs to 2027-01-20 and is flagged, unconfirmed, without barring the H&C', () => {
    const trp = find(srisuk, '2026-06-15', 'trp-bar');
    expect(trp).toMatchObject({
      result: 'flag',
      barEnds: '2027-01-20',
      effect: 'warn',
      status: 'unconfirmed',
      citation: { pinpoint: 's.24(4)' },
    });
    expect(find(srisuk, '2027-01-21', 'trp-bar').result).toBe('clear');
    expect(find(srisuk, '2026-06-15', 'vtip-note').result).toBe('note');
  });
});

describe('IRPA 101(1)(b.1): a claim more than one year after an entry after 2020-06-24', () => {
  it('Case 2 entered in 2019: not flagged', () => {
    expect(find(srisuk, '2026-06-15', 'claim-ineligible-one-year').result).toBe('clear');
  });

  it('an entry after 2020-06-24 with a claim more than a year later is flagged', () => {
    const late = withHc(withEntries(srisuk, ['2021-03-10']), { claimDate: '2022-05-01' });
    expect(find(late, '2026-06-15', 'claim-ineligible-one-year')).toMatchObject({
      result: 'flag',
      from: '2021-03-10',
      barEnds: '2022-03-10',
      citation: { pinpoint: 's.101(1)(b.1), (1.1)' },
    });
  });

  it('a claim on the anniversary is within the year; the day after is not', () => {
    expect(
      find(withHc(withEntries(srisuk, ['2021-03-10']), { claimDate: '2022-03-10' }), '2026-06-15', 'claim-ineligible-one-year').result,
    ).toBe('clear');
    expect(
      find(withHc(withEntries(srisuk, ['2021-03-10']), { claimDate: '2022-03-11' }), '2026-06-15', 'claim-ineligible-one-year').result,
    ).toBe('flag');
  });

  it('with several entries the year runs from the first one after the cut-off', () => {
    const twice = withHc(withEntries(srisuk, ['2023-01-05', '2021-03-10']), { claimDate: '2023-02-01' });
    expect(find(twice, '2026-06-15', 'claim-ineligible-one-year')).toMatchObject({ result: 'flag', from: '2021-03-10' });
  });

  it('no claim yet: flagged once a year has passed since the entry, since a claim made now would be ineligible', () => {
    const noClaim: Case = {
      ...withEntries(srisuk, ['2024-09-01']),
      client: { ...srisuk.client, entries: [entry('2024-09-01')], statusHistory: [] },
    };
    const unclaimed = withHc(noClaim, { claimDate: undefined });
    expect(find(unclaimed, '2025-09-01', 'claim-ineligible-one-year').result).toBe('clear');
    expect(find(unclaimed, '2025-09-02', 'claim-ineligible-one-year').result).toBe('flag');
  });
});

describe('the rule data', () => {
  it('every shipped rule carries a citation, a version and a status; the amendment says it is not in force', () => {
    for (const rule of defaultHcBarRules.rules) {
      expect(rule.citation.pinpoint.length).toBeGreaterThan(0);
      expect(rule.version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(defaultHcBarRules.rules.filter((r) => !r.inForce).map((r) => r.check)).toEqual(['pending-claim-amendment']);
    expect(defaultHcBarRules.rules.find((r) => r.check === 'twelve-month-bar')?.counting).toContain('2027-01-20 inclusive');
  });

  it('refuses a rule file with two rules for one check, or a month bar without its months', () => {
    const twice = structuredClone(defaultHcBarRules);
    const first = twice.rules[0];
    if (!first) throw new Error('no rules');
    twice.rules.push({ ...first, id: 'again' });
    expect(() => parseHcBarRules(twice)).toThrow(/Two H&C bar rules/);
    const noMonths = structuredClone(defaultHcBarRules);
    const rule = noMonths.rules.find((r) => r.check === 'twelve-month-bar');
    if (rule) delete rule.months;
    expect(() => parseHcBarRules(noMonths)).toThrow(/number of months/);
  });
});
