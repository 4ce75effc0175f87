import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../../../src-main/core/rules/calendar.ts';
import { easterSunday } from '../../../../src-main/core/rules/easter.ts';
import { holidaysFor } from '../../../../src-main/core/rules/holidays.ts';
import type { Region } from '../../../../src-main/core/rules/regions.ts';
import { loadRules } from './load.ts';

const table = loadRules().holidays;

/** domain.md §7.2, transcribed: date → [IA s.35 column, ON, BC, QC]. `prov`/`fcr` are the table's own words. */
const domain2026: Record<string, ['yes' | 'prov' | 'proclaimed' | 'no' | 'fcr', boolean, boolean, boolean]> = {
  '2026-01-01': ['yes', true, true, true],
  '2026-02-16': ['prov', true, true, false],
  '2026-04-03': ['yes', true, true, true],
  '2026-04-06': ['yes', false, false, true],
  '2026-05-18': ['yes', true, true, true],
  '2026-06-24': ['prov', false, false, true],
  '2026-07-01': ['yes', true, true, true],
  '2026-08-03': ['prov', false, true, false],
  '2026-09-07': ['yes', true, true, true],
  '2026-09-30': ['yes', false, true, false],
  '2026-10-12': ['proclaimed', true, true, true],
  '2026-11-11': ['yes', false, true, false],
  '2026-12-25': ['yes', true, true, true],
  '2026-12-26': ['no', true, false, false],
  '2026-12-28': ['fcr', false, false, false],
};

const provincialIn = (region: Region, date: string): boolean =>
  holidaysFor(region, 2026, table).some((h) => h.date === date && h.provincial);

describe('2026 holiday calendar against domain.md §7.2', () => {
  it.each(Object.entries(domain2026))('%s', (date, [ia, on, bc, qc]) => {
    const ca = holidaysFor('CA', 2026, table).filter((h) => h.date === date);
    if (ia === 'yes') expect(ca.some((h) => h.federal === 'named')).toBe(true);
    if (ia === 'proclaimed') expect(ca.some((h) => h.federal === 'proclaimed')).toBe(true);
    if (ia === 'prov' || ia === 'no') expect(ca.some((h) => h.federal !== 'no')).toBe(false);
    if (ia === 'fcr') expect(ca.every((h) => h.fcr && !h.ia)).toBe(true);
    expect([provincialIn('ON', date), provincialIn('BC', date), provincialIn('QC', date)]).toEqual([on, bc, qc]);
  });

  it('has no other holidays in ON, BC or QC than the table lists', () => {
    for (const region of ['ON', 'BC', 'QC'] as const) {
      for (const h of holidaysFor(region, 2026, table)) expect(Object.keys(domain2026)).toContain(h.date);
    }
  });

  it('Alberta and Nova Scotia 2026', () => {
    const prov = (region: Region): string[] =>
      holidaysFor(region, 2026, table)
        .filter((h) => h.provincial)
        .map((h) => h.date);
    expect(prov('AB')).toEqual([
      '2026-01-01',
      '2026-02-16',
      '2026-04-03',
      '2026-05-18',
      '2026-07-01',
      '2026-09-07',
      '2026-10-12',
      '2026-11-11',
      '2026-12-25',
    ]);
    expect(prov('NS')).toEqual(['2026-01-01', '2026-02-16', '2026-04-03', '2026-07-01', '2026-09-07', '2026-11-11', '2026-12-25']);
  });

  it('every holiday carries a citation and a status', () => {
    for (const h of holidaysFor('QC', 2026, table)) {
      expect(h.citations.length).toBeGreaterThan(0);
      expect(['verified', 'unconfirmed']).toContain(h.status);
    }
  });
});

