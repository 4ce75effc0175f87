import { fromRule, overrideWarnings, type Deadline, type DeadlineWarning, type Due, type NextSitting } from './deadline.ts';
import { asOfDate, dateAfter, type EngineContext, isPast, rulesFor } from './context.ts';
import type { EpisodeFacts, HearingFacts } from './input.ts';
import type { ResolvedRule } from './rule-set.ts';
import type { DeadlineKind } from './rule-schema.ts';
import { addDays } from './civil.ts';
import { closedDaysText, earliestWorkingDay, laterDay, nextSittingAfter, officeTargetFrom } from './sitting.ts';
import { formatUtc, localDateOf, offsetChangesBetween, toLocal } from './zoned.ts';

const HOUR = 3_600_000;

function ruleOf(ctx: EngineContext, kind: DeadlineKind): ResolvedRule | undefined {
  return rulesFor(ctx, (r) => r.kind === kind)[0];
}

/** Did detention continue after this review? A release order ends the s.57 schedule (domain §1.3 step 7). */
function continues(review: HearingFacts, episode: EpisodeFacts): boolean {
  if (review.outcome === 'RELEASED') return false;
  return episode.endMs === undefined || episode.endMs > review.ms;
}

/** A review was held when the member decided, or reserved the decision, at it. */
export function wasHeld(review: HearingFacts): boolean {
  return review.outcome !== undefined || review.reserved !== undefined;
}

function outcomeWarnings(review: HearingFacts): DeadlineWarning[] {
  if (review.reserved !== undefined)
    return [
      {
        code: 'DECISION_RESERVED',
        message: 'Counted from the sitting where the decision was reserved; counting from the decision would give a later date.',
      },
    ];
  if (review.outcome === 'ADJOURNED')
    return [
      {
        code: 'ADJOURNED_REVIEW',
        message: 'Counted from the first sitting of an adjourned review; counting from the decision would be later.',
      },
    ];
  if (review.outcome === 'RELEASE-PENDING-CONDITIONS')
    return [
      {
        code: 'RELEASE_CONDITIONS_PENDING',
        message: 'Release is ordered but its conditions are not met: the person is still detained and reviews continue.',
      },
    ];
  return [];
}

/**
 * Compares the review that met the limit (or the next one on the calendar) with the limit. When
 * the limit falls on a day the Division does not sit, a review at the next sitting is not late
 * (IRPA s.57(1): "or without delay afterward"), and nothing is past due before that day ends.
 */
function meeting(
  ctx: EngineContext,
  due: Due,
  dueMs: number | undefined,
  tz: string,
  sitting: NextSitting | undefined,
  held: HearingFacts | undefined,
  pending: HearingFacts | undefined,
): { satisfiedBy?: string; warnings: DeadlineWarning[] } {
  const afterLimit = (h: HearingFacts): boolean => (dueMs !== undefined ? h.ms > dueMs : due.type === 'date' && h.localDate > due.date);
  const atNextSitting = (h: HearingFacts): boolean => sitting !== undefined && h.localDate <= sitting.next;
  const late = (h: HearingFacts): boolean => afterLimit(h) && !atNextSitting(h);
  if (held) {
    const warnings: DeadlineWarning[] = late(held)
      ? [{ code: 'REVIEW_HELD_LATE', message: 'The review was held after the limit.' }]
      : afterLimit(held)
        ? [
            {
              code: 'HELD_AT_NEXT_SITTING',
              message: `Held at the next sitting (${sitting?.next ?? ''}) after a day the Division does not sit: not late.`,
            },
          ]
        : [];
    return { satisfiedBy: held.id, warnings };
  }
  const warnings: DeadlineWarning[] = [];
  if (pending && late(pending)) warnings.push({ code: 'SCHEDULED_AFTER_DUE', message: 'The next scheduled review is after the limit.' });
  const past = sitting === undefined ? isPast(ctx, due, tz) : asOfDate(ctx, tz) > sitting.next;
  if (past) warnings.push({ code: 'REVIEW_PAST_DUE', message: 'No review is recorded and the limit has passed.' });
  return { warnings };
}

function sittingWarning(sitting: NextSitting | undefined, ctx: EngineContext): DeadlineWarning[] {
  if (sitting === undefined) return [];
  return [
    {
      code: 'NEXT_SITTING',
      message: `The limit falls on ${closedDaysText(sitting)}; the next sitting day is ${sitting.next}. Confirm with the ID's regional registry (${ctx.calendar.region}) that it sits then.`,
    },
  ];
}

/**
 * The office target of a review limit: never before the day after the event that starts the
 * count, and, while the limit is open and ahead, never before the earliest working day from now.
 */
function reviewOffice(ctx: EngineContext, limit: string, startDay: string, tz: string, open: boolean): string {
  const target = officeTargetFrom(limit, addDays(startDay, 1), ctx.calendar);
  return open ? laterDay(target, earliestWorkingDay(ctx.asOfMs, tz, ctx.calendar)) : target;
}

