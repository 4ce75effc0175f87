import type { PartialDate } from '../model/partial-date.ts';
import { convertibleCalendars, gregorianRange } from '../model/partial-date.ts';
import { addDays } from '../rules/civil.ts';

/**
 * The Gregorian days an event can have happened on, once its qualifier is applied: "before
 * 2020" is open at the start and ends 2019-12-31, "after March 2019" starts 2019-04-01 and is
 * open at the end. `null` bounds are open. An exact day has `from === to`.
 */
export interface EventBounds {
  readonly from: string | null;
  readonly to: string | null;
  /** The range the words themselves name, before the qualifier: what the chronology prints. */
  readonly stated: { readonly earliest: string; readonly latest: string };
  /** "After X" whose Gregorian range was typed by hand: X is that range's first day, the range where the event was placed. */
  readonly placed?: true;
}

/** The stated Gregorian range: computed for convertible calendars, else the bounds entered by hand (one alone stands for both). */
export function statedRange(when: PartialDate): { earliest: string; latest: string } | null {
  const range = gregorianRange(when);
  if (range) return range;
  const one = when.earliest ?? when.latest;
  return one === undefined ? null : { earliest: when.earliest ?? one, latest: when.latest ?? one };
}

/** True when the Gregorian range is the conversion of a year, month and day, not a range typed by hand. */
const fromCalendarParts = (when: PartialDate): boolean =>
  convertibleCalendars.has(when.calendar) && when.year !== undefined && when.year >= 1;

/** Bounds of a partial date after its qualifier; null for an unknown or not yet ranged date (undated). */
export function eventBounds(when: PartialDate): EventBounds | null {
  if (when.qualifier === 'unknown') return null;
  const stated = statedRange(when);
  if (!stated) return null;
  if (when.qualifier === 'before') return { from: null, to: addDays(stated.earliest, -1), stated };
  if (when.qualifier === 'after') {
    // A Gregorian range typed by hand is where the event was placed ("just after the 17th": 17–28 February), so it stays closed.
    if (!fromCalendarParts(when)) return { from: stated.earliest, to: stated.latest, stated, placed: true };
    return { from: addDays(stated.latest, 1), to: null, stated };
  }
  return { from: stated.earliest, to: stated.latest, stated };
}

/** True when every day `a` can be on comes before every day `b` can be on. */
export function certainlyBefore(a: EventBounds, b: EventBounds): boolean {
  return a.to !== null && b.from !== null && a.to < b.from;
}

/** True when the event cannot have happened by `today` (its first possible day is later). */
export function certainlyAfterDay(bounds: EventBounds, today: string): boolean {
  return bounds.from !== null && bounds.from > today;
}
