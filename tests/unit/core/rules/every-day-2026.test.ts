import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../../../../src-main/core/rules/compute.ts';
import type { Deadline } from '../../../../src-main/core/rules/deadline.ts';
import type { DeadlineCaseInput } from '../../../../src-main/core/rules/input.ts';
import type { Region } from '../../../../src-main/core/rules/regions.ts';
import { loadRules } from './load.ts';

/*
 * An independent second implementation, deliberately built differently from the engine: plain UTC
 * milliseconds, Intl.DateTimeFormat for local time, holidays as literal lists (not computed from
 * rules), and day-by-day loops for counting. Every day of 2026 in five cities must agree.
 */

const DAY = 86_400_000;
const HOUR = 3_600_000;

const federal = ['01-01', '04-03', '04-06', '05-18', '07-01', '09-07', '09-30', '10-12', '11-11', '12-25'].map((d) => `2026-${d}`);
const early2027 = ['2027-01-01', '2027-03-26', '2027-03-29'];
const provincial: Partial<Record<Region, string[]>> = {
  CA: [],
  ON: ['2026-02-16', '2026-12-26', '2027-02-15'],
  BC: ['2026-02-16', '2026-08-03', '2027-02-15'],
  QC: ['2026-06-24'],
  AB: ['2026-02-16', '2027-02-15'],
  NS: ['2026-02-16', '2027-02-15'],
};
const officeOnly: Partial<Record<Region, string[]>> = {
  CA: ['2026-08-03', '2026-12-26'],
  ON: ['2026-08-03'],
  BC: ['2026-12-26'],
  QC: ['2026-12-26'],
  AB: ['2026-08-03', '2026-12-26'],
  NS: ['2026-08-03', '2026-12-26'],
};

const formats = new Map<string, Intl.DateTimeFormat>();
function parts(ms: number, tz: string): { date: string; hour: number; minute: number } {
  let f = formats.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone: tz,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(tz, f);
  }
  const p = Object.fromEntries(f.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  return { date: `${p.year ?? ''}-${p.month ?? ''}-${p.day ?? ''}`, hour: Number(p.hour), minute: Number(p.minute) };
}

/** Wall clock → UTC by correcting a first guess with the offset Intl reports (twice, for offsets that change). */
function wallToUtc(date: string, hour: number, minute: number, tz: string): number {
  const target = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), hour, minute);
  let guess = target;
  for (let i = 0; i < 2; i++) {
    const p = parts(guess, tz);
    const seen = Date.UTC(Number(p.date.slice(0, 4)), Number(p.date.slice(5, 7)) - 1, Number(p.date.slice(8, 10)), p.hour, p.minute);
    guess += target - seen;
  }
  return guess;
}

const noonUtc = (date: string): number => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), 12);
const dateOfNoon = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const step = (date: string, days: number): string => {
  let ms = noonUtc(date);
  for (let i = 0; i < Math.abs(days); i++) ms += Math.sign(days) * DAY;
  return dateOfNoon(ms);
};
const dow = (date: string): number => new Date(noonUtc(date)).getUTCDay();

function oracle(region: Region) {
  const ia = new Set([...federal, ...early2027, ...(provincial[region] ?? [])]);
  const iaHoliday = (d: string): boolean => dow(d) === 0 || ia.has(d);
  const closed = (d: string): boolean => dow(d) === 0 || dow(d) === 6 || ia.has(d) || (officeOnly[region] ?? []).includes(d);
  return {
    roll(d: string): string {
      let x = d;
      while (iaHoliday(x)) x = step(x, 1);
      return x;
    },
    office(d: string): string {
      let x = d;
      while (closed(x)) x = step(x, -1);
      return x;
    },
    /** The last business day on or before the limit and after the arrest day; else the first business day after the arrest day. */
    officeAfter(limit: string, arrestDay: string): string {
      let x = limit;
      while (closed(x)) x = step(x, -1);
      if (x > arrestDay) return x;
      x = step(arrestDay, 1);
      while (closed(x)) x = step(x, 1);
      return x;
    },
    clearBefore(event: string, n: number): string {
      let candidate = step(event, -1);
      for (;;) {
        let between = 0;
        for (let x = step(candidate, 1); x !== event; x = step(x, 1)) between++;
        if (between >= n) return candidate;
        candidate = step(candidate, -1);
      }
    },
  };
}

