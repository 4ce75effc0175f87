import { dateAfter, dateBefore, type EngineContext, isPast, rulesFor } from './context.ts';
import { earliestWorkingDay, laterDay } from './sitting.ts';
import { fromRule, overrideWarnings, type Deadline, type DeadlineWarning } from './deadline.ts';
import type { CaseFacts, EpisodeFacts, HearingFacts } from './input.ts';
import type { ResolvedRule } from './rule-set.ts';
import type { HearingType } from '../model/detention.ts';
import { formatUtc, toLocal } from './zoned.ts';

/**
 * An admissibility hearing held the same day as a 48-hour or 7-day review follows the review's
 * "as soon as possible" limits (ID Rules, "ASAP" column); otherwise a hearing keeps its own type.
 */
function effectiveType(h: HearingFacts, all: readonly HearingFacts[]): HearingType {
  if (h.type !== 'ADMISSIBILITY') return h.type;
  const joint = all.find((o) => (o.type === '48H' || o.type === '7D') && o.localDate === h.localDate);
  return joint ? joint.type : h.type;
}

function hearingWarnings(ctx: EngineContext, h: HearingFacts): DeadlineWarning[] {
  // A hearing on a holiday is odd but possible (the ID may sit): warn, never refuse.
  if (ctx.calendar.isBusinessDay(h.localDate)) return [];
  return [{ code: 'HEARING_ON_HOLIDAY', message: `The hearing is set for ${h.localDate}, a weekend or holiday; check the date.` }];
}

/** The detention episode a hearing belongs to: the last one to start at or before it. */
function episodeOf(h: HearingFacts, episodes: readonly EpisodeFacts[]): EpisodeFacts | undefined {
  return episodes.filter((e) => e.startMs <= h.ms).at(-1);
}

/** The first day one can act after an instant, never after the hearing day itself. */
function workingDayUpTo(ctx: EngineContext, ms: number, h: HearingFacts): string {
  const day = earliestWorkingDay(ms, h.tz, ctx.calendar);
  return day < h.localDate ? day : h.localDate;
}

/**
 * The first day one can act for a hearing: the earliest working day after the detention began
 * (the event that starts the count) and, while the hearing is ahead, after now.
 */
function actingFloor(ctx: EngineContext, h: HearingFacts, episode: EpisodeFacts | undefined, withNow: boolean): string | undefined {
  const fromStart = episode === undefined ? undefined : workingDayUpTo(ctx, episode.startMs, h);
  const fromNow = withNow && ctx.asOfMs < h.ms ? workingDayUpTo(ctx, ctx.asOfMs, h) : undefined;
  if (fromStart === undefined || fromNow === undefined) return fromStart ?? fromNow;
  return laterDay(fromStart, fromNow);
}

function beforeHearing(ctx: EngineContext, resolved: ResolvedRule, h: HearingFacts, episode: EpisodeFacts | undefined): Deadline {
  const head = { ...fromRule(resolved), subject: { type: 'hearing' as const, id: h.id }, from: formatUtc(h.ms) };
  const common = [...ctx.common, ...overrideWarnings(resolved), ...hearingWarnings(ctx, h)];
  const upcoming = ctx.asOfMs < h.ms;
  if (resolved.rule.counting.method === 'asap') {
    const floor = actingFloor(ctx, h, episode, true);
    // As soon as possible: the earliest working moment after the start (and after now), not a day walked back from the hearing.
    return {
      ...head,
      dueLaw: { type: 'asap', before: { utc: formatUtc(h.ms), tz: h.tz, local: toLocal(h.ms, h.tz) } },
      dueOffice: floor ?? h.localDate,
      warnings: [...common, { code: 'AS_SOON_AS_POSSIBLE', message: 'No fixed day: as soon as possible before the hearing.' }],
    };
  }
  const { warnings, ...dates } = dateBefore(ctx, resolved.rule, h.localDate);
  const past = isPast(ctx, dates.dueLaw, h.tz);
  const late =
    upcoming && past
      ? [{ code: 'PAST_DUE' as const, message: 'The last day has passed; ask the member to extend the time (ID Rule 50).' }]
      : [];
  // Never before the detention began; while the last day is still ahead, never before now.
  const floor = actingFloor(ctx, h, episode, !past);
  const dueOffice = floor === undefined ? dates.dueOffice : laterDay(dates.dueOffice, floor);
  return { ...head, ...dates, dueOffice, warnings: [...common, ...warnings, ...late] };
}

