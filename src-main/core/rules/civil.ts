import { formatIsoDate, parseIsoDate } from '../model/dates.ts';

/**
 * Date-only arithmetic on day numbers (days since 1970-01-01 in the proleptic Gregorian calendar).
 * Plain integers, so no host time zone or `Date` parsing can shift a calendar day.
 */
export type DayNumber = number;

/** 0 = Sunday … 6 = Saturday, as in `Date#getDay`. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export const weekdayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** Days from civil, after H. Hinnant's public-domain algorithm (exact for every Gregorian date). */
export function dayNumber(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilFromDayNumber(n: DayNumber): { year: number; month: number; day: number } {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function toDayNumber(iso: string): DayNumber {
  const parts = parseIsoDate(iso);
  if (!parts) throw new RangeError('Not a calendar date in the form YYYY-MM-DD.');
  return dayNumber(parts.year, parts.month, parts.day);
}

export function fromDayNumber(n: DayNumber): string {
  const { year, month, day } = civilFromDayNumber(n);
  return formatIsoDate(year, month, day);
}

export function weekdayOf(iso: string): Weekday {
  // 1970-01-01 was a Thursday (4).
  return ((((toDayNumber(iso) + 4) % 7) + 7) % 7) as Weekday;
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(toDayNumber(iso) + days);
}

export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * IA s.28: a period of months ends on the same day-number of the later month, or on the last day of
 * that month when it has no such day (31 Aug + 6 months = 28/29 Feb).
 */
export function addMonths(iso: string, months: number): string {
  const parts = parseIsoDate(iso);
  if (!parts) throw new RangeError('Not a calendar date in the form YYYY-MM-DD.');
  const index = parts.year * 12 + (parts.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const last = civilFromDayNumber(dayNumber(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - 1).day;
  return formatIsoDate(year, month, Math.min(parts.day, last));
}

export function isWeekend(iso: string): boolean {
  const w = weekdayOf(iso);
  return w === 0 || w === 6;
}
