import type { ZonedDateTime } from '../model/dates.ts';
import type { PartialDate } from '../model/partial-date.ts';
import type { RelativeSide } from '../model/timeline.ts';
import { eventBounds } from './bounds.ts';

export interface Datable {
  /** A stable identity used as the last tie-breaker (an event id, or a derived event's key). */
  readonly key: string;
  readonly when: PartialDate;
  readonly at?: ZonedDateTime | undefined;
  /** Told as shortly after or before another event: `when` and `at` are then that event's, and this leans to its side. */
  readonly relative?: RelativeSide | undefined;
}

/**
 * The timeline order, the same on screen, in checks and for the chronology:
 *
 * 1. Dated events first; undated ones (unknown, or a lunar date with no Gregorian range yet) last.
 * 2. By the first day the event can be on. An open start ("before 2020") has none, so its last
 *    possible day stands in: "before 2020" sorts at 2019-12-31, after what is known to be in 2019.
 *    "After X" sorts at X's last day, after what is known to be on it (rule 3): "after 17 February"
 *    at 17 February, "after 2019" at 2019-12-31. "After X" typed with a Gregorian range of its own
 *    ("just after the 17th", 17–28 February) sorts by that range's start.
 * 3. Then by the last possible day: a day sorts before the month or year that starts with it
 *    ("2020-01-01" before "2020"), and an open end ("after 2019") after every closed one.
 * 4. Then events without a time of day before timed ones, timed ones by their instant.
 * 5. Then "shortly before" an anchor, the anchor, "shortly after" it: with the anchor's date and
 *    time, a relative event sits right beside it.
 * 6. Then by key (ids are unique), so the order never depends on the order of input.
 */
export function compareDatable(a: Datable, b: Datable): number {
  return compareKeys(sortKey(a), sortKey(b));
}

type Key = readonly [number, string, string, string, string, string];

const lean = (side: RelativeSide | undefined): string => (side === 'shortly-before' ? '0' : side === 'shortly-after' ? '2' : '1');

function sortKey(item: Datable): Key {
  const bounds = eventBounds(item.when);
  if (!bounds) return [1, '', '', '', lean(item.relative), item.key];
  const first = item.when.qualifier === 'after' && !bounds.placed ? bounds.stated.latest : (bounds.from ?? bounds.to ?? '');
  const last = bounds.to ?? '\uffff';
  return [0, first, last, item.at?.utc ?? '', lean(item.relative), item.key];
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
