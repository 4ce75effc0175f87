import { z } from 'zod';
import { issueCodes } from '../core/issues/catalog.ts';
import { documentKinds } from '../documents/builders/document-types.ts';
import { idField } from './channel-dto.ts';

/** Schemas of the generated-document channels (render, preview, save), kept apart from the channel list in contract.ts. */

export const docLang = z.enum(['en', 'fr']);

/** A field problem with its stable code (translated by the renderer as `validation.<code>`) and its English message. */
export const fieldIssueDto = z.object({
  path: z.string(),
  code: z.enum(issueCodes),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  message: z.string(),
});

/** Which statement, bondsperson, hearing or service record the document is for; each kind has its default. */
export const documentOptions = z
  .object({
    statementId: idField,
    /** Which of the statement's translations (English or French); its first by default. */
    translationLang: z.enum(['en', 'fr']),
    personId: idField,
    hearingId: idField,
    serviceId: idField,
    applicationId: idField,
    exhibitId: idField,
    filingOnly: z.boolean(),
  })
  .partial()
  .default({});

/** One document of one case, in one language. */
export const documentRequest = z.object({
  caseId: idField,
  kind: z.enum(documentKinds),
  lang: docLang,
  options: documentOptions,
});

const millimetres = z.number().min(0).max(500);

/**
 * The print HTML of a document and its page (size and margins in mm), or, when the case lacks
 * what the document needs, the problems, each at its field.
 */
export const documentPreviewDto = z.object({
  html: z.string().nullable(),
  title: z.string().nullable(),
  page: z
    .object({
      size: z.enum(['letter', 'a4']),
      margins: z.object({ top: millimetres, right: millimetres, bottom: millimetres, left: millimetres }),
    })
    .nullable(),
  problems: z.array(fieldIssueDto),
  /** What to check before filing a document that can be made (a real name left under a pseudonym). */
  warnings: z.array(fieldIssueDto),
});

/** What a save wrote: false when the dialog was closed; the file's path; whether it replaced a file. */
export const documentSavedDto = z.object({
  saved: z.boolean(),
  fileName: z.string(),
  path: z.string().nullable(),
  replaced: z.boolean(),
});

/** One document of a case whose paragraphs the advocate rewords: `target` is the statement or bondsperson it is for, where it has one. */
export const wordingDocument = z.object({ caseId: idField, kind: z.enum(documentKinds), lang: docLang, target: idField.optional() });
export const wordingParagraphs = z.object({
  /** The case's revision after the call, for the case editor to reload at. */
  revision: z.int(),
  /** Each paragraph the template prints, with the text printed instead when the case rewords it. */
  paragraphs: z.array(z.object({ original: z.string(), text: z.string(), edited: z.boolean() })),
  /** Edits whose original the document no longer prints (the case data changed): shown, never dropped. */
  stale: z.array(z.object({ original: z.string(), text: z.string() })),
});
