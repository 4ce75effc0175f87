import { z } from 'zod';
import { isoDateSchema } from './dates.ts';
import { idSchema, longText, shortText } from './primitives.ts';
import { coded } from '../issues/text.ts';

/**
 * Matters that run beside the detention or the H&C request: a refugee claim found ineligible
 * (IRPA s.101), the pre-removal risk assessment that follows it, a temporary resident permit for
 * victims of trafficking, a vulnerable-worker open work permit, a labour or employment-standards
 * complaint, and anything else counsel tracks. The one list: the model, the timeline's derived
 * rows, the documents and the UI read it.
 */
export const proceedingKinds = [
  'refugee-claim-ineligible',
  'prra',
  'vtip-trp',
  'vulnerable-worker-owp',
  'labour-complaint',
  'other',
] as const;
export type ProceedingKind = (typeof proceedingKinds)[number];

/** Where a parallel matter stands. */
export const proceedingStatuses = ['planned', 'filed', 'granted', 'refused', 'withdrawn', 'closed'] as const;
export type ProceedingStatus = (typeof proceedingStatuses)[number];

export const parallelProceedingSchema = z
  .object({
    id: idSchema,
    kind: z.enum(proceedingKinds),
    /** For `other`: what the matter is, in counsel's words. */
    label: shortText.optional(),
    status: z.enum(proceedingStatuses).default('planned'),
    /** The number the office handling it gave (IRCC application, provincial complaint file…). */
    fileNumber: shortText.optional(),
    /** The day it was made or filed (for an ineligible claim: the day the claim was made). */
    filedOn: isoDateSchema.optional(),
    /** The day it was decided (for an ineligible claim: the ineligibility decision). */
    decidedOn: isoDateSchema.optional(),
    note: longText.optional(),
  })
  .superRefine((p, ctx) => {
    if (p.filedOn !== undefined && p.decidedOn !== undefined && p.decidedOn < p.filedOn)
      ctx.addIssue({ code: 'custom', path: ['decidedOn'], message: coded('decidedBeforeFiled') });
    if (p.kind === 'other' && (p.label ?? '').trim() === '')
      ctx.addIssue({ code: 'custom', path: ['label'], message: coded('proceedingNeedsLabel') });
  });

export type ParallelProceeding = z.infer<typeof parallelProceedingSchema>;
export type ParallelProceedingInput = z.input<typeof parallelProceedingSchema>;

export const parallelProceedingsSchema = z.array(parallelProceedingSchema).max(50);