function fortyEightHour(
  ctx: EngineContext,
  resolved: ResolvedRule,
  episode: EpisodeFacts,
  held: HearingFacts | undefined,
  pending: HearingFacts | undefined,
): Deadline {
  const { rule } = resolved;
  const hours = rule.counting.method === 'elapsed-hours' ? rule.counting.hours : 48;
  // Real elapsed time: UTC milliseconds, never wall-clock arithmetic, so a DST change cannot add or lose an hour.
  const dueMs = episode.startMs + hours * HOUR;
  const local = toLocal(dueMs, episode.tz);
  const due: Due = { type: 'instant', utc: formatUtc(dueMs), tz: episode.tz, local };
  const sitting = nextSittingAfter(local.date, ctx.calendar);
  const warnings: DeadlineWarning[] = [...ctx.common, ...overrideWarnings(resolved)];
  if (sitting)
    warnings.push({
      code: 'WEEKEND_OR_HOLIDAY_AT_48H',
      message: `The ${String(hours)} hours end on ${closedDaysText(sitting)}; the next sitting day is ${sitting.next}. Confirm with the ID's regional registry (${ctx.calendar.region}) that it sits then.`,
    });
  if (offsetChangesBetween(episode.startMs, dueMs, episode.tz))
    warnings.push({
      code: 'DST_CHANGE_IN_WINDOW',
      message: `Daylight-saving time changes inside the window: the limit is ${String(hours)} real hours, so the clock time differs from the start.`,
    });
  const met = meeting(ctx, due, dueMs, episode.tz, sitting, held, pending);
  const open = met.satisfiedBy === undefined && !met.warnings.some((w) => w.code === 'REVIEW_PAST_DUE');
  const office = reviewOffice(ctx, local.date, localDateOf(episode.startMs, episode.tz), episode.tz, open);
  return {
    ...fromRule(resolved),
    subject: { type: 'episode', id: episode.id },
    from: formatUtc(episode.startMs),
    dueLaw: due,
    dueOffice: office,
    ...(sitting ? { sitting } : {}),
    ...(met.satisfiedBy !== undefined ? { satisfiedBy: met.satisfiedBy } : {}),
    warnings: [...warnings, ...met.warnings],
  };
}

/** A review limit counted in days or months from a date (the detention day, or the previous review). */
function datedReview(
  ctx: EngineContext,
  resolved: ResolvedRule,
  episode: EpisodeFacts,
  from: string,
  extra: readonly DeadlineWarning[],
  held: HearingFacts | undefined,
  pending: HearingFacts | undefined,
): Deadline {
  const counted = dateAfter(ctx, resolved.rule, from);
  const limit = counted.dueUnrolled ?? (counted.dueLaw.type === 'date' ? counted.dueLaw.date : from);
  const sitting = nextSittingAfter(limit, ctx.calendar);
  const met = meeting(ctx, counted.dueLaw, undefined, episode.tz, sitting, held, pending);
  const open = met.satisfiedBy === undefined && !met.warnings.some((w) => w.code === 'REVIEW_PAST_DUE');
  const early =
    held && counted.earliest !== undefined && held.localDate < counted.earliest
      ? [{ code: 'REVIEW_TOO_EARLY' as const, message: `This review may not be held before ${counted.earliest}.` }]
      : [];
  const { warnings: counting, ...dates } = counted;
  const dueOffice = reviewOffice(ctx, limit, from, episode.tz, open);
  const warnings = counting.map((w) =>
    w.code === 'NOT_A_BUSINESS_DAY' ? { ...w, message: `${limit} is a weekend or holiday; aim for ${dueOffice}.` } : w,
  );
  return {
    ...fromRule(resolved),
    subject: { type: 'episode', id: episode.id },
    from,
    ...dates,
    dueOffice,
    ...(sitting ? { sitting } : {}),
    ...(met.satisfiedBy !== undefined ? { satisfiedBy: met.satisfiedBy } : {}),
    warnings: [
      ...ctx.common,
      ...overrideWarnings(resolved),
      ...extra,
      ...warnings,
      ...early,
      ...sittingWarning(sitting, ctx),
      ...met.warnings,
    ],
  };
}

/**
 * The review schedule of one detention episode. Held reviews (those with an outcome, or whose
 * decision was reserved) drive the chain; a scheduled review without either only tells whether
 * the next limit will be met.
 */
export function reviewDeadlines(ctx: EngineContext, episode: EpisodeFacts, reviews: readonly HearingFacts[]): Deadline[] {
  const held = reviews.filter(wasHeld);
  const pending = reviews.filter((h) => !wasHeld(h));
  const nextPending = (afterMs: number): HearingFacts | undefined => pending.find((h) => h.ms > afterMs);
  const out: Deadline[] = [];
  const startDate = localDateOf(episode.startMs, episode.tz);
  const first = episode.designated ? ruleOf(ctx, 'DFN-first-review') : ruleOf(ctx, '48H-review');
  const firstHeld = held[0];
  const releasedBefore = (ms: number): boolean => episode.endMs !== undefined && episode.endMs <= ms;
  if (first) {
    const d =
      first.rule.counting.method === 'elapsed-hours'
        ? fortyEightHour(ctx, first, episode, firstHeld, nextPending(episode.startMs - 1))
        : datedReview(ctx, first, episode, startDate, [], firstHeld, nextPending(episode.startMs - 1));
    // Released by an officer before any review (IRPA 56): no review was owed.
    if (firstHeld || !releasedBefore(episode.startMs + 48 * HOUR)) out.push(d);
  }
  held.forEach((review, i) => {
    if (!continues(review, episode)) return;
    if (held.slice(0, i).some((h) => !continues(h, episode))) return;
    const kind: DeadlineKind = episode.designated ? 'DFN-6M-review' : i === 0 ? '7D-review' : '30D-review';
    const resolved = ruleOf(ctx, kind);
    if (!resolved) return;
    out.push(datedReview(ctx, resolved, episode, review.localDate, outcomeWarnings(review), held[i + 1], nextPending(review.ms)));
  });
  return out;
}
