import { PDFDict, PDFName, PDFString, type PDFDocument } from '@cantoo/pdf-lib';

/**
 * Only what we choose: Title (shown in the window title bar), /Lang, and "Dossier" as producer
 * and creator. No author, no dates (so the same inputs give byte-identical output), no XMP, no
 * file paths, no pdf-lib trace.
 */
export function setPacketMetadata(doc: PDFDocument, title: string, lang: string): void {
  const info = doc.context.lookup(doc.context.trailerInfo.Info);
  if (info instanceof PDFDict) for (const key of info.keys()) info.delete(key);
  doc.catalog.delete(PDFName.of('Metadata'));
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setProducer('Dossier');
  doc.setCreator('Dossier');
  doc.catalog.set(PDFName.of('Lang'), PDFString.of(lang));
}
