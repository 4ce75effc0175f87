import { z } from 'zod';
import { redactionReasons } from '../core/model/exhibit-copies.ts';
import { redactionPatternNames } from '../redaction/patterns.ts';
import { idField } from './channel-dto.ts';

/** A rectangle as the page is shown: fractions of its width and height from the top-left corner. */
const viewRect = z.object({
  x: z.number().min(0).max(1),
  y: z.number().min(0).max(1),
  width: z.number().min(0).max(1),
  height: z.number().min(0).max(1),
});

/** An area as a person measures it: points from the top-left corner of the page as shown. */
const shownArea = z.object({
  x: z.number().min(0).max(100_000),
  y: z.number().min(0).max(100_000),
  width: z.number().min(0).max(100_000),
  height: z.number().min(0).max(100_000),
});

const markDto = z.object({
  id: z.string(),
  page: z.int(),
  reason: z.enum(redactionReasons),
  note: z.string().optional(),
  source: z.enum(['area', 'search']),
  query: z.string().optional(),
  by: z.string().optional(),
  markedAt: z.string(),
  /** Where the mark is drawn over the page image. */
  view: viewRect,
  /** Where the mark is, as typed and printed in the redaction log. */
  area: shownArea,
});

const review = z.object({
  title: z.string(),
  pageCount: z.int(),
  /** Each page's shown size in points. */
  pages: z.array(z.object({ width: z.number(), height: z.number() })),
  basedOn: z.enum(['original', 'ocr']),
  marks: z.array(markDto),
  applied: z
    .object({
      appliedAt: z.string(),
      by: z.string().optional(),
      log: z.array(markDto),
      rasterised: z.array(z.int()),
    })
    .nullable(),
});

const target = z.object({ caseId: idField, exhibitId: idField });
const reasonInput = { reason: z.enum(redactionReasons), note: z.string().max(500).optional() };

const pageReport = z.object({
  page: z.int(),
  marks: z.int(),
  textRemoved: z.boolean(),
  imagePixels: z.int(),
  pathsRemoved: z.int(),
  linesKept: z.int(),
  annotationsRemoved: z.int(),
  rasterised: z.string().optional(),
});

/** Redaction: review an exhibit's marks over its page images, mark by area or search, apply, remove. */
export const redactionChannels = {
  redactionReview: { input: target, output: review },
  /** One page of the copy being redacted (or of the redacted copy) as a PNG data URL, rendered in the main process. */
  redactionPage: {
    input: target.extend({
      page: z.int().min(1),
      copy: z.enum(['base', 'redacted']).default('base'),
      scale: z.number().min(0.1).max(4).default(1),
    }),
    output: z.object({ dataUrl: z.string(), width: z.int(), height: z.int() }),
  },
  /** An area in points from the top-left corner of the page as shown (the UI converts what is drawn; the CLI passes what is typed). */
  redactionMarkArea: { input: target.extend({ page: z.int().min(1), area: shownArea, ...reasonInput }), output: review },
  redactionMarkSearch: {
    input: target.extend({
      query: z.union([z.object({ text: z.string().trim().min(1).max(500) }), z.object({ pattern: z.enum(redactionPatternNames) })]),
      ...reasonInput,
    }),
    output: z.object({ review, added: z.int(), hits: z.int() }),
  },
  redactionRemoveMark: { input: target.extend({ markId: idField }), output: review },
  redactionApply: { input: target, output: z.object({ review, pages: z.array(pageReport) }) },
  /** Drops the redacted copy; its marks come back for review. */
  redactionRemove: { input: target, output: review },
} as const;

export type RedactionReviewDto = z.infer<typeof review>;
export type RedactionMarkDto = z.infer<typeof markDto>;
export type RedactionPageReportDto = z.infer<typeof pageReport>;
