import type { IdApplication } from '../model/applications.ts';
import type { HearingType } from '../model/detention.ts';
import { applicationRuleFor, shippedApplicationRules, type ApplicationRule, type ApplicationRuleTable } from './application-rules.ts';
import { buildCalendar, type Calendar } from './calendar.ts';
import { addDays } from './civil.ts';
import { computeDeadlines, type ComputeOptions } from './compute.ts';
import { addClearDays, officeTarget } from './counting.ts';
import { dueDate, type Deadline, type DeadlineWarning, type Due } from './deadline.ts';
import { placeFactsOf, type DeadlineCaseInput } from './input.ts';
import { chooseRegion } from './region-choice.ts';
import { formatUtc, localDateOf, parseUtc, toLocal } from './zoned.ts';

/** What an application's limit is counted from: its kind, where it stands, the hearing it names, when the Division received it. */
export type ApplicationTimingFacts = Pick<IdApplication, 'id' | 'kind' | 'status' | 'hearingId' | 'filedOn'>;

/** The parts of a case the application limits read; a full `Case`, and the case list's clock facts, satisfy it. */
export interface ApplicationCaseInput extends DeadlineCaseInput {
  readonly detention: DeadlineCaseInput['detention'] & { readonly applications?: readonly ApplicationTimingFacts[] | undefined };
}

interface HearingAt {
  readonly id: string;
  readonly type: HearingType;
  readonly ms: number;
  readonly tz: string;
  readonly date: string;
}

const clockReviewKinds = new Set(['7D-review', '30D-review']);

function hearingsOf(input: ApplicationCaseInput): HearingAt[] {
  return input.detention.hearings
    .flatMap((h) => {
      const ms = parseUtc(h.scheduled.utc);
      return ms === null ? [] : [{ id: h.id, type: h.type, ms, tz: h.scheduled.tz, date: localDateOf(ms, h.scheduled.tz) }];
    })
    .sort((a, b) => a.ms - b.ms);
}

/** An admissibility hearing held the same day as a 48-hour or 7-day review follows the review's "as soon as possible" limits. */
function effectiveType(h: HearingAt, all: readonly HearingAt[]): HearingType {
  if (h.type !== 'ADMISSIBILITY') return h.type;
  return all.find((o) => (o.type === '48H' || o.type === '7D') && o.date === h.date)?.type ?? h.type;
}

/** The hearing an application is for: the one it names, else the next one after `asOfMs`. */
function targetHearing(app: ApplicationTimingFacts, all: readonly HearingAt[], asOfMs: number): HearingAt | undefined {
  if (app.hearingId !== undefined) return all.find((h) => h.id === app.hearingId);
  return all.find((h) => h.ms >= asOfMs);
}

/** "As soon as possible": the first business day from today, never before today and never after the hearing day. */
function soonestWorkingDay(today: string, hearingDate: string, calendar: Calendar): string {
  let day = today < hearingDate ? today : hearingDate;
  for (let i = 0; i < 31 && day < hearingDate && !calendar.isBusinessDay(day); i++) day = addDays(day, 1);
  return day;
}

interface Counted {
  readonly from: string;
  readonly dueLaw: Due;
  readonly dueOffice: string;
  readonly warnings: DeadlineWarning[];
}

function beforeHearing(rule: ApplicationRule, h: HearingAt, today: string, calendar: Calendar): Counted {
  const from = formatUtc(h.ms);
  if (rule.counting.method === 'clear-days-before') {
    const date = addClearDays(h.date, rule.counting.days, 'before');
    const office = officeTarget(date, calendar);
    const warnings: DeadlineWarning[] =
      office === date ? [] : [{ code: 'NOT_A_BUSINESS_DAY', message: `The last day falls on a weekend or holiday; aim for ${office}.` }];
    return { from, dueLaw: { type: 'date', date }, dueOffice: office, warnings };
  }
  return {
    from,
    dueLaw: { type: 'asap', before: { utc: from, tz: h.tz, local: toLocal(h.ms, h.tz) } },
    dueOffice: soonestWorkingDay(today, h.date, calendar),
    warnings: [{ code: 'AS_SOON_AS_POSSIBLE', message: 'No fixed day: as soon as possible before the hearing.' }],
  };
}

