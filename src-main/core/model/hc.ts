import { z } from 'zod';
import { isoDateSchema } from './dates.ts';
import { idSchema, langTagSchema, shortText } from './primitives.ts';
import { coded } from '../issues/text.ts';

/** The H&C part of a case: bars, exceptions, factors, letters of support and the forms. */
export const hcFactorKinds = [
  'ESTABLISHMENT',
  'BIOC',
  'HARDSHIP',
  'COUNTRY_CONDITIONS',
  'HEALTH',
  'FAMILY_VIOLENCE',
  'SEPARATION',
  'INABILITY_TO_LEAVE',
  'OTHER',
] as const;

/** The refugee decisions that start the IRPA 25(1.2)(c) 12-month bar. */
export const hcDecisionKinds = ['RPD', 'RAD', 'FC_LEAVE_REFUSED', 'FC_JR_DISMISSED'] as const;
/** The IRPA 25(1.21) exceptions to the 12-month bar: (a) health care, (b) best interests of a directly affected child. */
export const hcExceptionKinds = ['HEALTH', 'BIOC'] as const;
/** The IRCC H&C kit (guide 5291). */
export const hcFormCodes = ['IMM0008', 'IMM5406', 'IMM5669', 'IMM5562', 'IMM5283', 'IMM5280', 'IMM5476', 'IMM5475'] as const;
export const hcFormStatuses = ['todo', 'done', 'signed', 'uploaded'] as const;

export const HC_NARRATIVE_MAX = 100_000;
const hcNarrative = z.string().max(HC_NARRATIVE_MAX, coded('narrativeTooLong')).default('');

export const hcFactorSchema = z.object({
  kind: z.enum(hcFactorKinds),
  /** Whether the submissions rely on it; a factor relied on needs evidence. */
  reliedOn: z.boolean().default(true),
  narrative: hcNarrative,
  exhibitIds: z.array(idSchema).max(500).default([]),
});

export const hcExceptionSchema = z.object({
  kind: z.enum(hcExceptionKinds),
  /** For BIOC: the directly affected child, a person in the case. */
  personId: idSchema.optional(),
  narrative: hcNarrative,
  exhibitIds: z.array(idSchema).max(500).default([]),
});

/** One letter of support in the register (the letters-of-support index). */
export const supportLetterSchema = z.object({
  id: idSchema,
  authorName: shortText.min(1),
  authorId: idSchema.optional(),
  relationship: shortText.default(''),
  lang: langTagSchema,
  /** A translation into English or French exists (or, with statementId, the statement's translation is used). */
  translated: z.boolean().default(false),
  statementId: idSchema.optional(),
  date: isoDateSchema.optional(),
  exhibitId: idSchema.optional(),
});

export const hcFormSchema = z.object({
  code: z.enum(hcFormCodes),
  status: z.enum(hcFormStatuses).default('todo'),
  note: shortText.default(''),
});

export const hcSchema = z
  .object({
    factors: z.array(hcFactorSchema).max(50).default([]),
    /** The date of the last negative RPD/RAD decision or Federal Court refusal (IRPA 25(1.2)(c)). */
    lastNegativeDecision: isoDateSchema.optional(),
    lastNegativeDecisionKind: z.enum(hcDecisionKinds).optional(),
    /** A refugee claim pending before the RPD or RAD (IRPA 25(1.2)(b)). */
    pendingClaim: z.boolean().default(false),
    pendingClaimBefore: z.enum(['RPD', 'RAD']).optional(),
    /** Another H&C request already pending (IRPA 25(1.2)(a)). */
    pendingHc: z.boolean().default(false),
    /** The day refugee protection was claimed, for IRPA 101(1)(b.1); the entries to Canada are read from the client. */
    claimDate: isoDateSchema.optional(),
    exceptions: z.array(hcExceptionSchema).max(10).default([]),
    /** The day the application was submitted (IRPR s.66: in writing, with the PR application). */
    submittedOn: isoDateSchema.optional(),
    /** A removal CBSA has scheduled: the application does not stay it (IRPR s.233), so it is tracked as a deadline. */
    removalScheduledFor: isoDateSchema.optional(),
    /** First-stage approval (approval in principle), from which IRPR s.233 stays removal. */
    firstStageApprovedOn: isoDateSchema.optional(),
    letters: z.array(supportLetterSchema).max(500).default([]),
    forms: z.array(hcFormSchema).max(50).default([]),
  })
  .superRefine((hc, ctx) => {
    const seen = new Set<string>();
    hc.forms.forEach((form, index) => {
      if (seen.has(form.code)) ctx.addIssue({ code: 'custom', path: ['forms', index, 'code'], message: coded('formListedTwice') });
      seen.add(form.code);
    });
    const letters = new Set<string>();
    hc.letters.forEach((letter, index) => {
      if (letters.has(letter.id)) ctx.addIssue({ code: 'custom', path: ['letters', index, 'id'], message: coded('duplicateId') });
      letters.add(letter.id);
    });
  });

export type Hc = z.infer<typeof hcSchema>;
export type HcFactor = z.infer<typeof hcFactorSchema>;
export type HcFactorKind = (typeof hcFactorKinds)[number];
export type HcException = z.infer<typeof hcExceptionSchema>;
export type SupportLetter = z.infer<typeof supportLetterSchema>;
export type HcFormCode = (typeof hcFormCodes)[number];
