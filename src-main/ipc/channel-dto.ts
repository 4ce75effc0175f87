import { z } from 'zod';
import { errorCodes } from '../core/errors.ts';
import { exhibitSchema } from '../core/model/case.ts';
import { citationSchema } from '../core/rules/citation.ts';
import { packetPresetNames, portalPresetNames } from '../core/packet-presets.ts';

/** Schemas of the exhibit, packet and deadline channels, kept apart from the channel list in contract.ts. */
export const idField = z.string().min(1).max(64);

/** Per-exhibit size limit (300 MB: quality.md asks that a 300 MB scan import); the service enforces the same. */
export const MAX_EXHIBIT_BYTES = 300 * 2 ** 20;

/** Bytes arrive as a Uint8Array over Electron IPC, or as base64 over a JSON transport (the test bridge). */
export const exhibitBytes = z
  .union([z.instanceof(Uint8Array), z.base64().max(Math.ceil(MAX_EXHIBIT_BYTES / 3) * 4)])
  .transform((value) => (typeof value === 'string' ? base64Bytes(value) : value))
  .refine((bytes) => bytes.byteLength <= MAX_EXHIBIT_BYTES, 'The file is over the size limit per exhibit.');

export const base64Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes text that z.base64() has already checked (no whitespace, padded). */
export function base64Bytes(text: string): Uint8Array {
  const body = text.replace(/=+$/u, '');
  const bytes = new Uint8Array(Math.floor((body.length * 3) / 4));
  let bits = 0;
  let buffer = 0;
  let at = 0;
  for (const char of body) {
    buffer = (buffer << 6) | base64Alphabet.indexOf(char);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at] = (buffer >> bits) & 0xff;
      at += 1;
    }
  }
  return bytes;
}

/** A file's own name, reduced to its last path segment; it names the exhibit and is never used as a path. */
export const fileNameField = z
  .string()
  .max(1000)
  .transform((name) =>
    (name.split(/[\\/]/u).pop() ?? '')
      .replace(/\p{Cc}/gu, '')
      .trim()
      .slice(0, 255),
  )
  .refine((name) => name !== '' && name !== '.' && name !== '..', 'A file name is required.');

export const exhibitDetails = {
  title: z.string().max(500).optional(),
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/u)
    .optional(),
  author: z.string().max(500).optional(),
  lang: z.string().max(35).optional(),
  supports: z.array(z.string().max(500)).max(100).optional(),
  /** Attach the file to this exhibit already described in the case instead of adding a new one. */
  exhibitId: idField.optional(),
};

export const exhibitImportInput = z.object({ caseId: idField, fileName: fileNameField, bytes: exhibitBytes, ...exhibitDetails });
export const importWarning = z.object({ code: z.enum(['NOT_SEARCHABLE', 'ACTIVE_CONTENT_REMOVED', 'REPAIRED']), message: z.string() });
export const exhibitImported = z.object({ exhibit: exhibitSchema, warnings: z.array(importWarning) });
export const exhibitBatch = z.object({
  /** False when the user closed the file dialog without choosing. */
  chosen: z.boolean(),
  imported: z.array(exhibitImported.extend({ fileName: z.string() })),
  failed: z.array(z.object({ fileName: z.string(), error: z.object({ code: z.enum(errorCodes), message: z.string() }) })),
});

