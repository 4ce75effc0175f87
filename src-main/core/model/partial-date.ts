import { BuddhistCalendar, CalendarDate, GregorianCalendar, PersianCalendar, TaiwanCalendar, toCalendar } from '@internationalized/date';
import { z } from 'zod';
import { formatIsoDate, gregorianDaysInMonth, isoDateSchema, parseIsoDate } from './dates.ts';

/**
 * Calendars a date may be written in. Lunar calendars have no arithmetic conversion in the
 * calendar library we use, so their Gregorian bounds are entered by hand (and flagged as such).
 */
export const calendarIds = ['gregorian', 'buddhist', 'solar-hijri', 'minguo', 'chinese-lunar', 'korean-lunar'] as const;
export type CalendarId = (typeof calendarIds)[number];

export const convertibleCalendars: ReadonlySet<CalendarId> = new Set(['gregorian', 'buddhist', 'solar-hijri', 'minguo']);

export const partialDateSchema = z
  .object({
    calendar: z.enum(calendarIds).default('gregorian'),
    /** The words or digits exactly as the source wrote them, e.g. "12 ส.ค. 2531" or "추석 지나고". */
    original: z.string().max(200).default(''),
    /** In the stated calendar: Minguo years are small (ROC 115 = 2026); the others take four digits. */
    year: z.int().min(1).max(9999).optional(),
    month: z.int().min(1).max(13).optional(),
    day: z.int().min(1).max(31).optional(),
    qualifier: z.enum(['exact', 'circa', 'before', 'after', 'between', 'season']).default('exact'),
    /** Gregorian bounds; computed for convertible calendars, entered by hand otherwise. */
    earliest: isoDateSchema.optional(),
    latest: isoDateSchema.optional(),
    confidence: z.enum(['high', 'medium', 'low']).default('high'),
  })
  .superRefine((value, ctx) => {
    if (value.year !== undefined && value.calendar !== 'minguo' && value.year < 1000) {
      ctx.addIssue({ code: 'custom', path: ['year'], message: 'Use a four-digit year.' });
    }
    if (value.day !== undefined && value.month === undefined) {
      ctx.addIssue({ code: 'custom', path: ['month'], message: 'A day needs a month.' });
    }
    if (value.month !== undefined && value.year === undefined && value.calendar !== 'chinese-lunar' && value.calendar !== 'korean-lunar') {
      ctx.addIssue({ code: 'custom', path: ['year'], message: 'A month needs a year.' });
    }
    if (convertibleCalendars.has(value.calendar) && value.year !== undefined) {
      if (value.month !== undefined && value.month > 12) {
        ctx.addIssue({ code: 'custom', path: ['month'], message: 'This calendar has twelve months.' });
      } else if (value.month !== undefined && value.day !== undefined) {
        const max = daysInCalendarMonth(value.calendar, value.year, value.month);
        if (value.day > max) ctx.addIssue({ code: 'custom', path: ['day'], message: 'This day does not exist in the calendar.' });
      }
    }
    if (value.earliest && value.latest && value.earliest > value.latest) {
      ctx.addIssue({ code: 'custom', path: ['latest'], message: 'The latest date is before the earliest.' });
    }
    if (value.year === undefined && !value.earliest && !value.latest && value.original.trim() === '') {
      ctx.addIssue({ code: 'custom', path: ['original'], message: 'Give a year, a date range or the date as written.' });
    }
  });

export type PartialDate = z.infer<typeof partialDateSchema>;
export type PartialDateInput = z.input<typeof partialDateSchema>;

function libraryCalendar(calendar: CalendarId) {
  switch (calendar) {
    case 'buddhist':
      return new BuddhistCalendar();
    case 'solar-hijri':
      return new PersianCalendar();
    case 'minguo':
      return new TaiwanCalendar();
    default:
      return new GregorianCalendar();
  }
}

function calendarDate(calendar: CalendarId, year: number, month: number, day: number): CalendarDate {
  const cal = libraryCalendar(calendar);
  if (calendar === 'minguo') return new CalendarDate(cal, 'minguo', year, month, day);
  if (calendar === 'buddhist') return new CalendarDate(cal, 'BE', year, month, day);
  if (calendar === 'solar-hijri') return new CalendarDate(cal, 'AP', year, month, day);
  return new CalendarDate(cal, year, month, day);
}

export function daysInCalendarMonth(calendar: CalendarId, year: number, month: number): number {
  if (calendar === 'gregorian') return gregorianDaysInMonth(year, month);
  return libraryCalendar(calendar).getDaysInMonth(calendarDate(calendar, year, month, 1));
}

function toIso(calendar: CalendarId, year: number, month: number, day: number): string {
  const greg = toCalendar(calendarDate(calendar, year, month, day), new GregorianCalendar());
  return formatIsoDate(greg.year, greg.month, greg.day);
}

/**
 * The Gregorian range a partial date stands for: an exact day gives a one-day range, a month
 * its whole month, a year its whole year. Returns null when the calendar has no arithmetic
 * conversion and no bounds were entered.
 */
export function gregorianRange(value: PartialDate): { earliest: string; latest: string } | null {
  if (!convertibleCalendars.has(value.calendar) || value.year === undefined) {
    return value.earliest && value.latest ? { earliest: value.earliest, latest: value.latest } : null;
  }
  const { calendar, year } = value;
  const months = value.month !== undefined ? [value.month, value.month] : [1, 12];
  const firstMonth = months[0] ?? 1;
  const lastMonth = months[1] ?? 12;
  const firstDay = value.day ?? 1;
  const lastDay = value.day ?? daysInCalendarMonth(calendar, year, lastMonth);
  return { earliest: toIso(calendar, year, firstMonth, firstDay), latest: toIso(calendar, year, lastMonth, lastDay) };
}

/** Fills `earliest`/`latest` from the stated calendar where the conversion is arithmetic. */
export function withGregorianRange(value: PartialDate): PartialDate {
  const range = convertibleCalendars.has(value.calendar) ? gregorianRange(value) : null;
  return range ? { ...value, ...range } : value;
}

/** True when the date cannot have happened yet (its earliest possible day is after today). */
export function isAfterDay(value: PartialDate, today: string): boolean {
  const range = gregorianRange(value);
  return range !== null && parseIsoDate(today) !== null && range.earliest > today;
}