/** r.9: before the running seven-day or thirty-day period ends (its last day before IA s.26 moves it). */
function beforePeriodEnd(clock: readonly Deadline[], calendar: Calendar): Counted | undefined {
  const period = clock.find((d) => clockReviewKinds.has(d.kind) && d.satisfiedBy === undefined);
  if (!period) return undefined;
  const date = period.dueUnrolled ?? dueDate(period.dueLaw);
  return { from: period.from, dueLaw: { type: 'date', date }, dueOffice: officeTarget(date, calendar), warnings: [] };
}

/**
 * The time limit of each ID Rules application the case records, as rule data says (templates/
 * rules/applications.json): counted back from the hearing it is for, or to the end of the review
 * period (r.9). Met once the Division received it; a withdrawn application has no limit.
 */
export function applicationDeadlines(
  input: ApplicationCaseInput,
  options: ComputeOptions,
  clock: readonly Deadline[],
  table: ApplicationRuleTable = shippedApplicationRules(),
): Deadline[] {
  const applications = (input.detention.applications ?? []).filter((a) => a.status !== 'withdrawn');
  if (applications.length === 0) return [];
  const asOfMs = parseUtc(options.asOf) ?? 0;
  const hearings = hearingsOf(input);
  const zone = input.detention.episodes[0]?.start.tz ?? hearings[0]?.tz;
  const tz = zone ?? 'UTC';
  // The same holiday calendar as the clock's: the place decides, then the zone (region-choice.ts).
  const choice = chooseRegion(placeFactsOf(input, zone, options.region));
  const calendar = buildCalendar(options.rules.holidays, choice.region, options.overrides?.holidays ?? []);
  const common: DeadlineWarning[] = [...choice.warnings];
  const today = localDateOf(asOfMs, tz);
  const out: Deadline[] = [];
  for (const app of applications) {
    const hearing = app.kind === 'early-review' ? undefined : targetHearing(app, hearings, asOfMs);
    const rule = applicationRuleFor(table, app.kind, hearing ? effectiveType(hearing, hearings) : undefined);
    if (!rule) continue;
    const counted = hearing ? beforeHearing(rule, hearing, today, calendar) : beforePeriodEnd(clock, calendar);
    if (!counted) continue;
    const late =
      app.filedOn === undefined && counted.dueLaw.type === 'date' && today > counted.dueLaw.date
        ? [{ code: 'PAST_DUE' as const, message: 'The last day has passed; ask the member to extend the time (ID Rule 50).' }]
        : [];
    out.push({
      kind: 'application',
      ruleId: rule.id,
      title: rule.title,
      subject: { type: 'application', id: app.id },
      from: counted.from,
      dueLaw: counted.dueLaw,
      dueOffice: counted.dueOffice,
      basis: rule.citation,
      ruleVersion: rule.version,
      status: rule.status,
      ...(app.filedOn === undefined ? {} : { satisfiedBy: `application-filed:${app.filedOn}` }),
      warnings: [...common, ...counted.warnings, ...late],
    });
  }
  return out;
}

/** The case's whole deadline list: the review clock's limits and its applications', in date order. */
export function computeCaseDeadlines(input: ApplicationCaseInput, options: ComputeOptions): Deadline[] {
  const clock = computeDeadlines(input, options);
  return [...clock, ...applicationDeadlines(input, options, clock)].sort(
    (a, b) =>
      dueDate(a.dueLaw).localeCompare(dueDate(b.dueLaw)) || a.kind.localeCompare(b.kind) || a.subject.id.localeCompare(b.subject.id),
  );
}
