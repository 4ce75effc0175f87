import { z } from 'zod';
import { coded } from '../issues/text.ts';

/** A calendar date without time or zone, `YYYY-MM-DD`, always a real Gregorian day. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, coded('isoDate'))
  .refine(isRealIsoDate, coded('noSuchDay'));

export type IsoDate = z.infer<typeof isoDateSchema>;

/** An instant stored in UTC plus the IANA zone it was observed in (shown in local time). */
export const zonedDateTimeSchema = z.object({
  utc: z.iso.datetime({ offset: false }),
  tz: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/, coded('timeZone')),
});

export type ZonedDateTime = z.infer<typeof zonedDateTimeSchema>;

const daysInMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function gregorianDaysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return daysInMonth[month - 1] ?? 0;
}

/** Parses `YYYY-MM-DD` by hand: `new Date(string)` is never used for date-only values. */
export function parseIsoDate(value: string): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > gregorianDaysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isRealIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

export function formatIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Today on the user's calendar: the day `now` falls on in this machine's time zone, as
 * YYYY-MM-DD. The one place a clock reading becomes "today" for the checks that compare dates
 * with it (a birth or a decision cannot be in the future); callers pass the clock in.
 */
export function localToday(now: Date): IsoDate {
  return formatIsoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
