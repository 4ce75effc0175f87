import type { Calendar } from './calendar.ts';
import { dueDate, type Deadline, type DeadlineWarning, type Due } from './deadline.ts';
import { addClearDays, addDaysAfter, officeTarget, rollForward } from './counting.ts';
import { addMonths } from './civil.ts';
import type { ResolvedRule } from './rule-set.ts';
import type { TimeLimitRule } from './rule-schema.ts';
import { localDateOf, parseUtc } from './zoned.ts';

export interface EngineContext {
  readonly calendar: Calendar;
  readonly asOfMs: number;
  readonly rules: readonly ResolvedRule[];
  /** Warnings every deadline carries (an unknown region). */
  readonly common: readonly DeadlineWarning[];
}

export function rulesFor(ctx: EngineContext, pick: (rule: TimeLimitRule) => boolean): ResolvedRule[] {
  return ctx.rules.filter((r) => pick(r.rule));
}

export function asOfDate(ctx: EngineContext, tz: string): string {
  return localDateOf(ctx.asOfMs, tz);
}

/** A date limit counted forward from `from` under the record's counting method, then IA s.26 if it applies. */
export function dateAfter(
  ctx: EngineContext,
  rule: TimeLimitRule,
  from: string,
): Pick<Deadline, 'dueLaw' | 'dueOffice' | 'dueUnrolled' | 'earliest'> & { warnings: DeadlineWarning[] } {
  const c = rule.counting;
  let raw: string;
  let earliest: string | undefined;
  if (c.method === 'days-after') raw = addDaysAfter(from, c.days);
  else if (c.method === 'months-after') {
    raw = addMonths(from, c.months);
    if (c.notBefore) earliest = raw;
  } else if (c.method === 'clear-days-before') raw = addClearDays(from, c.days, 'after');
  else if (c.method === 'on-date') raw = from;
  else throw new RangeError(`Rule ${rule.id} cannot count forward from a day with method ${c.method}.`);
  return settle(ctx, rule, raw, earliest);
}

/** The last day to act before an event on `eventDate`. A limit before an event is never moved later. */
export function dateBefore(
  ctx: EngineContext,
  rule: TimeLimitRule,
  eventDate: string,
): Pick<Deadline, 'dueLaw' | 'dueOffice'> & { warnings: DeadlineWarning[] } {
  const c = rule.counting;
  if (c.method !== 'clear-days-before') throw new RangeError(`Rule ${rule.id} counts with ${c.method}, not clear days before an event.`);
  const date = addClearDays(eventDate, c.days, 'before');
  const office = officeTarget(date, ctx.calendar);
  const warnings: DeadlineWarning[] = [];
  if (office !== date)
    warnings.push({ code: 'NOT_A_BUSINESS_DAY', message: `The last day falls on a weekend or holiday; aim for ${office}.` });
  return { dueLaw: { type: 'date', date }, dueOffice: office, warnings };
}

function settle(ctx: EngineContext, rule: TimeLimitRule, raw: string, earliest: string | undefined): ReturnType<typeof dateAfter> {
  const rolled = rule.rollForward ? rollForward(raw, ctx.calendar, rule.holidays) : raw;
  const office = officeTarget(raw, ctx.calendar);
  const warnings: DeadlineWarning[] = [];
  if (rolled !== raw) warnings.push({ code: 'ROLLED_FORWARD', message: `${raw} is a holiday (IA s.26): the limit moves to ${rolled}.` });
  if (office !== raw) warnings.push({ code: 'NOT_A_BUSINESS_DAY', message: `${raw} is a weekend or holiday; aim for ${office}.` });
  const due: Due = { type: 'date', date: rolled };
  return {
    dueLaw: due,
    dueOffice: office,
    ...(rolled !== raw ? { dueUnrolled: raw } : {}),
    ...(earliest !== undefined ? { earliest } : {}),
    warnings,
  };
}

export function isPast(ctx: EngineContext, due: Due, tz: string): boolean {
  if (due.type === 'instant') return ctx.asOfMs > (parseUtc(due.utc) ?? Number.POSITIVE_INFINITY);
  return asOfDate(ctx, tz) > dueDate(due);
}
