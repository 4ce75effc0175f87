import { addDays } from './civil.ts';
import type { Calendar, HolidayRegime } from './calendar.ts';

/**
 * IA s.27(4)–(5): a period "after", "from" or "within" a day excludes that day and includes the
 * last one, so N days after 10 March ends at the end of 10 March + N.
 */
export function addDaysAfter(date: string, days: number): string {
  return addDays(date, days);
}

/**
 * IA s.27(1): "clear days" / "at least N days" exclude both event days. Before an event on day E,
 * the last day to act is E − (N + 1); after an event, the first day one may act is E + (N + 1).
 */
export function addClearDays(date: string, days: number, direction: 'before' | 'after'): string {
  return addDays(date, direction === 'before' ? -(days + 1) : days + 1);
}

/** IA s.26: a limit that ends on a holiday may be met on the next day that is not one. */
export function rollForward(date: string, calendar: Calendar, regime: HolidayRegime): string {
  let day = date;
  // A bounded walk: no real calendar has more than a handful of consecutive holidays.
  for (let i = 0; i < 31 && calendar.isHoliday(day, regime); i++) day = addDays(day, 1);
  return day;
}

/** Office practice (domain §7.4): aim for the last business day on or before the legal date. */
export function officeTarget(date: string, calendar: Calendar): string {
  let day = date;
  for (let i = 0; i < 31 && !calendar.isBusinessDay(day); i++) day = addDays(day, -1);
  return day;
}
