import { z } from 'zod';
import data from '../../../templates/rules/applications.json' with { type: 'json' };
import { DossierError, type FieldIssue } from '../errors.ts';
import { fieldIssue } from '../issues/text.ts';
import { fieldIssuesOf } from '../issues/zod.ts';
import { applicationKinds, type ApplicationKind } from '../model/applications.ts';
import { isoDateSchema } from '../model/dates.ts';
import { hearingTypes, type HearingType } from '../model/detention.ts';
import { ruleRecordSchema } from './rule-record.ts';

/**
 * When an ID Rules application must be received: counted back from the hearing it is for (as soon
 * as possible, or at least N clear days before, IA s.27(1)), or before the review period ends (r.9).
 */
export const applicationCountingSchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('asap') }),
  z.object({ method: z.literal('clear-days-before'), days: z.int().min(0).max(365) }),
  z.object({ method: z.literal('period-end') }),
]);

export const applicationRuleSchema = ruleRecordSchema.extend({
  application: z.enum(applicationKinds),
  /** What the limit counts from: the hearing the application is for, or the end of the running review period. */
  anchor: z.enum(['hearing', 'review-period-end']),
  /** For hearing anchors: the hearings this record covers. */
  hearingTypes: z.array(z.enum(hearingTypes)).optional(),
  counting: applicationCountingSchema,
  /** Whether the Rules allow the application orally at a proceeding, or only in writing. */
  form: z.enum(['written', 'oral-or-written']),
  note: z.string().optional(),
});
export type ApplicationRule = z.infer<typeof applicationRuleSchema>;

export const applicationRuleTableSchema = z.object({
  schema: z.literal('dossier.applications/1'),
  version: isoDateSchema,
  rules: z.array(applicationRuleSchema).min(1),
});
export type ApplicationRuleTable = z.infer<typeof applicationRuleTableSchema>;

/**
 * Parses the table, every bad field at once; a record id used twice, or a hearing type two records
 * of the same application both claim, is refused (the limit would be ambiguous).
 */
export function parseApplicationRules(input: unknown): ApplicationRuleTable {
  const parsed = applicationRuleTableSchema.safeParse(input);
  if (!parsed.success) {
    const issues = fieldIssuesOf(parsed.error, 'applications');
    throw new DossierError('VALIDATION', `The applications rules data is not valid: ${issues.map((i) => i.path).join(', ')}`, issues);
  }
  const issues: FieldIssue[] = [];
  const ids = new Set<string>();
  const claimed = new Set<string>();
  for (const [index, rule] of parsed.data.rules.entries()) {
    if (ids.has(rule.id)) issues.push(fieldIssue(`applications.rules.${String(index)}.id`, 'ruleIdTwice'));
    ids.add(rule.id);
    for (const type of rule.hearingTypes ?? []) {
      const key = `${rule.application}:${type}`;
      if (claimed.has(key)) issues.push(fieldIssue(`applications.rules.${String(index)}.hearingTypes`, 'ruleIdTwice'));
      claimed.add(key);
    }
  }
  if (issues.length > 0)
    throw new DossierError('VALIDATION', `The applications rules data is not valid: ${issues.map((i) => i.path).join(', ')}`, issues);
  return parsed.data;
}

let shipped: ApplicationRuleTable | undefined;

/** The shipped table (templates/rules/applications.json), parsed once. */
export function shippedApplicationRules(): ApplicationRuleTable {
  shipped ??= parseApplicationRules(data);
  return shipped;
}

/** The record that governs an application of `kind` for a hearing of `type` (or the r.9 record, which has no hearing). */
export function applicationRuleFor(
  table: ApplicationRuleTable,
  kind: ApplicationKind,
  type: HearingType | undefined,
): ApplicationRule | undefined {
  return table.rules.find(
    (r) => r.application === kind && (r.anchor === 'review-period-end' || (type !== undefined && (r.hearingTypes ?? []).includes(type))),
  );
}
