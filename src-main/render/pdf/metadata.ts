import { PDFDict, PDFDocument, PDFName, PDFString } from '@cantoo/pdf-lib';

export interface PdfMetadata {
  readonly title: string;
  /** BCP-47, written to the catalog's /Lang so screen readers pick the right voice. */
  readonly lang: string;
  readonly subject?: string;
}

/**
 * Sets the document information and /Lang, and nothing else: Chromium's "Skia/PDF" producer is
 * replaced by "Dossier", and there is no Author, no file path and no pdf-lib trace. The page
 * content Chromium wrote is left untouched (saved without object streams, so the file stays
 * readable by every checker).
 */
export async function setPdfMetadata(pdf: Uint8Array, meta: PdfMetadata): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const info = doc.context.lookup(doc.context.trailerInfo.Info);
  if (info instanceof PDFDict) for (const key of info.keys()) info.delete(key);
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.subject !== undefined && meta.subject !== '') doc.setSubject(meta.subject);
  doc.setProducer('Dossier');
  doc.setCreator('Dossier');
  doc.setLanguage(meta.lang);
  doc.catalog.set(PDFName.of('Lang'), PDFString.of(meta.lang));
  return doc.save({ updateFieldAppearances: false });
}
