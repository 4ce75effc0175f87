import { rgb, type PDFDocument, type PDFFont } from '@cantoo/pdf-lib';

/**
 * A divider page: `text` ("TAB 12", "ONGLET 12") in large Latin letters and digits only (titles, which may be in any
 * script, are in the list of documents and the bookmarks, printed by Chromium).
 */
export function addDividerPage(doc: PDFDocument, text: string, font: PDFFont): void {
  const page = doc.addPage([612, 792]);
  const size = 48;
  const width = font.widthOfTextAtSize(text, size);
  page.drawText(text, { x: (612 - width) / 2, y: 396 - size / 3, size, font, color: rgb(0, 0, 0) });
}
