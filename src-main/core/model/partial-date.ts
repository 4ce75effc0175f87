import { BuddhistCalendar, CalendarDate, GregorianCalendar, PersianCalendar, TaiwanCalendar, toCalendar } from '@internationalized/date';
import { z } from 'zod';
import { formatIsoDate, gregorianDaysInMonth, isoDateSchema, parseIsoDate } from './dates.ts';
import { coded } from '../issues/text.ts';

/**
 * Calendars a date may be written in. Lunar calendars have no arithmetic conversion in the
 * calendar library we use, so their Gregorian bounds are entered by hand (and flagged as such).
 */
export const calendarIds = ['gregorian', 'buddhist', 'solar-hijri', 'minguo', 'chinese-lunar', 'korean-lunar'] as const;
export type CalendarId = (typeof calendarIds)[number];

export const convertibleCalendars: ReadonlySet<CalendarId> = new Set(['gregorian', 'buddhist', 'solar-hijri', 'minguo']);

const yearSchema = z.int().min(0).max(9999);

/**
 * The end of a range in the stated calendar ("2019–2021", "winter 2023" as Dec 2022 – Feb 2023):
 * the range runs from the start's first day to the end's last day.
 */
export const partialDateEndSchema = z.object({
  year: yearSchema,
  month: z.int().min(1).max(13).optional(),
  day: z.int().min(1).max(31).optional(),
});

export type PartialDateEnd = z.infer<typeof partialDateEndSchema>;

export const qualifierIds = ['exact', 'circa', 'before', 'after', 'between', 'season', 'unknown'] as const;
export type QualifierId = (typeof qualifierIds)[number];

const lunar = (calendar: CalendarId): boolean => calendar === 'chinese-lunar' || calendar === 'korean-lunar';

interface CalendarParts {
  readonly year?: number | undefined;
  readonly month?: number | undefined;
  readonly day?: number | undefined;
}

/** Issues with one year/month/day triple in its calendar (shared by a date's start and its end). */
function partIssues(calendar: CalendarId, parts: CalendarParts): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  if (parts.year === 0) issues.push({ path: 'year', message: coded('yearZero') });
  else if (parts.year !== undefined && calendar !== 'minguo' && parts.year < 1000) issues.push({ path: 'year', message: coded('year') });
  if (parts.day !== undefined && parts.month === undefined) issues.push({ path: 'month', message: coded('dayNeedsMonth') });
  if (parts.month !== undefined && parts.year === undefined && !lunar(calendar))
    issues.push({ path: 'year', message: coded('monthNeedsYear') });
  if (convertibleCalendars.has(calendar) && parts.year !== undefined && parts.year > 0) {
    if (parts.month !== undefined && parts.month > 12) {
      issues.push({ path: 'month', message: coded('twelveMonths') });
    } else if (parts.month !== undefined && parts.day !== undefined) {
      const max = daysInCalendarMonth(calendar, parts.year, parts.month);
      if (parts.day > max) issues.push({ path: 'day', message: coded('noSuchDay') });
    }
  }
  return issues;
}

/** Compares two year/month/day triples of one calendar, a missing part counting as the whole unit. */
function endBeforeStart(start: CalendarParts, end: PartialDateEnd): boolean {
  const s = [start.year ?? 0, start.month ?? 1, start.day ?? 1];
  const e = [end.year, end.month ?? 99, end.day ?? 99];
  for (let i = 0; i < 3; i += 1) {
    const a = s[i] ?? 0;
    const b = e[i] ?? 0;
    if (a !== b) return b < a;
  }
  return false;
}

