import sharp from 'sharp';
import type { PdfDocument } from './pdfium.ts';

/** The largest page image Dossier renders, in pixels a side (a Letter page at about 400 dpi). */
export const MAX_PAGE_PIXELS = 4400;

/**
 * A page as a PNG at `scale` pixels per point (1 = 72 dpi), capped at MAX_PAGE_PIXELS a side so a
 * poster-sized page cannot exhaust memory. Rendered and encoded in memory; nothing touches disk.
 */
export async function pagePng(doc: PdfDocument, index: number, scale: number): Promise<{ png: Uint8Array; width: number; height: number }> {
  const size = doc.pageSize(index);
  const fit = Math.min(scale, MAX_PAGE_PIXELS / Math.max(1, size.width), MAX_PAGE_PIXELS / Math.max(1, size.height));
  const page = doc.renderPage(index, fit);
  const png = await sharp(page.rgba, { raw: { width: page.width, height: page.height, channels: 4 } })
    .png({ compressionLevel: 3 })
    .toBuffer();
  return { png: new Uint8Array(png), width: page.width, height: page.height };
}
