import { isWeekend, weekdayOf } from './civil.ts';
import type { HolidayTable } from './holiday-schema.ts';
import { holidaysFor, type Holiday, type HolidayOverride } from './holidays.ts';
import type { Region } from './regions.ts';

/**
 * Which days a time limit treats as holidays.
 * - `IA`: Interpretation Act s.35 — Sundays and the listed, proclaimed and provincial holidays. Saturday is not one.
 * - `FCR`: Federal Courts Rules r.2 — the IA holidays plus Saturdays and the FCR extras.
 * - `none`: no day is special (the rule counts calendar days and never moves).
 */
export type HolidayRegime = 'IA' | 'FCR' | 'none';

export interface Calendar {
  readonly region: Region;
  isHoliday(date: string, regime: HolidayRegime): boolean;
  /** Monday to Friday and not a day on which offices close. */
  isBusinessDay(date: string): boolean;
  holidaysOn(date: string): readonly Holiday[];
}

export function buildCalendar(table: HolidayTable, region: Region, overrides: readonly HolidayOverride[] = []): Calendar {
  const byYear = new Map<number, Map<string, Holiday[]>>();
  const dayMap = (year: number): Map<string, Holiday[]> => {
    let map = byYear.get(year);
    if (!map) {
      map = new Map();
      for (const h of holidaysFor(region, year, table, overrides)) map.set(h.date, [...(map.get(h.date) ?? []), h]);
      byYear.set(year, map);
    }
    return map;
  };
  const holidaysOn = (date: string): readonly Holiday[] => dayMap(Number(date.slice(0, 4))).get(date) ?? [];
  return {
    region,
    holidaysOn,
    isHoliday(date, regime) {
      if (regime === 'none') return false;
      const w = weekdayOf(date);
      if (w === 0) return true;
      if (regime === 'FCR' && w === 6) return true;
      return holidaysOn(date).some((h) => h.ia || (regime === 'FCR' && h.fcr));
    },
    isBusinessDay(date) {
      return !isWeekend(date) && !holidaysOn(date).some((h) => h.officeClosed);
    },
  };
}
