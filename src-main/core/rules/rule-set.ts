import type { z } from 'zod';
import { fieldIssue } from '../issues/text.ts';
import { fieldIssuesOf } from '../issues/zod.ts';
import { DossierError, type FieldIssue } from '../errors.ts';
import type { HolidayRegime } from './calendar.ts';
import { holidayTableSchema, type HolidayTable } from './holiday-schema.ts';
import { type Counting, type TimeLimitRule, timeLimitTableSchema, type TimeLimitTable } from './rule-schema.ts';

/** The two data files of templates/rules/, parsed. The engine never reads files itself. */
export interface RuleSet {
  readonly timeLimits: TimeLimitTable;
  readonly holidays: HolidayTable;
}

/**
 * A user's correction to one record, for readings the data marks unconfirmed (or a member's order
 * under ID Rule 50 changing a time limit). The reason is shown with every deadline it touches.
 */
export interface RuleOverride {
  readonly ruleId: string;
  readonly reason: string;
  readonly counting?: Counting;
  readonly holidays?: HolidayRegime;
  readonly rollForward?: boolean;
  /** Switch the record off entirely (for example when the ID waived the limit). */
  readonly disabled?: boolean;
}

function issuesOf(prefix: string, error: z.ZodError): FieldIssue[] {
  return fieldIssuesOf(error, prefix);
}

/** Parses both files, reporting every bad field at once with its path inside the file. */
export function parseRuleSet(input: { timeLimits: unknown; holidays: unknown }): RuleSet {
  const limits = timeLimitTableSchema.safeParse(input.timeLimits);
  const holidays = holidayTableSchema.safeParse(input.holidays);
  const issues = [
    ...(limits.success ? [] : issuesOf('timeLimits', limits.error)),
    ...(holidays.success ? [] : issuesOf('holidays', holidays.error)),
  ];
  if (!limits.success || !holidays.success)
    throw new DossierError('VALIDATION', `The rules data is not valid: ${issues.map((i) => i.path).join(', ')}`, issues);
  const ids = new Set<string>();
  for (const [index, rule] of limits.data.rules.entries()) {
    if (ids.has(rule.id)) issues.push(fieldIssue(`timeLimits.rules.${String(index)}.id`, 'ruleIdTwice'));
    ids.add(rule.id);
  }
  const holidayIds = new Set(holidays.data.holidays.map((h) => h.id));
  for (const [index, h] of holidays.data.holidays.entries()) {
    if (h.rule.type === 'weekend-substitute' && !h.rule.of.every((id) => holidayIds.has(id)))
      issues.push(fieldIssue(`holidays.holidays.${String(index)}.rule.of`, 'holidayUnknown'));
  }
  if (issues.length > 0)
    throw new DossierError('VALIDATION', `The rules data is not valid: ${issues.map((i) => i.path).join(', ')}`, issues);
  return { timeLimits: limits.data, holidays: holidays.data };
}

export interface ResolvedRule {
  readonly rule: TimeLimitRule;
  readonly status: TimeLimitRule['status'] | 'overridden';
  readonly overrideReason?: string;
}

/** Applies overrides to the table; an override naming an unknown rule is refused rather than ignored. */
export function resolveRules(table: TimeLimitTable, overrides: readonly RuleOverride[]): ResolvedRule[] {
  const issues: FieldIssue[] = [];
  overrides.forEach((o, index) => {
    if (!table.rules.some((r) => r.id === o.ruleId)) issues.push(fieldIssue(`overrides.rules.${String(index)}.ruleId`, 'unknownRule'));
    if (o.reason.trim().length === 0) issues.push(fieldIssue(`overrides.rules.${String(index)}.reason`, 'ruleOverrideReason'));
  });
  if (issues.length > 0) throw new DossierError('VALIDATION', 'An override is not valid.', issues);
  const resolved: ResolvedRule[] = [];
  for (const rule of table.rules) {
    const o = overrides.find((x) => x.ruleId === rule.id);
    if (!o) {
      resolved.push({ rule, status: rule.status });
      continue;
    }
    if (o.disabled === true) continue;
    resolved.push({
      rule: {
        ...rule,
        counting: o.counting ?? rule.counting,
        holidays: o.holidays ?? rule.holidays,
        rollForward: o.rollForward ?? rule.rollForward,
      },
      status: 'overridden',
      overrideReason: o.reason,
    });
  }
  return resolved;
}
