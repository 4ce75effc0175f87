import { dueDate, type Deadline } from './deadline.ts';
import { localDateOf, parseUtc } from './zoned.ts';

export interface NextDeadline {
  readonly deadline: Deadline;
  /** The limit passed with nothing recorded that met it. */
  readonly pastDue: boolean;
}

const pastDueCodes = new Set(['REVIEW_PAST_DUE', 'PAST_DUE']);

/**
 * The limit to show first: the earliest one that has passed unmet, else the earliest open one
 * still ahead (judged in `tz`, the case's zone). Limits attached to hearings already over and
 * never flagged past due (a disclosure date before a hearing that was held) are history.
 */
export function nextDeadline(list: readonly Deadline[], asOf: string, tz: string): NextDeadline | undefined {
  const open = list.filter((d) => d.satisfiedBy === undefined);
  const late = open.filter((d) => d.warnings.some((w) => pastDueCodes.has(w.code)));
  const first = late[0];
  if (first) return { deadline: first, pastDue: true };
  const ms = parseUtc(asOf);
  if (ms === null) return undefined;
  const today = localDateOf(ms, tz);
  const ahead = open.find((d) => dueDate(d.dueLaw) >= today);
  return ahead ? { deadline: ahead, pastDue: false } : undefined;
}
