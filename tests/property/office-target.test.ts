import { describe, expect, it } from 'vitest';
import { addDays } from '../../src-main/core/rules/civil.ts';
import { computeDeadlines } from '../../src-main/core/rules/compute.ts';
import type { Deadline } from '../../src-main/core/rules/deadline.ts';
import type { DeadlineCaseInput } from '../../src-main/core/rules/input.ts';
import { canadianZones } from '../../src-main/core/rules/regions.ts';
import { fromLocal, localDateOf, parseUtc } from '../../src-main/core/rules/zoned.ts';
import { loadRules } from '../unit/core/rules/load.ts';

/*
 * An office target is where counsel aims; it must never lie before the event that starts the
 * count (the detention, or the review a later review counts from), nor before "now" while the
 * limit is still open. Checked for every Canadian zone and every day of 2026 and 2027, with the
 * start at a different time of day each day (so evenings, nights and weekends all occur) and
 * "now" anywhere in the first two and a half days.
 */

const rules = loadRules();
const HOUR = 3_600_000;
const iso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');
const pastDue = new Set(['REVIEW_PAST_DUE', 'PAST_DUE']);

function caseOn(day: string, index: number, tz: string): { input: DeadlineCaseInput; startMs: number; asOfMs: number } {
  const minutes = (index * 97) % 1440;
  const [y, m, d] = day.split('-').map(Number);
  const startMs = fromLocal({ year: y ?? 0, month: m ?? 0, day: d ?? 0 }, Math.floor(minutes / 60), minutes % 60, tz);
  const r48 = startMs + 30 * HOUR;
  const r7 = r48 + 6 * 24 * HOUR;
  const input: DeadlineCaseInput = {
    detention: {
      episodes: [{ id: 'e', start: { utc: iso(startMs), tz } }],
      hearings: [
        { id: 'r48', type: '48H', scheduled: { utc: iso(r48), tz }, outcome: 'DETAINED', interpreterRequested: 'yue' },
        { id: 'adm', type: 'ADMISSIBILITY', scheduled: { utc: iso(startMs + 75 * HOUR), tz } },
        { id: 'r7', type: '7D', scheduled: { utc: iso(r7), tz }, outcome: 'DETAINED', interpreterRequested: 'yue' },
      ],
      seizedItems: [],
    },
  };
  return { input, startMs, asOfMs: startMs + ((index * 7) % 60) * HOUR };
}

function problems(list: readonly Deadline[], startMs: number, asOfMs: number, tz: string): string[] {
  const startDay = localDateOf(startMs, tz);
  const today = localDateOf(asOfMs, tz);
  const out: string[] = [];
  for (const d of list) {
    const tag = `${d.ruleId}/${d.subject.id} office ${d.dueOffice}`;
    if (d.dueOffice < startDay) out.push(`${tag} before the detention (${startDay})`);
    if (d.subject.type === 'episode') {
      const fromMs = parseUtc(d.from);
      const fromDay = fromMs === null ? d.from : localDateOf(fromMs, tz);
      if (d.dueOffice <= fromDay) out.push(`${tag} not after the day the count starts (${fromDay})`);
    }
    const open = d.satisfiedBy === undefined && !d.warnings.some((w) => pastDue.has(w.code));
    const upcoming = d.subject.type !== 'hearing' || (parseUtc(d.from) ?? 0) > asOfMs;
    if (open && upcoming && d.dueOffice < today) out.push(`${tag} before now (${today})`);
  }
  return out;
}

describe('no office target precedes its start event (every Canadian zone, every day of 2026 and 2027)', () => {
  it.each(canadianZones)('%s', (tz) => {
    const found: string[] = [];
    let index = 0;
    for (let day = '2026-01-01'; day < '2028-01-01'; day = addDays(day, 1), index++) {
      const { input, startMs, asOfMs } = caseOn(day, index, tz);
      const list = computeDeadlines(input, { asOf: iso(asOfMs), rules });
      expect(list.length).toBeGreaterThan(8);
      for (const p of problems(list, startMs, asOfMs, tz)) found.push(`${day}: ${p}`);
    }
    expect(found.slice(0, 10)).toEqual([]);
  });
});