const iso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');

const cities: [string, string, Region][] = [
  ['Toronto', 'America/Toronto', 'ON'],
  ['Vancouver', 'America/Vancouver', 'BC'],
  ['Montréal', 'America/Montreal', 'QC'],
  ['Edmonton', 'America/Edmonton', 'AB'],
  ['Halifax', 'America/Halifax', 'NS'],
];

const rules = loadRules();
const pick = (list: readonly Deadline[], kind: Deadline['kind']): Deadline | undefined => list.find((d) => d.kind === kind);
const lawDate = (d: Deadline | undefined): string | undefined => (d?.dueLaw.type === 'date' ? d.dueLaw.date : undefined);

describe('every day of 2026: engine against an independent implementation', () => {
  it.each(cities)('%s', (_city, tz, region) => {
    const o = oracle(region);
    const mismatches: string[] = [];
    for (let day = '2026-01-01'; day.startsWith('2026'); day = step(day, 1)) {
      // Independent expectations.
      const startMs = wallToUtc(day, 14, 30, tz);
      const due48 = startMs + 48 * HOUR;
      const review48Ms = due48 - 5 * HOUR;
      const d48 = parts(review48Ms, tz).date;
      const raw7 = step(d48, 7);
      const review7Date = step(d48, 6);
      const review7Ms = wallToUtc(review7Date, 10, 0, tz);
      const raw30 = step(review7Date, 30);
      const hearingDate = step(day, 20);
      const hearingMs = wallToUtc(hearingDate, 9, 0, tz);
      const expected = {
        due48: iso(due48),
        due48Local: `${parts(due48, tz).date} ${String(parts(due48, tz).hour).padStart(2, '0')}:${String(parts(due48, tz).minute).padStart(2, '0')}`,
        office48: o.officeAfter(parts(due48, tz).date, day),
        due7: o.roll(raw7),
        office7: o.office(raw7),
        due30: o.roll(raw30),
        office30: o.office(raw30),
        disclosure: o.clearBefore(hearingDate, 5),
        disclosureOffice: o.office(o.clearBefore(hearingDate, 5)),
      };

      const input: DeadlineCaseInput = {
        detention: {
          episodes: [{ id: 'e', start: { utc: iso(startMs), tz } }],
          hearings: [
            { id: 'r48', type: '48H', scheduled: { utc: iso(review48Ms), tz }, outcome: 'DETAINED' },
            { id: 'r7', type: '7D', scheduled: { utc: iso(review7Ms), tz }, outcome: 'DETAINED' },
            { id: 'adm', type: 'ADMISSIBILITY', scheduled: { utc: iso(hearingMs), tz } },
          ],
          seizedItems: [],
        },
      };
      const list = computeDeadlines(input, { asOf: iso(startMs), rules, region });
      const h48 = pick(list, '48H-review');
      const h7 = pick(list, '7D-review');
      const h30 = pick(list, '30D-review');
      const disc = list.find((d) => d.kind === 'disclosure' && d.subject.id === 'adm');
      const actual = {
        due48: h48?.dueLaw.type === 'instant' ? h48.dueLaw.utc : undefined,
        due48Local: h48?.dueLaw.type === 'instant' ? `${h48.dueLaw.local.date} ${h48.dueLaw.local.time}` : undefined,
        office48: h48?.dueOffice,
        due7: lawDate(h7),
        office7: h7?.dueOffice,
        due30: lawDate(h30),
        office30: h30?.dueOffice,
        disclosure: lawDate(disc),
        disclosureOffice: disc?.dueOffice,
      };
      if (JSON.stringify(actual) !== JSON.stringify(expected))
        mismatches.push(`${day}: ${JSON.stringify(actual)} != ${JSON.stringify(expected)}`);
    }
    expect(mismatches).toEqual([]);
  });
});
