import { formatIsoDate } from '../model/dates.ts';
import { addDays, dayNumber, fromDayNumber, isWeekend, weekdayOf } from './civil.ts';
import type { Citation, RuleStatus } from './citation.ts';
import { easterSunday } from './easter.ts';
import type { HolidayDateRule, HolidayDefinition, HolidayTable } from './holiday-schema.ts';
import type { Region } from './regions.ts';

/** One holiday on one day, as seen from one region. */
export interface Holiday {
  readonly date: string;
  readonly id: string;
  readonly name: string;
  readonly nameFr: string;
  /** A holiday under IA s.35 in this region (named, proclaimed, or provincial). */
  readonly ia: boolean;
  readonly federal: HolidayDefinition['federal'];
  /** A provincial general holiday in this region. */
  readonly provincial: boolean;
  /** A holiday under the Federal Courts Rules (which also include every IA holiday). */
  readonly fcr: boolean;
  /** Government offices close (IA holidays and office-only closures). */
  readonly officeClosed: boolean;
  readonly citations: readonly Citation[];
  readonly status: RuleStatus | 'overridden';
}

/** A user correction to the calendar: add a closure the data lacks, or drop one that does not apply. */
export interface HolidayOverride {
  readonly date: string;
  readonly action: 'add' | 'remove';
  /** Which calendars an added day joins; `ia` implies the FCR and office calendars too. */
  readonly calendars?: { readonly ia?: boolean; readonly fcr?: boolean; readonly office?: boolean };
  readonly region?: Region;
  readonly name: string;
  readonly reason: string;
}

function baseDate(rule: Exclude<HolidayDateRule, { type: 'weekend-substitute' }>, year: number): string {
  switch (rule.type) {
    case 'fixed': {
      const date = formatIsoDate(year, rule.month, rule.day);
      return rule.sundayToMonday && weekdayOf(date) === 0 ? addDays(date, 1) : date;
    }
    case 'nth-weekday': {
      const first = dayNumber(year, rule.month, 1);
      const shift = (rule.weekday - weekdayOf(fromDayNumber(first)) + 7) % 7;
      return fromDayNumber(first + shift + 7 * (rule.n - 1));
    }
    case 'weekday-before': {
      const anchor = dayNumber(year, rule.month, rule.day);
      const back = (weekdayOf(fromDayNumber(anchor)) - rule.weekday + 7) % 7 || 7;
      return fromDayNumber(anchor - back);
    }
    case 'easter':
      return addDays(easterSunday(year), rule.offset);
  }
}

function appliesIn(def: HolidayDefinition, region: Region): Pick<Holiday, 'ia' | 'provincial' | 'fcr' | 'officeClosed'> {
  const provincial = def.provinces.includes(region);
  const ia = def.federal !== 'no' || provincial;
  return { ia, provincial, fcr: def.fcr, officeClosed: ia || def.officeClosed.includes(region) };
}

function toHoliday(def: HolidayDefinition, date: string, region: Region): Holiday {
  const named = def.regionalNames?.[region];
  return {
    date,
    id: def.id,
    name: named?.name ?? def.name,
    nameFr: named?.nameFr ?? def.nameFr,
    federal: def.federal,
    citations: def.citations,
    status: def.status,
    ...appliesIn(def, region),
  };
}

/**
 * Every holiday of `year` relevant to `region`, in date order. Days that matter to no calendar in
 * the region (another province's holiday) are left out. Overrides are applied last.
 */
export function holidaysFor(region: Region, year: number, table: HolidayTable, overrides: readonly HolidayOverride[] = []): Holiday[] {
  const live = table.holidays.filter((def) => def.fromYear === undefined || year >= def.fromYear);
  const found: Holiday[] = [];
  for (const def of live) {
    if (def.rule.type === 'weekend-substitute') continue;
    found.push(toHoliday(def, baseDate(def.rule, year), region));
  }
  for (const def of live) {
    if (def.rule.type !== 'weekend-substitute') continue;
    const taken = new Set(found.map((h) => h.date));
    const sources = found
      .filter((h) => def.rule.type === 'weekend-substitute' && def.rule.of.includes(h.id))
      .sort((a, b) => a.date.localeCompare(b.date));
    for (const source of sources) {
      if (!isWeekend(source.date)) continue;
      let day = addDays(source.date, 1);
      while (isWeekend(day) || taken.has(day)) day = addDays(day, 1);
      taken.add(day);
      found.push(toHoliday(def, day, region));
    }
  }
  const relevant = found.filter((h) => h.ia || h.fcr || h.officeClosed);
  return applyOverrides(relevant, region, year, overrides).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

function applyOverrides(list: Holiday[], region: Region, year: number, overrides: readonly HolidayOverride[]): Holiday[] {
  const mine = overrides.filter((o) => (o.region === undefined || o.region === region) && o.date.startsWith(`${String(year)}-`));
  const removed = new Set(mine.filter((o) => o.action === 'remove').map((o) => o.date));
  const kept = list.filter((h) => !removed.has(h.date));
  for (const o of mine) {
    if (o.action !== 'add') continue;
    const ia = o.calendars?.ia ?? true;
    kept.push({
      date: o.date,
      id: 'override',
      name: o.name,
      nameFr: o.name,
      ia,
      federal: 'no',
      provincial: false,
      fcr: ia || (o.calendars?.fcr ?? false),
      officeClosed: ia || (o.calendars?.office ?? true),
      citations: [{ instrument: 'PRACTICE', pinpoint: `user override: ${o.reason}` }],
      status: 'overridden',
    });
  }
  return kept;
}
