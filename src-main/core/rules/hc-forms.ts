import { z } from 'zod';
import { hcFormCodes, type HcFormCode } from '../model/case.ts';
import { isoDateSchema } from '../model/dates.ts';
import { citationSchema, ruleStatusSchema } from './citation.ts';

/**
 * The IRCC H&C kit (guide 5291) as versioned data (templates/rules/hc-forms.json): each form's
 * number, official English and French title, how it is filed online, and what to watch for.
 * Titles and numbers come from the IMM 5283 and IMM 5280 copies; the split between the portal and
 * uploaded PDFs from a copy of the checklist only, so it carries its own status.
 */

/** `portal`: completed online in the PR portal; `upload`: a PDF uploaded; `signature`: a PDF signed, then uploaded. */
export const hcFilingMethods = ['portal', 'upload', 'signature'] as const;
export type HcFilingMethod = (typeof hcFilingMethods)[number];

const bilingual = z.object({ en: z.string().min(1).max(500), fr: z.string().min(1).max(500) });

export const hcFormInfoSchema = z.object({
  code: z.enum(hcFormCodes),
  /** As IRCC prints it: "IMM 5283". */
  number: z.string().regex(/^IMM \d{4}[A-Z]*$/),
  title: bilingual,
  filing: z.enum(hcFilingMethods),
  note: bilingual,
  citation: citationSchema,
  version: isoDateSchema,
  /** The number and the English title. */
  status: ruleStatusSchema,
  /** How it is filed and the note. */
  filingStatus: ruleStatusSchema,
  frenchTitleStatus: ruleStatusSchema,
});
export type HcFormInfo = z.infer<typeof hcFormInfoSchema>;

export const hcFormSetSchema = z.object({
  schema: z.literal('dossier.hc-forms/1'),
  version: isoDateSchema,
  guide: z.object({ number: z.string().min(1), title: bilingual, citation: citationSchema, status: ruleStatusSchema }),
  forms: z.array(hcFormInfoSchema),
});
export type HcFormSet = z.infer<typeof hcFormSetSchema>;

/** Parses the kit and checks it holds every form of the case model once, in the model's order. */
export function parseHcForms(json: unknown): HcFormSet {
  const set = hcFormSetSchema.parse(json);
  const codes = set.forms.map((f) => f.code);
  if (codes.length !== hcFormCodes.length || codes.some((code, i) => code !== hcFormCodes[i]))
    throw new Error(`The H&C forms file must list ${hcFormCodes.join(', ')} once each, in that order.`);
  return set;
}

/** One form of the kit; every code of the model is there (checked at load). */
export function hcFormInfo(set: HcFormSet, code: HcFormCode): HcFormInfo {
  const info = set.forms.find((f) => f.code === code);
  if (!info) throw new Error(`The H&C forms file has no entry for ${code}.`);
  return info;
}