describe('computed dates', () => {
  it.each([
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2000, '2000-04-23'],
    [2019, '2019-04-21'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('Easter %i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  const on = (year: number, id: string): string[] =>
    holidaysFor('ON', year, table)
      .filter((h) => h.id === id)
      .map((h) => h.date);

  it('Good Friday, Easter Monday, Victoria Day, Labour Day and Thanksgiving 2025–2028', () => {
    expect([2025, 2026, 2027, 2028].map((y) => on(y, 'good-friday')[0])).toEqual(['2025-04-18', '2026-04-03', '2027-03-26', '2028-04-14']);
    expect([2025, 2026, 2027, 2028].map((y) => on(y, 'easter-monday')[0])).toEqual([
      '2025-04-21',
      '2026-04-06',
      '2027-03-29',
      '2028-04-17',
    ]);
    expect([2025, 2026, 2027, 2028].map((y) => on(y, 'victoria-day')[0])).toEqual(['2025-05-19', '2026-05-18', '2027-05-24', '2028-05-22']);
    expect([2025, 2026, 2027, 2028].map((y) => on(y, 'labour-day')[0])).toEqual(['2025-09-01', '2026-09-07', '2027-09-06', '2028-09-04']);
    expect([2025, 2026, 2027, 2028].map((y) => on(y, 'thanksgiving')[0])).toEqual(['2025-10-13', '2026-10-12', '2027-10-11', '2028-10-09']);
    expect([2025, 2026, 2027, 2028].map((y) => on(y, 'family-day')[0])).toEqual(['2025-02-17', '2026-02-16', '2027-02-15', '2028-02-21']);
  });

  it('Victoria Day is the Monday before May 25, never May 25 itself (2020)', () => {
    expect(on(2020, 'victoria-day')).toEqual(['2020-05-18']);
  });

  it('Canada Day on a Sunday moves to Monday July 2 (2029, 2035)', () => {
    expect(on(2029, 'canada-day')).toEqual(['2029-07-02']);
    expect(on(2035, 'canada-day')).toEqual(['2035-07-02']);
    expect(on(2028, 'canada-day')).toEqual(['2028-07-01']);
  });

  it('FCR substitutes: Christmas on Saturday 2027 gives Mon 27 and Tue 28; on Sunday 2022 gives Tue 27; none in 2025', () => {
    expect(on(2027, 'fcr-year-end-substitutes')).toEqual(['2027-12-27', '2027-12-28']);
    expect(on(2022, 'fcr-year-end-substitutes')).toEqual(['2022-12-27']);
    expect(on(2026, 'fcr-year-end-substitutes')).toEqual(['2026-12-28']);
    expect(on(2025, 'fcr-year-end-substitutes')).toEqual([]);
  });

  it('the National Day for Truth and Reconciliation exists from 2021 only', () => {
    expect(on(2020, 'truth-and-reconciliation')).toEqual([]);
    expect(on(2021, 'truth-and-reconciliation')).toEqual(['2021-09-30']);
  });
});

describe('calendars by regime', () => {
  const on = buildCalendar(table, 'ON');
  it('Saturday is a holiday under the FCR, not under the IA; Sunday under both', () => {
    expect(on.isHoliday('2026-05-09', 'IA')).toBe(false);
    expect(on.isHoliday('2026-05-09', 'FCR')).toBe(true);
    expect(on.isHoliday('2026-05-10', 'IA')).toBe(true);
    expect(on.isHoliday('2026-05-09', 'none')).toBe(false);
  });
  it('Boxing Day is an IA holiday in Ontario (provincial) but not in British Columbia; FCR everywhere', () => {
    const bc = buildCalendar(table, 'BC');
    expect(on.isHoliday('2027-12-27', 'IA')).toBe(false);
    expect(on.isHoliday('2025-12-26', 'IA')).toBe(true);
    expect(bc.isHoliday('2025-12-26', 'IA')).toBe(false);
    expect(bc.isHoliday('2025-12-26', 'FCR')).toBe(true);
    expect(bc.isBusinessDay('2025-12-26')).toBe(false);
  });
  it('user overrides add and remove days', () => {
    const cal = buildCalendar(table, 'ON', [
      { date: '2026-03-13', action: 'add', name: 'Office closed (storm)', reason: 'registry closed' },
      { date: '2026-02-16', action: 'remove', name: 'Family Day', reason: 'test' },
    ]);
    expect(cal.isHoliday('2026-03-13', 'IA')).toBe(true);
    expect(cal.holidaysOn('2026-03-13')[0]?.status).toBe('overridden');
    expect(cal.isHoliday('2026-02-16', 'IA')).toBe(false);
  });
});
