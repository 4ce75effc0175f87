import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../../../../src-main/core/rules/compute.ts';
import type { Deadline } from '../../../../src-main/core/rules/deadline.ts';
import type { DeadlineCaseInput } from '../../../../src-main/core/rules/input.ts';
import { loadRules } from './load.ts';

/*
 * Known answers written by hand from IRPA s.57 (48 hours; 7 days after the 48-hour review),
 * IA s.26 (a limit ending on a holiday moves to the next day that is not one) and ID Rules
 * r.26(a)/17(a) (as soon as possible before a 48-hour review), with 2026 calendars.
 */

const rules = loadRules();
type Input = DeadlineCaseInput;
type Hearing = Input['detention']['hearings'][number];
type Facility = NonNullable<Input['detention']['episodes'][number]['facility']>;

function detained(utc: string, tz: string, facility: Facility | undefined, hearings: Hearing[] = []): Input {
  return { detention: { episodes: [{ id: 'e', start: { utc, tz }, ...(facility ? { facility } : {}) }], hearings, seizedItems: [] } };
}
const pick = (list: readonly Deadline[], ruleId: string, subject?: string): Deadline => {
  const d = list.find((x) => x.ruleId === ruleId && (subject === undefined || x.subject.id === subject));
  if (!d) throw new Error(`no ${ruleId}`);
  return d;
};
const codes = (d: Deadline): string[] => d.warnings.map((w) => w.code);
const names = (d: Deadline): [string, string[]][] => (d.sitting?.closed ?? []).map((c) => [c.date, c.holidays.map((h) => h.name)]);

describe("Newfoundland and Labrador: St. John's, half-hour offset", () => {
  const tz = 'America/St_Johns';
  const hmp: Facility = { name: "Her Majesty's Penitentiary, St. John's" };

  it('Thursday 23:45 NDT (UTC−2:30): the 48 hours end Saturday 23:45; office target Friday; next sitting Monday; the review then is on time', () => {
    // 2026-07-09 23:45 at −02:30 is 2026-07-10 02:15 UTC; + 48 h = 2026-07-12 02:15 UTC = Sat 11 July 23:45 NDT.
    const review: Hearing = { id: 'r48', type: '48H', scheduled: { utc: '2026-07-13T12:30:00Z', tz }, outcome: 'DETAINED' };
    const list = computeDeadlines(detained('2026-07-10T02:15:00Z', tz, hmp, [review]), { asOf: '2026-07-10T02:15:00Z', rules });
    const d = pick(list, 'irpa-57-1-48h');
    expect(d.dueLaw).toEqual({
      type: 'instant',
      utc: '2026-07-12T02:15:00Z',
      tz,
      local: { date: '2026-07-11', time: '23:45', offset: '-02:30' },
    });
    expect(d.dueOffice).toBe('2026-07-10');
    expect(d.sitting).toEqual({
      closed: [
        { date: '2026-07-11', holidays: [] },
        { date: '2026-07-12', holidays: [] },
      ],
      next: '2026-07-13',
    });
    expect(codes(d)).toEqual(['WEEKEND_OR_HOLIDAY_AT_48H', 'HELD_AT_NEXT_SITTING']);
    expect(codes(d)).not.toContain('REGION_UNKNOWN');
    // Disclosure "as soon as possible": the arrest came after office hours, so the first working day is Friday 10 July.
    expect(pick(list, 'idr-26-disclosure-asap').dueOffice).toBe('2026-07-10');
    // 7 days after Monday 13 July: Monday 20 July.
    expect(pick(list, 'irpa-57-2-7d').dueLaw).toEqual({ type: 'date', date: '2026-07-20' });
  });

  it('winter offset is −03:30; the 48 hours ending on Memorial Day name it and give Thursday 2 July', () => {
    const winter = computeDeadlines(detained('2026-01-12T13:30:00Z', tz, hmp), { asOf: '2026-01-12T13:30:00Z', rules });
    expect(pick(winter, 'irpa-57-1-48h').dueLaw).toMatchObject({ local: { date: '2026-01-14', time: '10:00', offset: '-03:30' } });
    // Monday 29 June 10:00 NDT = 12:30 UTC; 48 h later is Wednesday 1 July, Memorial Day and Canada Day.
    const d = pick(computeDeadlines(detained('2026-06-29T12:30:00Z', tz, hmp), { asOf: '2026-06-29T12:30:00Z', rules }), 'irpa-57-1-48h');
    expect(names(d)).toEqual([['2026-07-01', ['Memorial Day / Canada Day']]]);
    expect(d.sitting?.next).toBe('2026-07-02');
    expect(d.dueOffice).toBe('2026-06-30');
  });

  it('the zone alone gives Newfoundland and Labrador, never an unknown region', () => {
    const d = pick(
      computeDeadlines(detained('2026-01-12T13:30:00Z', tz, undefined), { asOf: '2026-01-12T13:30:00Z', rules }),
      'irpa-57-1-48h',
    );
    expect(d.warnings).toEqual([]);
  });
});

