import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../src-main/core/rules/calendar.ts';
import { addDays, daysBetween, fromDayNumber, toDayNumber } from '../../src-main/core/rules/civil.ts';
import { computeDeadlines } from '../../src-main/core/rules/compute.ts';
import { addClearDays, officeTarget, rollForward } from '../../src-main/core/rules/counting.ts';
import { dueDate } from '../../src-main/core/rules/deadline.ts';
import { regions } from '../../src-main/core/rules/regions.ts';
import { localDateOf, parseUtc } from '../../src-main/core/rules/zoned.ts';
import { loadRules } from '../unit/core/rules/load.ts';

const rules = loadRules();
const calendars = regions.map((r) => buildCalendar(rules.holidays, r));
const from = toDayNumber('2025-01-01');
const to = toDayNumber('2028-12-31');
const day = fc.integer({ min: from, max: to }).map(fromDayNumber);
const calendar = fc.constantFrom(...calendars);
const zoneRegion = {
  'America/Toronto': 'ON',
  'America/Vancouver': 'BC',
  'America/Montreal': 'QC',
  'America/Edmonton': 'AB',
  'America/Halifax': 'NS',
} as const;
const zones = Object.keys(zoneRegion) as (keyof typeof zoneRegion)[];

describe('counting properties (2025–2028, every region)', () => {
  it('roll-forward lands on a non-holiday, never earlier, and leaves non-holidays alone', () => {
    fc.assert(
      fc.property(day, calendar, fc.constantFrom('IA' as const, 'FCR' as const), (d, cal, regime) => {
        const r = rollForward(d, cal, regime);
        expect(cal.isHoliday(r, regime)).toBe(false);
        expect(r >= d).toBe(true);
        if (!cal.isHoliday(d, regime)) expect(r).toBe(d);
        for (let x = d; x < r; x = addDays(x, 1)) expect(cal.isHoliday(x, regime)).toBe(true);
      }),
    );
  });

  it('office target is a business day on or before the date, and the latest such day', () => {
    fc.assert(
      fc.property(day, calendar, (d, cal) => {
        const t = officeTarget(d, cal);
        expect(cal.isBusinessDay(t)).toBe(true);
        expect(t <= d).toBe(true);
        for (let x = addDays(t, 1); x <= d; x = addDays(x, 1)) expect(cal.isBusinessDay(x)).toBe(false);
      }),
    );
  });

  it('clear days: at least n full days lie strictly between the result and the event, and exactly n', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 40 }), (event, n) => {
        const before = addClearDays(event, n, 'before');
        expect(daysBetween(before, event) - 1).toBe(n);
        const after = addClearDays(event, n, 'after');
        expect(daysBetween(event, after) - 1).toBe(n);
      }),
    );
  });
});

describe('engine properties', () => {
  const instant = fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 10, 30) }).map((ms) => Math.floor(ms / 60_000) * 60_000);
  const iso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');

  it('every deadline: dueOffice ≤ legal date or the next sitting, a business day; 48-hour limit exactly 48 h after the start', () => {
    fc.assert(
      fc.property(
        instant,
        fc.constantFrom(...zones),
        fc.integer({ min: 1, max: 47 }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 30 }),
        (start, tz, h48, d7, dn) => {
          const r48 = start + h48 * 3_600_000;
          const r7 = r48 + d7 * 86_400_000;
          const rn = r7 + dn * 86_400_000;
          const list = computeDeadlines(
            {
              detention: {
                episodes: [{ id: 'e', start: { utc: iso(start), tz } }],
                hearings: [
                  { id: 'a', type: '48H', scheduled: { utc: iso(r48), tz }, outcome: 'DETAINED' },
                  { id: 'b', type: '7D', scheduled: { utc: iso(r7), tz }, outcome: 'DETAINED' },
                  { id: 'c', type: '30D', scheduled: { utc: iso(rn), tz }, interpreterRequested: 'yue-Hant' },
                ],
                seizedItems: [{ id: 's', noticeDate: iso(start).slice(0, 10) }],
              },
            },
            { asOf: iso(start), rules },
          );
          const cal = buildCalendar(rules.holidays, zoneRegion[tz]);
          for (const d of list) {
            // Past the legal date only to the next sitting, or (before a hearing) to the first day one could act.
            const ceiling = d.sitting?.next ?? dueDate(d.dueLaw);
            expect(d.dueOffice <= ceiling || d.subject.type === 'hearing').toBe(true);
            const hearingDay = d.subject.type === 'hearing' ? localDateOf(parseUtc(d.from) ?? 0, tz) : undefined;
            expect(cal.isBusinessDay(d.dueOffice) || d.dueOffice === hearingDay).toBe(true);
            if (d.dueLaw.type === 'date' && d.dueUnrolled !== undefined) expect(cal.isHoliday(d.dueLaw.date, 'IA')).toBe(false);
          }
          const first = list.find((d) => d.kind === '48H-review');
          expect(first?.dueLaw.type === 'instant' ? first.dueLaw.utc : null).toBe(iso(start + 48 * 3_600_000));
          expect(list.filter((d) => d.kind === '30D-review')).toHaveLength(1);
        },
      ),
      { numRuns: 300 },
    );
  });
});
