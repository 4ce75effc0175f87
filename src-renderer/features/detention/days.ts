import type { ZonedDateTime } from '../../../src-main/core/model/dates.ts';
import { toDayNumber } from '../../../src-main/core/rules/civil.ts';
import { isValidTimeZone, localDateOf, parseUtc } from '../../../src-main/core/rules/zoned.ts';

export interface TimeInDetention {
  /** Calendar days from the day detention began to the day it ended (or today), both read in the detention's zone. */
  readonly days: number;
  /** Whole hours elapsed, in real time (a daylight-saving change neither adds nor loses one). */
  readonly hours: number;
  readonly ongoing: boolean;
  /** The local days counted from and to, `YYYY-MM-DD`. */
  readonly from: string;
  readonly to: string;
}

/**
 * How long a detention has lasted: from its start to its end, or to `nowMs` while it goes on.
 * Days are calendar days in the detention's own zone (detained Tuesday, released the next
 * Thursday: 9 days), so the answer is the same wherever the app runs. Undefined while the start
 * is incomplete or still ahead.
 */
export function timeInDetention(start: ZonedDateTime, end: ZonedDateTime | undefined, nowMs: number): TimeInDetention | undefined {
  const startMs = parseUtc(start.utc);
  if (startMs === null || start.tz === '' || !isValidTimeZone(start.tz)) return undefined;
  const endMs = end ? parseUtc(end.utc) : null;
  const ongoing = endMs === null;
  const untilMs = endMs ?? nowMs;
  if (untilMs < startMs) return undefined;
  const from = localDateOf(startMs, start.tz);
  const to = localDateOf(untilMs, start.tz);
  return { days: toDayNumber(to) - toDayNumber(from), hours: Math.floor((untilMs - startMs) / 3_600_000), ongoing, from, to };
}