describe('Québec: a 7-day review due on the Fête nationale', () => {
  const tz = 'America/Toronto';
  const laval: Facility = { name: "Centre de surveillance de l'immigration de Laval" };
  // Detained Mon 15 June 2026 10:00 EDT; 48-hour review Wed 17 June 09:30; 7 days after it is Wed 24 June.
  const hearings = (sevenDay?: string): Hearing[] => [
    { id: 'r48', type: '48H', scheduled: { utc: '2026-06-17T13:30:00Z', tz }, outcome: 'DETAINED' },
    ...(sevenDay ? [{ id: 'r7', type: '7D' as const, scheduled: { utc: sevenDay, tz }, outcome: 'DETAINED' as const }] : []),
  ];

  it('the facility in Laval gives the Québec calendar: 24 June moves to 25 June (IA s.26), target the 23rd, next sitting named', () => {
    const input: Input = { ...detained('2026-06-15T14:00:00Z', tz, laval, hearings()), matter: { region: 'Eastern' } };
    const d = pick(computeDeadlines(input, { asOf: '2026-06-18T12:00:00Z', rules }), 'irpa-57-2-7d');
    expect(d).toMatchObject({ dueUnrolled: '2026-06-24', dueLaw: { type: 'date', date: '2026-06-25' }, dueOffice: '2026-06-23' });
    expect(names(d)).toEqual([['2026-06-24', ['Fête nationale du Québec']]]);
    expect(d.sitting?.next).toBe('2026-06-25');
    expect(codes(d)).toEqual(['ROLLED_FORWARD', 'NOT_A_BUSINESS_DAY', 'NEXT_SITTING']);
  });

  it('a 7-day review held on 25 June is on time', () => {
    const input = detained('2026-06-15T14:00:00Z', tz, laval, hearings('2026-06-25T13:30:00Z'));
    const d = pick(computeDeadlines(input, { asOf: '2026-06-26T12:00:00Z', rules }), 'irpa-57-2-7d');
    expect(d.satisfiedBy).toBe('r7');
    expect(codes(d)).not.toContain('REVIEW_HELD_LATE');
  });

  it('without a place the zone gives Ontario, 24 June stays the limit, and the clock says the zone is shared', () => {
    const d = pick(
      computeDeadlines(detained('2026-06-15T14:00:00Z', tz, undefined, hearings()), { asOf: '2026-06-18T12:00:00Z', rules }),
      'irpa-57-2-7d',
    );
    expect(d.dueLaw).toEqual({ type: 'date', date: '2026-06-24' });
    expect(codes(d)).toEqual(['REGION_FROM_ZONE']);
  });

  it('a Central-region matter for a Laval detention is shown as a mismatch', () => {
    const input: Input = { ...detained('2026-06-15T14:00:00Z', tz, laval, hearings()), matter: { region: 'Central' } };
    const d = pick(computeDeadlines(input, { asOf: '2026-06-18T12:00:00Z', rules }), 'irpa-57-2-7d');
    expect(d.warnings.filter((w) => w.code === 'REGION_MISMATCH').map((w) => w.message)).toEqual([
      'The IRB region (Central) does not usually hear reviews held in QC: confirm the regional sitting.',
    ]);
  });
});

