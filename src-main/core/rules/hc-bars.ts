import { z } from 'zod';
import type { hcBarIssues } from '../issues/packet-issues.ts';
import { hcExceptionKinds, type Case } from '../model/case.ts';
import { isoDateSchema } from '../model/dates.ts';
import { gregorianRange } from '../model/partial-date.ts';
import { addDays, addMonths } from './civil.ts';
import type { Citation, RuleStatus } from './citation.ts';
import { findingRuleSchema, ruleRecordSchema } from './rule-record.ts';

/**
 * The IRPA s.25(1.2) bars on an H&C request, their s.25(1.21) exceptions, and the related
 * status flags (s.24(4), the VTIP permit, s.101(1)(b.1)), as versioned data
 * (templates/rules/hc-bars.json) read by one pure checker.
 */

export const hcBarChecks = [
  'pending-hc',
  'pending-claim',
  'pending-claim-amendment',
  'twelve-month-bar',
  'trp-bar',
  'vtip-note',
  'claim-ineligible-one-year',
] as const;
export type HcBarCheck = (typeof hcBarChecks)[number];
/** Every bar check's wording in the issue catalog: this fails to compile when one has none. */
export type HcBarWording = Pick<typeof hcBarIssues, `hc.bar.${HcBarCheck}`>;

/** An exception is cited like a rule, without an id or a version of its own. */
const exceptionSchema = ruleRecordSchema.pick({ title: true, citation: true, status: true }).extend({
  kind: z.enum(hcExceptionKinds),
});

export const hcBarRuleSchema = findingRuleSchema.extend({
  check: z.enum(hcBarChecks),
  /** `bar`: the request cannot be examined; `warn`: counsel must look; `note`: information only. */
  effect: z.enum(['bar', 'warn', 'note']),
  /** False for an enacted amendment not yet in force: it is shown, never applied. */
  inForce: z.boolean(),
  /** For the month-counted bars (IA s.28). */
  months: z.int().min(1).max(120).optional(),
  counting: z.string().min(1).optional(),
  /** For s.101(1)(b.1): entries after this day count. */
  enteredAfter: isoDateSchema.optional(),
  exceptions: z.array(exceptionSchema).optional(),
});
export type HcBarRule = z.infer<typeof hcBarRuleSchema>;

export const hcBarRuleSetSchema = z.object({
  schema: z.literal('dossier.hc-bar-rules/1'),
  version: isoDateSchema,
  rules: z.array(hcBarRuleSchema).min(1),
});
export type HcBarRuleSet = z.infer<typeof hcBarRuleSetSchema>;

export function parseHcBarRules(json: unknown): HcBarRuleSet {
  const set = hcBarRuleSetSchema.parse(json);
  const seen = new Set<string>();
  for (const rule of set.rules) {
    if (seen.has(rule.check)) throw new Error(`Two H&C bar rules implement the check "${rule.check}".`);
    seen.add(rule.check);
    if ((rule.check === 'twelve-month-bar' || rule.check === 'trp-bar' || rule.check === 'claim-ineligible-one-year') && !rule.months)
      throw new Error(`The H&C bar rule "${rule.id}" needs a number of months.`);
    if (rule.check === 'claim-ineligible-one-year' && !rule.enteredAfter)
      throw new Error(`The H&C bar rule "${rule.id}" needs the entry date after which it applies.`);
  }
  return set;
}

/** clear: nothing stops the request; barred: it cannot be examined; excepted: a bar applies but an exception lifts it; flag: counsel must look; note: information. */
export type HcBarResult = 'clear' | 'barred' | 'excepted' | 'flag' | 'note';

export interface HcBarFinding {
  readonly ruleId: string;
  readonly check: HcBarCheck;
  readonly effect: HcBarRule['effect'];
  readonly result: HcBarResult;
  readonly title: string;
  readonly message: string;
  readonly citation: Citation;
  readonly status: RuleStatus;
  readonly inForce: boolean;
  /** The field the check reads, for "edit at". */
  readonly field: string;
  /** The day the period starts from (a decision, an entry). */
  readonly from?: string;
  /** The last day on which the bar applies (inclusive; IA s.28). */
  readonly barEnds?: string;
  /** The first day the request can be made (the day after barEnds). */
  readonly firstFilingDay?: string;
  /** The exception that lifts the bar. */
  readonly exception?: { readonly kind: (typeof hcExceptionKinds)[number]; readonly title: string; readonly citation: Citation };
}

export interface HcBarReport {
  readonly asOf: string;
  readonly rulesVersion: string;
  readonly findings: readonly HcBarFinding[];
  /** True when a bar in force applies and no exception lifts it. */
  readonly barred: boolean;
}

type Facts = Pick<Case, 'hc' | 'client'>;
type Outcome = Omit<HcBarFinding, 'ruleId' | 'check' | 'effect' | 'title' | 'citation' | 'status' | 'inForce' | 'message'> & {
  message?: string;
};

