import { DossierError } from '../errors.ts';
import { fieldIssue } from '../issues/text.ts';
import { buildCalendar } from './calendar.ts';
import type { EngineContext } from './context.ts';
import { dueDate, type Deadline, type DeadlineWarning } from './deadline.ts';
import { hearingDeadlines, removalDeadlines, seizureDeadlines } from './events.ts';
import type { HolidayOverride } from './holidays.ts';
import { checkReviewOrder, type DeadlineCaseInput, placeFactsOf, readCaseFacts, reviewsOf } from './input.ts';
import { chooseRegion } from './region-choice.ts';
import type { Region } from './regions.ts';
import { resolveRules, type RuleOverride, type RuleSet } from './rule-set.ts';
import { reviewDeadlines } from './reviews.ts';
import { parseUtc } from './zoned.ts';

export interface ComputeOptions {
  /** The instant "now" is judged at (UTC, `…Z`); passed in so results never depend on the clock. */
  readonly asOf: string;
  /** Holiday region counsel chose; when left out, the facility's place decides, then the time zone. */
  readonly region?: Region;
  readonly overrides?: { readonly rules?: readonly RuleOverride[]; readonly holidays?: readonly HolidayOverride[] };
  readonly rules: RuleSet;
}

function zoneOf(input: DeadlineCaseInput): string | undefined {
  return input.detention.episodes[0]?.start.tz ?? input.detention.hearings[0]?.scheduled.tz;
}

/**
 * Every time limit the case's detention facts give rise to: the s.57 or s.57.1 review schedule of
 * each episode, the ID Rules limits around each hearing and decision, and seizure returns.
 * Pure: the same input and options give the same output in any process time zone.
 */
export function computeDeadlines(input: DeadlineCaseInput, options: ComputeOptions): Deadline[] {
  const asOfMs = parseUtc(options.asOf);
  if (asOfMs === null) throw new DossierError('VALIDATION', 'The as-of instant is not a UTC instant.', [fieldIssue('asOf', 'utcInstant')]);
  const facts = readCaseFacts(input);
  const zone = zoneOf(input);
  const tz = zone ?? 'UTC';
  const choice = chooseRegion(placeFactsOf(input, zone, options.region));
  const common: DeadlineWarning[] = [...choice.warnings];
  const ctx: EngineContext = {
    calendar: buildCalendar(options.rules.holidays, choice.region, options.overrides?.holidays ?? []),
    asOfMs,
    rules: resolveRules(options.rules.timeLimits, options.overrides?.rules ?? []),
    common,
  };
  const out: Deadline[] = [];
  for (const episode of facts.episodes) {
    const reviews = reviewsOf(facts, episode);
    checkReviewOrder(reviews);
    out.push(...reviewDeadlines(ctx, episode, reviews));
  }
  out.push(...hearingDeadlines(ctx, facts), ...seizureDeadlines(ctx, facts, tz), ...removalDeadlines(ctx, facts));
  return out.sort(
    (a, b) =>
      dueDate(a.dueLaw).localeCompare(dueDate(b.dueLaw)) || a.kind.localeCompare(b.kind) || a.subject.id.localeCompare(b.subject.id),
  );
}