describe('a Saturday arrest before Victoria Day (Toronto)', () => {
  const tz = 'America/Toronto';
  const tihc: Facility = { name: 'Toronto Immigration Holding Centre' };
  // Sat 16 May 2026 10:00 EDT; 48 h later is Mon 18 May 10:00, Victoria Day.
  const review: Hearing = { id: 'r48', type: '48H', scheduled: { utc: '2026-05-19T14:00:00Z', tz }, interpreterRequested: 'yue' };
  const list = computeDeadlines(detained('2026-05-16T14:00:00Z', tz, tihc, [review]), { asOf: '2026-05-16T14:00:00Z', rules });

  it('the 48-hour limit names Victoria Day and Tuesday 19 May; the office target is that Tuesday, never the Friday before', () => {
    const d = pick(list, 'irpa-57-1-48h');
    expect(names(d)).toEqual([['2026-05-18', ['Victoria Day']]]);
    expect(d.sitting?.next).toBe('2026-05-19');
    expect(d.dueOffice).toBe('2026-05-19');
    expect(codes(d)).toEqual(['WEEKEND_OR_HOLIDAY_AT_48H']);
  });

  it('disclosure, interpreter notice and the Minister\'s information "as soon as possible": Tuesday 19 May, the first working day', () => {
    for (const rule of ['idr-26-disclosure-asap', 'idr-17-interpreter-asap', 'idr-8.2-minister-info-asap'])
      expect(pick(list, rule).dueOffice, rule).toBe('2026-05-19');
  });

  it("in Québec the same Monday is National Patriots' Day", () => {
    const qc = computeDeadlines(detained('2026-05-16T14:00:00Z', tz, { name: 'Montréal' }), { asOf: '2026-05-16T14:00:00Z', rules });
    expect(pick(qc, 'irpa-57-1-48h').sitting?.closed[0]?.holidays).toEqual([
      { name: "National Patriots' Day", nameFr: 'Journée nationale des patriotes' },
    ]);
  });
});

describe('as soon as possible means the earliest working moment after the start', () => {
  const tz = 'America/Vancouver';
  const review = (utc: string): Hearing => ({ id: 'r48', type: '48H', scheduled: { utc, tz } });
  it.each([
    // [arrest (UTC), local description, expected target]
    ['2026-03-04T18:00:00Z', 'Wed 4 March 10:00: the same day', '2026-03-06T18:00:00Z', '2026-03-04'],
    ['2026-03-05T02:00:00Z', 'Wed 4 March 18:00, after office hours: Thursday', '2026-03-06T18:00:00Z', '2026-03-05'],
    ['2026-03-06T23:30:00Z', 'Fri 6 March 15:30: the same Friday', '2026-03-09T18:00:00Z', '2026-03-06'],
    ['2026-03-07T18:00:00Z', 'Sat 7 March: Monday 9 March', '2026-03-09T18:00:00Z', '2026-03-09'],
    [
      '2026-04-03T17:00:00Z',
      'Good Friday 3 April: not Monday 6 April (Easter Monday is no BC holiday, but federal offices close) but Tuesday 7 April',
      '2026-04-07T17:00:00Z',
      '2026-04-07',
    ],
    ['2026-03-07T18:00:00Z', 'Sat 7 March with the review on Sunday 8 March: the review day itself', '2026-03-08T18:00:00Z', '2026-03-08'],
  ])('%s (%s)', (arrest, _what, hearing, expected) => {
    const list = computeDeadlines(detained(arrest, tz, { name: 'Surrey Immigration Holding Centre' }, [review(hearing)]), {
      asOf: arrest,
      rules,
    });
    expect(pick(list, 'idr-26-disclosure-asap').dueOffice).toBe(expected);
  });
});
