import { z } from 'zod';
import { exhibitOcrSchema } from '../core/model/exhibit-copies.ts';
import { exhibitBatch, idField } from './channel-dto.ts';

/**
 * Channels of the evidence tools: OCR as a job the renderer polls (progress per page, cancel),
 * search inside a case, and splitting a disclosure (pick the file in the main process, see its
 * pages as small PNGs, cut it). Spread into the one contract in contract.ts.
 */

const ocrJobStatus = z.object({
  jobId: z.string(),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  /** 1-based page being read, pages read so far, pages to read. */
  progress: z.object({ page: z.int(), done: z.int(), total: z.int() }),
  result: z
    .object({
      ocr: exhibitOcrSchema,
      wordsPlaced: z.int(),
      wordsWithoutGlyphs: z.int(),
      pagesWithoutText: z.array(z.int()),
    })
    .optional(),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
});

const packetPlace = z.object({ tab: z.string(), volume: z.int(), page: z.int(), builtAt: z.string(), stale: z.boolean() });

const searchHit = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('exhibit'),
    exhibitId: z.string(),
    title: z.string(),
    page: z.int(),
    snippet: z.string(),
    packet: packetPlace.optional(),
  }),
  z.object({
    kind: z.literal('statement'),
    statementId: z.string(),
    title: z.string(),
    paragraph: z.int(),
    translation: z.string().optional(),
    snippet: z.string(),
  }),
  z.object({ kind: z.literal('timeline'), eventId: z.string(), when: z.string().optional(), snippet: z.string() }),
  z.object({ kind: z.literal('document'), documentTranslationId: z.string(), document: z.string(), lang: z.string(), snippet: z.string() }),
  z.object({
    kind: z.literal('generated'),
    documentKind: z.string(),
    title: z.string(),
    lang: z.string(),
    snippet: z.string(),
    packet: z.object({ tab: z.string(), volume: z.int(), page: z.int(), builtAt: z.string() }).optional(),
  }),
]);

const splitPart = z.object({
  first: z.int().min(1),
  last: z.int().min(1),
  title: z.string().trim().min(1).max(500),
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/u)
    .optional(),
});

export const evidenceChannels = {
  exhibitOcrStart: {
    input: z.object({ caseId: idField, exhibitId: idField, lang: z.enum(['eng', 'fra']), allPages: z.boolean().default(false) }),
    output: z.object({ jobId: z.string() }),
  },
  exhibitOcrStatus: { input: z.object({ jobId: idField }), output: ocrJobStatus },
  exhibitOcrCancel: { input: z.object({ jobId: idField }), output: ocrJobStatus },
  caseSearch: {
    input: z.object({ caseId: idField, query: z.string().max(200) }),
    output: z.object({ query: z.string(), hits: z.array(searchHit), truncated: z.boolean() }),
  },
  /** Asks for the disclosure with the open dialog; the file stays in the main process under `token`. */
  disclosurePick: {
    input: z.object({ caseId: idField }),
    output: z.union([
      z.object({ picked: z.literal(false) }),
      z.object({
        picked: z.literal(true),
        token: z.string(),
        fileName: z.string(),
        pages: z.int(),
        /** Each page's shown size in points, so a thumbnail not yet loaded keeps its page's shape. */
        sizes: z.array(z.object({ width: z.number(), height: z.number() })),
        bookmarkParts: z.array(splitPart),
      }),
    ]),
  },
  /** Small PNGs of pages `from`..`to` (at most 24 a call), as data: URLs. */
  disclosurePages: {
    input: z.object({ token: idField, from: z.int().min(1), to: z.int().min(1) }),
    output: z.array(z.object({ page: z.int(), dataUrl: z.string() })),
  },
  disclosureSplit: { input: z.object({ token: idField, parts: z.array(splitPart).min(1).max(2000) }), output: exhibitBatch },
  disclosureClose: { input: z.object({ token: idField }), output: z.null() },
} as const;

export type OcrJobStatusDto = z.infer<typeof ocrJobStatus>;
export type SearchHitDto = z.infer<typeof searchHit>;
export type SplitPartDto = z.infer<typeof splitPart>;
