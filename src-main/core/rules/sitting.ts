import { addDays } from './civil.ts';
import type { Calendar } from './calendar.ts';
import type { ClosedDay, NextSitting } from './deadline.ts';
import { officeTarget } from './counting.ts';
import { toLocal } from './zoned.ts';

/**
 * When offices close for the day [U: office practice, 17:00 local]. A start after it, or on a
 * closed day, is first worked on the next business day.
 */
export const OFFICE_CLOSES = '17:00';

/** The first business day on or after `date`. */
export function firstBusinessDayFrom(date: string, calendar: Calendar): string {
  let day = date;
  for (let i = 0; i < 31 && !calendar.isBusinessDay(day); i++) day = addDays(day, 1);
  return day;
}

/**
 * The earliest working moment at or after an instant, as a day: the same day when it is a
 * business day and offices are still open, else the next business day. "As soon as possible"
 * after an event means this day.
 */
export function earliestWorkingDay(ms: number, tz: string, calendar: Calendar): string {
  const local = toLocal(ms, tz);
  if (calendar.isBusinessDay(local.date) && local.time < OFFICE_CLOSES) return local.date;
  return firstBusinessDayFrom(addDays(local.date, 1), calendar);
}

/**
 * The office target for a limit on `limit`: the last business day on or before it, but never
 * before `floor` (the first day one can act). When no business day lies between them, the
 * target is the first business day from the floor, which is after the limit: the next sitting.
 */
export function officeTargetFrom(limit: string, floor: string, calendar: Calendar): string {
  const walked = officeTarget(limit, calendar);
  return walked >= floor ? walked : firstBusinessDayFrom(floor, calendar);
}

/** The later of two ISO days. */
export const laterDay = (a: string, b: string): string => (a >= b ? a : b);

/**
 * The days from `limit` on that the Division does not sit (weekends and office holidays, named),
 * and the first day after them; nothing when `limit` is itself a business day.
 */
export function nextSittingAfter(limit: string, calendar: Calendar): NextSitting | undefined {
  if (calendar.isBusinessDay(limit)) return undefined;
  const closed: ClosedDay[] = [];
  let day = limit;
  for (let i = 0; i < 31 && !calendar.isBusinessDay(day); i++) {
    const holidays = calendar
      .holidaysOn(day)
      .filter((h) => h.officeClosed)
      .map((h) => ({ name: h.name, nameFr: h.nameFr }));
    closed.push({ date: day, holidays });
    day = addDays(day, 1);
  }
  return { closed, next: day };
}

/** The closed days' holiday names, in English, for the engine's plain-English messages. */
export function closedDaysText(sitting: NextSitting): string {
  return sitting.closed
    .map((c) => (c.holidays.length > 0 ? `${c.holidays.map((h) => h.name).join(' / ')} (${c.date})` : `a weekend day (${c.date})`))
    .join(', ');
}
