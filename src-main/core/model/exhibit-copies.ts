import { z } from 'zod';
import { idSchema, langTagSchema, shortText } from './primitives.ts';

/**
 * The copies Dossier makes of an exhibit, beside its untouched original: a searchable copy (the
 * original's pages with an invisible OCR text layer) and a redacted copy. Each is its own
 * encrypted blob; the original is never changed. `filedCopy` is the one rule for which of them
 * a packet files.
 */

const sha256Schema = z.string().regex(/^[a-f0-9]{64}$/);

/** A rectangle in PDF page space: points from the page's bottom-left corner, as PDFium reports them. */
export const pdfRectSchema = z
  .object({ left: z.number().finite(), bottom: z.number().finite(), right: z.number().finite(), top: z.number().finite() })
  .refine((r) => r.right > r.left && r.top > r.bottom, { message: 'a rectangle needs a width and a height' });

export const exhibitOcrSchema = z.object({
  blobId: idSchema,
  sha256: sha256Schema,
  /** Trained-data languages the pages were read with, as tags ("en", "fr"). */
  langs: z.array(langTagSchema).min(1).max(8),
  /** 1-based pages given a text layer by OCR. */
  pages: z.array(z.int().min(1)).max(100_000),
  madeAt: z.string().max(40),
  /** The OCR engine and its version, for the record. */
  engine: shortText,
  /** Tesseract's mean word confidence over the pages read, 0–100. */
  meanConfidence: z.number().min(0).max(100).optional(),
});

export const redactionReasons = ['thirdParty', 'contact', 'address', 'minor', 'safety', 'privilege', 'other'] as const;

/**
 * A rectangle as a person measures it on the page as shown (rotation and crop box applied): points
 * from the page's top-left corner, then width and height. How areas are typed and printed.
 */
export const shownAreaSchema = z.object({
  x: z.number().finite().min(0),
  y: z.number().finite().min(0),
  width: z.number().finite().min(0),
  height: z.number().finite().min(0),
});

export const redactionMarkSchema = z.object({
  id: idSchema,
  /** 1-based page of the exhibit. */
  page: z.int().min(1),
  /** Where the engine applies the mark: PDF page space. */
  rect: pdfRectSchema,
  /**
   * The same place as a person reads it (shownAreaSchema), worked out from `rect` through the
   * engine when the mark is made, so the redaction log can print it without opening the PDF.
   * Marks made before it was kept gain it when next applied.
   */
  shown: shownAreaSchema.optional(),
  reason: z.enum(redactionReasons),
  note: shortText.optional(),
  /** Drawn by hand, or made from a search hit (then the text searched for). */
  source: z.enum(['area', 'search']),
  query: shortText.optional(),
  by: shortText.optional(),
  markedAt: z.string().max(40),
});

export const appliedRedactionSchema = z.object({
  blobId: idSchema,
  sha256: sha256Schema,
  appliedAt: z.string().max(40),
  by: shortText.optional(),
  /** The copy the marks were applied to: the original, or the searchable (OCR) copy. */
  basedOn: z.enum(['original', 'ocr']),
  /** The marks applied, as they were when applied: the redaction log. */
  log: z.array(redactionMarkSchema).max(10_000),
  /** 1-based pages replaced by their picture because their objects could not be edited safely (their text layer is gone). */
  rasterised: z.array(z.int().min(1)).max(100_000).optional(),
});

export const exhibitRedactionSchema = z.object({
  /** Marks under review, not yet applied. */
  marks: z.array(redactionMarkSchema).max(10_000).default([]),
  applied: appliedRedactionSchema.optional(),
});

export type PdfRectRecord = z.infer<typeof pdfRectSchema>;
export type ShownAreaRecord = z.infer<typeof shownAreaSchema>;
export type ExhibitOcr = z.infer<typeof exhibitOcrSchema>;
export type RedactionReason = (typeof redactionReasons)[number];
export type RedactionMark = z.infer<typeof redactionMarkSchema>;
export type AppliedRedaction = z.infer<typeof appliedRedactionSchema>;
export type ExhibitRedaction = z.infer<typeof exhibitRedactionSchema>;

export interface FiledCopy {
  readonly blobId: string;
  readonly sha256: string;
  readonly kind: 'original' | 'ocr' | 'redacted';
}

/** Which copy of an exhibit a packet files: the redacted one if marks were applied, else the searchable one, else the original. */
export function filedCopy(exhibit: {
  readonly blobId?: string | undefined;
  readonly sha256?: string | undefined;
  readonly ocr?: ExhibitOcr | undefined;
  readonly redaction?: ExhibitRedaction | undefined;
}): FiledCopy | undefined {
  const applied = exhibit.redaction?.applied;
  if (applied) return { blobId: applied.blobId, sha256: applied.sha256, kind: 'redacted' };
  if (exhibit.ocr) return { blobId: exhibit.ocr.blobId, sha256: exhibit.ocr.sha256, kind: 'ocr' };
  if (exhibit.blobId !== undefined && exhibit.sha256 !== undefined)
    return { blobId: exhibit.blobId, sha256: exhibit.sha256, kind: 'original' };
  return undefined;
}