/** The month-counted period (IA s.28): last day the bar applies and the first day after it. */
export function monthBar(from: string, months: number): { barEnds: string; firstFilingDay: string } {
  const barEnds = addMonths(from, months);
  return { barEnds, firstFilingDay: addDays(barEnds, 1) };
}

/** The first entry to Canada after `after`, as a Gregorian day; `unsure` when a partial date straddles it. */
function firstEntryAfter(c: Facts, after: string): { day: string } | { unsure: true } | null {
  let best: string | null = null;
  let unsure = false;
  for (const entry of c.client.entries) {
    const range = gregorianRange(entry.date);
    if (!range) continue;
    if (range.earliest > after) {
      if (best === null || range.earliest < best) best = range.earliest;
    } else if (range.latest > after) unsure = true;
  }
  if (best !== null) return { day: best };
  return unsure ? { unsure: true } : null;
}

/** The day the refugee claim was made: the H&C record, else the client's status history. */
function claimDay(c: Facts): string | undefined {
  if (c.hc.claimDate) return c.hc.claimDate;
  const claimant = c.client.statusHistory.find((s) => s.kind === 'refugee-claimant');
  const range = claimant?.from ? gregorianRange(claimant.from) : null;
  return range && range.earliest === range.latest ? range.earliest : undefined;
}

type Test = (c: Facts, rule: HcBarRule, asOf: string) => Outcome;

const tests: Record<HcBarCheck, Test> = {
  'pending-hc': (c) => ({ field: 'hc.pendingHc', result: c.hc.pendingHc ? 'barred' : 'clear' }),
  'pending-claim': (c) => ({ field: 'hc.pendingClaim', result: c.hc.pendingClaim ? 'barred' : 'clear' }),
  'pending-claim-amendment': () => ({ field: 'hc.pendingClaim', result: 'flag' }),
  'twelve-month-bar': (c, rule, asOf) => {
    const decided = c.hc.lastNegativeDecision;
    if (decided === undefined) return { field: 'hc.lastNegativeDecision', result: 'clear' };
    const period = monthBar(decided, rule.months ?? 12);
    const base = { field: 'hc.lastNegativeDecision', from: decided, ...period };
    if (decided > asOf) return { ...base, result: 'flag', message: `The decision date is after ${asOf}, the day checked: check the date.` };
    if (asOf > period.barEnds) return { ...base, result: 'clear' };
    const claimed = new Set(c.hc.exceptions.map((e) => e.kind));
    const exception = (rule.exceptions ?? []).find((e) => claimed.has(e.kind));
    if (!exception) return { ...base, result: 'barred' };
    return {
      ...base,
      result: 'excepted',
      exception: { kind: exception.kind, title: exception.title, citation: exception.citation },
      message: `${rule.message} The bar runs until ${period.barEnds}, but the exception claimed lifts it: ${exception.title.toLowerCase()} (IRPA ${exception.citation.pinpoint}).`,
    };
  },
  'trp-bar': (c, rule, asOf) => {
    const decided = c.hc.lastNegativeDecision;
    if (decided === undefined || decided > asOf) return { field: 'hc.lastNegativeDecision', result: 'clear' };
    const period = monthBar(decided, rule.months ?? 12);
    return { field: 'hc.lastNegativeDecision', from: decided, ...period, result: asOf > period.barEnds ? 'clear' : 'flag' };
  },
  'vtip-note': () => ({ field: 'hc', result: 'note' }),
  'claim-ineligible-one-year': (c, rule, asOf) => {
    const field = 'client.entries';
    const entry = firstEntryAfter(c, rule.enteredAfter ?? '2020-06-24');
    if (entry === null) return { field, result: 'clear' };
    if ('unsure' in entry)
      return {
        field,
        result: 'flag',
        message: `An entry date is too imprecise to tell whether it falls after ${rule.enteredAfter ?? ''}. ${rule.message}`,
      };
    const period = monthBar(entry.day, rule.months ?? 12);
    const claimed = claimDay(c);
    const late = claimed === undefined ? asOf > period.barEnds : claimed > period.barEnds;
    return { field: claimed === undefined ? field : 'hc.claimDate', from: entry.day, ...period, result: late ? 'flag' : 'clear' };
  },
};

/** Every bar check on the case as of a day (YYYY-MM-DD), in the rule data's order. */
export function checkHcBars(c: Facts, asOf: string, rules: HcBarRuleSet): HcBarReport {
  const findings = rules.rules.map((rule): HcBarFinding => {
    const { message, ...rest } = tests[rule.check](c, rule, asOf);
    // An amendment not yet in force is only ever shown: it never bars.
    const result = !rule.inForce && rest.result === 'barred' ? 'flag' : rest.result;
    return {
      ruleId: rule.id,
      check: rule.check,
      effect: rule.effect,
      title: rule.title,
      citation: rule.citation,
      status: rule.status,
      inForce: rule.inForce,
      ...rest,
      result,
      message: message ?? rule.message,
    };
  });
  return {
    asOf,
    rulesVersion: rules.version,
    findings,
    barred: findings.some((f) => f.result === 'barred' && f.effect === 'bar' && f.inForce),
  };
}
