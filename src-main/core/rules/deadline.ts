import type { Citation } from './citation.ts';
import type { ResolvedRule } from './rule-set.ts';
import type { DeadlineKind } from './rule-schema.ts';
import type { LocalDateTime } from './zoned.ts';

export interface ZonedInstant {
  readonly utc: string;
  readonly tz: string;
  readonly local: LocalDateTime;
}

/** The legal limit: an exact instant (48-hour review), a calendar date, or "as soon as possible" before an event. */
export type Due =
  | ({ readonly type: 'instant' } & ZonedInstant)
  | { readonly type: 'date'; readonly date: string }
  | { readonly type: 'asap'; readonly before: ZonedInstant };

export interface ClosedDay {
  readonly date: string;
  readonly holidays: readonly { readonly name: string; readonly nameFr: string }[];
}

export interface NextSitting {
  readonly closed: readonly ClosedDay[];
  /** The first business day after the limit: the next day the Division sits [U: confirm the regional sitting]. */
  readonly next: string;
}

export const warningCodes = [
  'WEEKEND_OR_HOLIDAY_AT_48H',
  'DST_CHANGE_IN_WINDOW',
  'REVIEW_PAST_DUE',
  'REVIEW_HELD_LATE',
  'REVIEW_TOO_EARLY',
  'SCHEDULED_AFTER_DUE',
  'PAST_DUE',
  'ROLLED_FORWARD',
  'NOT_A_BUSINESS_DAY',
  'HEARING_ON_HOLIDAY',
  'ADJOURNED_REVIEW',
  'DECISION_RESERVED',
  'RELEASE_CONDITIONS_PENDING',
  'RULE_OVERRIDDEN',
  'REGION_UNKNOWN',
  'AS_SOON_AS_POSSIBLE',
  'REGION_FROM_ZONE',
  'REGION_MISMATCH',
  'NEXT_SITTING',
  'HELD_AT_NEXT_SITTING',
] as const;
export type WarningCode = (typeof warningCodes)[number];

export interface DeadlineWarning {
  readonly code: WarningCode;
  /** Plain English for logs and the CLI; the UI maps the code to its own strings. Never client data. */
  readonly message: string;
}

export interface Deadline {
  readonly kind: DeadlineKind;
  readonly ruleId: string;
  readonly title: string;
  /** What the limit is attached to, by id. */
  readonly subject: { readonly type: 'episode' | 'hearing' | 'seized-item' | 'removal' | 'application'; readonly id: string };
  /** The day or instant the period runs from (or, for limits before a hearing, the hearing). */
  readonly from: string;
  readonly dueLaw: Due;
  /** The date before IA s.26 moved it, when it did. */
  readonly dueUnrolled?: string;
  /** The earliest allowed date (s.57.1: a review may not be held earlier). */
  readonly earliest?: string;
  /** Office target: the last business day on or before the legal date. */
  readonly dueOffice: string;
  readonly basis: Citation;
  readonly ruleVersion: string;
  readonly status: 'verified' | 'unconfirmed' | 'overridden';
  readonly overrideReason?: string;
  /**
   * When a review limit falls on a day the Division does not sit (a weekend or an office holiday):
   * the closed days from the limit on, with the holidays' names, and the next sitting day.
   */
  readonly sitting?: NextSitting;
  /** The hearing that met this limit, when one did. */
  readonly satisfiedBy?: string;
  readonly warnings: readonly DeadlineWarning[];
}

/** Fields every deadline copies from its (possibly overridden) record. */
export function fromRule(
  resolved: ResolvedRule,
): Pick<Deadline, 'kind' | 'ruleId' | 'title' | 'basis' | 'ruleVersion' | 'status'> & { overrideReason?: string } {
  const { rule } = resolved;
  const base = {
    kind: rule.kind,
    ruleId: rule.id,
    title: rule.title,
    basis: rule.citation,
    ruleVersion: rule.version,
    status: resolved.status,
  };
  return resolved.overrideReason === undefined ? base : { ...base, overrideReason: resolved.overrideReason };
}

export function overrideWarnings(resolved: ResolvedRule): DeadlineWarning[] {
  return resolved.overrideReason === undefined
    ? []
    : [{ code: 'RULE_OVERRIDDEN', message: `Rule ${resolved.rule.id} is overridden: ${resolved.overrideReason}` }];
}

/** The calendar date a due value is compared on (for an ASAP limit, the day of the event). */
export function dueDate(due: Due): string {
  if (due.type === 'date') return due.date;
  if (due.type === 'instant') return due.local.date;
  return due.before.local.date;
}
