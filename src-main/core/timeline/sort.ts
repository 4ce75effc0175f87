import type { ZonedDateTime } from '../model/dates.ts';
import type { PartialDate } from '../model/partial-date.ts';
import { eventBounds } from './bounds.ts';

export interface Datable {
  /** A stable identity used as the last tie-breaker (an event id, or a derived event's key). */
  readonly key: string;
  readonly when: PartialDate;
  readonly at?: ZonedDateTime | undefined;
}

/**
 * The timeline order, the same on screen, in checks and for the chronology:
 *
 * 1. Dated events first; undated ones (unknown, or a lunar date with no Gregorian range yet) last.
 * 2. By the first day the event can be on. An open start ("before 2020") has none, so its last
 *    possible day stands in: "before 2020" sorts at 2019-12-31, after what is known to be in 2019.
 * 3. Then by the last possible day: a day sorts before the month or year that starts with it
 *    ("2020-01-01" before "2020"), and an open end ("after 2019") after every closed one.
 * 4. Then events without a time of day before timed ones, timed ones by their instant.
 * 5. Then by key (ids are unique), so the order never depends on the order of input.
 */
export function compareDatable(a: Datable, b: Datable): number {
  return compareKeys(sortKey(a), sortKey(b));
}

type Key = readonly [number, string, string, string, string];

function sortKey(item: Datable): Key {
  const bounds = eventBounds(item.when);
  if (!bounds) return [1, '', '', '', item.key];
  const first = bounds.from ?? bounds.to ?? '';
  const last = bounds.to ?? '\uffff';
  return [0, first, last, item.at?.utc ?? '', item.key];
}

function compareKeys(a: Key, b: Key): number {
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** A sorted copy (Array#sort is stable, and the key tie-breaker makes the order total). */
export function sortTimeline<T extends Datable>(items: readonly T[]): T[] {
  return [...items].sort(compareDatable);
}
