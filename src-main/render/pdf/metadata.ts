import { PDFDict, PDFDocument, PDFName, PDFString } from '@cantoo/pdf-lib';
import { mendRightToLeftText } from './text-layer.ts';

export interface PdfMetadata {
  readonly title: string;
  /** BCP-47, written to the catalog's /Lang so screen readers pick the right voice. */
  readonly lang: string;
  readonly subject?: string;
  /** Search words, e.g. the case's file numbers. */
  readonly keywords?: readonly string[];
}

/**
 * Only what we choose, for every PDF Dossier writes (a printed document, a packet volume): Title
 * (shown in the window title bar), an optional Subject and Keywords (the file numbers), /Lang, and "Dossier" as producer and
 * creator. Chromium's "Skia/PDF" producer goes; no Author, no dates (so the same inputs give
 * byte-identical output), no XMP, no file path, no pdf-lib trace.
 */
export function writePdfMetadata(doc: PDFDocument, meta: PdfMetadata): void {
  const info = doc.context.lookup(doc.context.trailerInfo.Info);
  if (info instanceof PDFDict) for (const key of info.keys()) info.delete(key);
  doc.catalog.delete(PDFName.of('Metadata'));
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.subject !== undefined && meta.subject !== '') doc.setSubject(meta.subject);
  if (meta.keywords !== undefined && meta.keywords.length > 0) doc.setKeywords([...meta.keywords]);
  doc.setProducer('Dossier');
  doc.setCreator('Dossier');
  doc.catalog.set(PDFName.of('Lang'), PDFString.of(meta.lang));
}

/**
 * The metadata of a PDF Chromium printed, and its right-to-left words mended for text
 * extraction (text-layer.ts); what the pages show is left untouched (saved without object
 * streams, so the file stays readable by every checker).
 */
export async function setPdfMetadata(pdf: Uint8Array, meta: PdfMetadata): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  mendRightToLeftText(doc);
  writePdfMetadata(doc, meta);
  return doc.save({ updateFieldAppearances: false });
}