export function hearingDeadlines(ctx: EngineContext, facts: CaseFacts): Deadline[] {
  const out: Deadline[] = [];
  const before = rulesFor(ctx, (r) => r.trigger === 'hearing');
  const decision = rulesFor(ctx, (r) => r.trigger === 'decision');
  for (const h of facts.hearings) {
    const type = effectiveType(h, facts.hearings);
    for (const resolved of before) {
      if (!(resolved.rule.hearingTypes ?? []).includes(type)) continue;
      if (resolved.rule.requiresInterpreter && !h.interpreter) continue;
      out.push(beforeHearing(ctx, resolved, h, episodeOf(h, facts.episodes)));
    }
    // A reserved decision's limits count from the day it was received; none run while it is awaited.
    const decided =
      h.reserved !== undefined ? h.reserved.receivedOn : h.outcome === undefined || h.outcome === 'ADJOURNED' ? undefined : h.localDate;
    if (decided === undefined) continue;
    for (const resolved of decision) {
      if (!(resolved.rule.hearingTypes ?? []).includes(h.type)) continue;
      const { warnings, ...dates } = dateAfter(ctx, resolved.rule, decided);
      // Only the written-reasons limit is met by something the case records: the request.
      const met = resolved.rule.kind === 'written-reasons-request' && h.reasonsRequested !== undefined;
      out.push({
        ...fromRule(resolved),
        subject: { type: 'hearing', id: h.id },
        from: decided,
        ...dates,
        ...(met ? { satisfiedBy: `reasons-requested:${h.reasonsRequested ?? ''}` } : {}),
        warnings: [...ctx.common, ...overrideWarnings(resolved), ...warnings],
      });
    }
  }
  return out;
}

/**
 * A removal CBSA has scheduled for an H&C applicant: an H&C request does not stay it; IRPR
 * s.233 stays it only once first-stage approval is given, which meets the limit.
 */
export function removalDeadlines(ctx: EngineContext, facts: CaseFacts): Deadline[] {
  const removal = facts.removal;
  if (removal === undefined) return [];
  return rulesFor(ctx, (r) => r.trigger === 'removal-scheduled').map((resolved) => {
    const { warnings, ...dates } = dateAfter(ctx, resolved.rule, removal.date);
    return {
      ...fromRule(resolved),
      subject: { type: 'removal', id: 'removal' },
      from: removal.date,
      ...dates,
      ...(removal.stayedOn === undefined ? {} : { satisfiedBy: `first-stage-approval:${removal.stayedOn}` }),
      warnings: [...ctx.common, ...overrideWarnings(resolved), ...warnings],
    };
  });
}

export function seizureDeadlines(ctx: EngineContext, facts: CaseFacts, tz: string): Deadline[] {
  const out: Deadline[] = [];
  for (const resolved of rulesFor(ctx, (r) => r.trigger === 'seizure-notice')) {
    for (const item of facts.seized) {
      const { warnings, ...dates } = dateAfter(ctx, resolved.rule, item.noticeDate);
      const late =
        item.filed === undefined && isPast(ctx, dates.dueLaw, tz)
          ? [{ code: 'PAST_DUE' as const, message: 'The time to apply for return has passed.' }]
          : [];
      out.push({
        ...fromRule(resolved),
        subject: { type: 'seized-item', id: item.id },
        from: item.noticeDate,
        ...dates,
        ...(item.filed === undefined ? {} : { satisfiedBy: `return-application:${item.filed}` }),
        warnings: [...ctx.common, ...overrideWarnings(resolved), ...warnings, ...late],
      });
    }
  }
  return out;
}
