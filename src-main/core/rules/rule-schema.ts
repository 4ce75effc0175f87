import { z } from 'zod';
import { isoDateSchema } from '../model/dates.ts';
import { hearingTypes } from '../model/detention.ts';
import { ruleRecordSchema } from './rule-record.ts';

export const deadlineKinds = [
  '48H-review',
  '7D-review',
  '30D-review',
  'DFN-first-review',
  'DFN-6M-review',
  'disclosure',
  'interpreter-notice',
  'minister-information',
  'written-reasons-request',
  'seizure-return',
  'removal',
  /** An ID Rules application the case records (core/rules/application-deadlines.ts). */
  'application',
] as const;
export type DeadlineKind = (typeof deadlineKinds)[number];

/** How the period is counted; each method names the Interpretation Act provision it follows. */
export const countingSchema = z.discriminatedUnion('method', [
  /** Real elapsed hours from an instant (IRPA 57(1)): across a daylight-saving change the wall clock shifts. */
  z.object({ method: z.literal('elapsed-hours'), hours: z.int().min(1).max(10_000) }),
  /** IA s.27(4)/(5): first day excluded, last day included. */
  z.object({ method: z.literal('days-after'), days: z.int().min(1).max(3660) }),
  /** IA s.28: same day-number of the later month, or its last day. `notBefore`: the review may not be held earlier. */
  z.object({ method: z.literal('months-after'), months: z.int().min(1).max(120), notBefore: z.boolean().default(false) }),
  /** IA s.27(1): neither the day of acting nor the event day counts. */
  z.object({ method: z.literal('clear-days-before'), days: z.int().min(0).max(365) }),
  /** ID Rules for 48-hour and 7-day reviews: as soon as possible, no fixed day. */
  z.object({ method: z.literal('asap') }),
  /** A day an authority set (a removal CBSA scheduled): nothing is counted. */
  z.object({ method: z.literal('on-date') }),
]);
export type Counting = z.infer<typeof countingSchema>;

export const triggers = [
  'detention-start',
  'first-review',
  'previous-review',
  'hearing',
  'decision',
  'seizure-notice',
  'removal-scheduled',
] as const;

export const timeLimitRuleSchema = ruleRecordSchema.extend({
  kind: z.enum(deadlineKinds),
  trigger: z.enum(triggers),
  /** For hearing and decision triggers: which hearings the record covers. */
  hearingTypes: z.array(z.enum(hearingTypes)).optional(),
  /** Only when the hearing records an interpreter request (ID Rule 17). */
  requiresInterpreter: z.boolean().default(false),
  /** Review schedules: the ordinary s.57 one or the s.57.1 one for designated foreign nationals. */
  schedule: z.enum(['ordinary', 'designated']).optional(),
  counting: countingSchema,
  holidays: z.enum(['IA', 'FCR', 'none']),
  /** IA s.26 applies: a limit ending on a holiday moves to the next non-holiday. */
  rollForward: z.boolean(),
  note: z.string().optional(),
});
export type TimeLimitRule = z.infer<typeof timeLimitRuleSchema>;

export const timeLimitTableSchema = z.object({
  schema: z.literal('dossier.time-limits/1'),
  version: isoDateSchema,
  rules: z.array(timeLimitRuleSchema).min(1),
});
export type TimeLimitTable = z.infer<typeof timeLimitTableSchema>;