export { packetPresetNames, portalPresetNames };
export const presetName = z.enum(packetPresetNames);
const labelStyle = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('page-of') }),
  z.object({ kind: z.literal('short') }),
  z.object({ kind: z.literal('bates'), prefix: z.string().regex(/^[A-Za-z0-9 ._-]{0,12}$/u), pad: z.int().min(0).max(12) }),
]);
export const packetBuildOptions = z.object({
  maxBytes: z
    .int()
    .min(100_000)
    .max(2 ** 40)
    .optional(),
  maxPages: z.int().min(1).max(100_000).optional(),
  skipBadExhibits: z.boolean().default(false),
  labelStyle: labelStyle.optional(),
  startNumber: z.int().min(1).max(999_999_999).optional(),
  dividers: z.boolean().optional(),
  numberCover: z.boolean().optional(),
  numberList: z.boolean().optional(),
  formats: z
    .array(z.enum(['pdf', 'docx']))
    .min(1)
    .max(2)
    .optional(),
});
export const packetPreview = z.object({
  entries: z.array(
    z.object({
      /** Empty for a document before the list of documents (the cover letter). */
      tab: z.string(),
      depth: z.int(),
      /** The exhibit id, or the generated document's key. */
      key: z.string(),
      kind: z.enum(['generated', 'exhibit']),
      /** True when its page count is an estimate: generated documents are printed only by the build. */
      estimated: z.boolean(),
      title: z.string(),
      date: z.string().optional(),
      pages: z.int(),
      firstLabel: z.string(),
      lastLabel: z.string(),
      /** For a packet split by portal slot: the slot (file) its tab goes to. */
      file: z.string().optional(),
    }),
  ),
  lastNumber: z.int(),
  /** The numbering the build applies when nothing is changed: the preset's, as packet/plan/options.ts decides it. */
  numbering: z.object({
    labelStyle,
    startNumber: z.int(),
    dividers: z.boolean(),
    numberCover: z.boolean(),
    numberList: z.boolean(),
  }),
});
export const packetJobStatus = z.object({
  jobId: z.string(),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  progress: z.object({
    done: z.int(),
    total: z.int(),
    stage: z.enum(['starting', 'exhibits', 'generated-pages', 'assembly', 'fitting', 'done']),
  }),
  result: z
    .object({
      manifestPath: z.string(),
      volumes: z.array(z.object({ fileName: z.string(), pages: z.int(), bytes: z.int() })),
      skipped: z.array(z.object({ exhibitId: z.string(), code: z.string(), message: z.string() })),
      /** A packet split by portal slot: each file, its size as assembled and as written, and what fitting changed. */
      files: z
        .array(
          z.object({
            group: z.string(),
            title: z.string(),
            fileName: z.string(),
            pages: z.int(),
            assembledBytes: z.int(),
            bytes: z.int(),
            imagesChanged: z.int(),
            summary: z.object({ en: z.array(z.string()), fr: z.array(z.string()) }),
          }),
        )
        .optional(),
      /** What did not stop the build but needs counsel's eye. */
      warnings: z.array(z.object({ code: z.string(), path: z.string(), message: z.string() })).optional(),
      /** With a pseudonym: where the real name still appears and why (forms found, never the name). */
      realName: z
        .array(
          z.object({
            place: z.enum(['document', 'title', 'file-name', 'exhibits']),
            tab: z.string(),
            title: z.string(),
            forms: z.array(z.enum(['full', 'family', 'given', 'script', 'alias'])),
            reason: z.enum(['not-public', 'statement-text', 'entered-text', 'not-checked']),
          }),
        )
        .optional(),
      maxBytes: z.int().optional(),
    })
    .optional(),
  error: z
    .object({
      code: z.enum(errorCodes),
      message: z.string(),
      /** Every field a refused build names (an H&C application's bars and translations). */
      issues: z.array(z.object({ path: z.string(), message: z.string(), code: z.string().optional() })).optional(),
    })
    .optional(),
});

export const zonedInstantDto = z.object({
  utc: z.string(),
  tz: z.string(),
  local: z.object({ date: z.string(), time: z.string(), offset: z.string() }),
});

/** A time limit as the deadline engine computes it (core/rules): legal date, office target, citation, warnings. */
export const deadlineDto = z.object({
  kind: z.string(),
  ruleId: z.string(),
  title: z.string(),
  /** What the limit is attached to, by id. */
  subject: z.object({ type: z.enum(['episode', 'hearing', 'seized-item', 'removal', 'application']), id: z.string() }),
  /** The day or instant the period runs from (for limits before a hearing, the hearing). */
  from: z.string(),
  /** The earliest allowed date (s.57.1: a review may not be held earlier). */
  earliest: z.string().optional(),
  dueLaw: z.discriminatedUnion('type', [
    zonedInstantDto.extend({ type: z.literal('instant') }),
    z.object({ type: z.literal('date'), date: z.string() }),
    z.object({ type: z.literal('asap'), before: zonedInstantDto }),
  ]),
  /** The date before IA s.26 moved it, when it did. */
  dueUnrolled: z.string().optional(),
  dueOffice: z.string(),
  basis: citationSchema,
  ruleVersion: z.string(),
  status: z.enum(['verified', 'unconfirmed', 'overridden']),
  overrideReason: z.string().optional(),
  satisfiedBy: z.string().optional(),
  /** A review limit on a day the Division does not sit: the closed days with their holidays, and the next sitting day. */
  sitting: z
    .object({
      closed: z.array(z.object({ date: z.string(), holidays: z.array(z.object({ name: z.string(), nameFr: z.string() })) })),
      next: z.string(),
    })
    .optional(),
  warnings: z.array(z.object({ code: z.string(), message: z.string() })),
});
