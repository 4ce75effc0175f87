import { z } from 'zod';
import { isoDateSchema } from '../model/dates.ts';
import { citationSchema, ruleStatusSchema } from './citation.ts';

/**
 * What every rule record shipped as data carries, whatever it checks: a stable id, a title, the
 * provision it comes from, the date of the instrument's version it was checked against, and
 * whether that reading is verified or unconfirmed. Each rule table extends this one schema.
 */
export const ruleRecordSchema = z.object({
  id: z.string().regex(/^[a-z0-9.-]+$/),
  title: z.string().min(1),
  citation: citationSchema,
  /** Date of the version of the instrument the record was checked against. */
  version: isoDateSchema,
  status: ruleStatusSchema,
});
export type RuleRecord = z.infer<typeof ruleRecordSchema>;

/** A rule record whose finding is shown to counsel, in the record's own words. */
export const findingRuleSchema = ruleRecordSchema.extend({ message: z.string().min(1) });