export const partialDateSchema = z
  .object({
    calendar: z.enum(calendarIds).default('gregorian'),
    /** The words or digits exactly as the source wrote them, e.g. "12 ส.ค. 2531" or "추석 지나고". */
    original: z.string().max(200).default(''),
    /** In the stated calendar: Minguo years are small (ROC 115 = 2026); the others take four digits. */
    year: yearSchema.optional(),
    month: z.int().min(1).max(13).optional(),
    day: z.int().min(1).max(31).optional(),
    /** The end of a range ("between" or a season), in the same calendar. */
    end: partialDateEndSchema.optional(),
    qualifier: z.enum(qualifierIds).default('exact'),
    /** Gregorian bounds; computed for convertible calendars, entered by hand otherwise. */
    earliest: isoDateSchema.optional(),
    latest: isoDateSchema.optional(),
    confidence: z.enum(['high', 'medium', 'low']).default('high'),
  })
  .superRefine((value, ctx) => {
    for (const issue of partIssues(value.calendar, value)) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
    if (value.end) {
      const endIssues = partIssues(value.calendar, value.end);
      for (const issue of endIssues) ctx.addIssue({ code: 'custom', path: ['end', issue.path], message: issue.message });
      if (value.year === undefined) ctx.addIssue({ code: 'custom', path: ['year'], message: coded('rangeNeedsYear') });
      else if (value.qualifier === 'before' || value.qualifier === 'after' || value.qualifier === 'unknown')
        ctx.addIssue({ code: 'custom', path: ['end'], message: coded('endOnlyForRange') });
      else if (endIssues.length === 0 && endBeforeStart(value, value.end))
        ctx.addIssue({ code: 'custom', path: ['end'], message: coded('rangeBackwards') });
    }
    if (value.earliest && value.latest && value.earliest > value.latest) {
      ctx.addIssue({ code: 'custom', path: ['latest'], message: coded('latestBeforeEarliest') });
    }
    // A Gregorian range typed beside a date in a convertible calendar must be its conversion; the two would print side by side.
    if (value.calendar !== 'gregorian' && convertibleCalendars.has(value.calendar) && value.year !== undefined && value.year > 0) {
      const parts = partIssues(value.calendar, value).length === 0 && (!value.end || partIssues(value.calendar, value.end).length === 0);
      const range = parts ? gregorianRange(value) : null;
      if (range && value.earliest !== undefined && value.earliest !== range.earliest)
        ctx.addIssue({ code: 'custom', path: ['earliest'], message: coded('rangeContradictsCalendar') });
      if (range && value.latest !== undefined && value.latest !== range.latest)
        ctx.addIssue({ code: 'custom', path: ['latest'], message: coded('rangeContradictsCalendar') });
    }
    if (value.qualifier === 'unknown') {
      if (value.year !== undefined || value.earliest || value.latest)
        ctx.addIssue({ code: 'custom', path: ['qualifier'], message: coded('unknownHasDate') });
    } else if (value.year === undefined && !value.earliest && !value.latest && value.original.trim() === '') {
      ctx.addIssue({ code: 'custom', path: ['original'], message: coded('needDate') });
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

/** First and last Gregorian day of a year, month or day written in a convertible calendar. */
function spanOf(calendar: CalendarId, parts: { year: number; month?: number | undefined; day?: number | undefined }) {
  const firstMonth = parts.month ?? 1;
  // Every convertible calendar has twelve months.
  const lastMonth = parts.month ?? 12;
  return {
    earliest: toIso(calendar, parts.year, firstMonth, parts.day ?? 1),
    latest: toIso(calendar, parts.year, lastMonth, parts.day ?? daysInCalendarMonth(calendar, parts.year, lastMonth)),
  };
}

/**
 * The Gregorian range a partial date stands for: an exact day gives a one-day range, a month
 * its whole month, a year its whole year, a range (`end`) runs to the end's last day. The
 * qualifier is not applied ("before 2020" gives 2020's range; see core/timeline/bounds.ts).
 * Returns null when the calendar has no arithmetic conversion and no bounds were entered.
 */
export function gregorianRange(value: PartialDate): { earliest: string; latest: string } | null {
  if (!convertibleCalendars.has(value.calendar) || value.year === undefined || value.year < 1) {
    return value.earliest && value.latest ? { earliest: value.earliest, latest: value.latest } : null;
  }
  const start = spanOf(value.calendar, { year: value.year, month: value.month, day: value.day });
  const end = value.end && value.end.year >= 1 ? spanOf(value.calendar, value.end) : start;
  return { earliest: start.earliest, latest: end.latest };
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
