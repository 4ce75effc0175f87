import { degrees, PDFDocument } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { PdfDocument } from '../../../src-main/pdf-engine/pdfium.ts';
import { pageToShown, shownToPage } from '../../../src-main/redaction/page-geometry.ts';

/** A letter page, then the same page turned a quarter (shown 792 wide and 612 high). */
async function twoPages(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([612, 792]);
  doc.addPage([612, 792]).setRotation(degrees(90));
  return doc.save();
}

describe('areas as a person measures them, and page space for the engine', () => {
  it('reads points from the top-left corner of an upright page, the page space counting from the bottom left', async () => {
    await PdfDocument.with(await twoPages(), (doc) => {
      const rect = shownToPage(doc, 0, { x: 72, y: 72, width: 144, height: 18 });
      expect([rect.left, rect.bottom, rect.right, rect.top].map((n) => Math.round(n * 10) / 10)).toEqual([72, 702, 216, 720]);
      expect(pageToShown(doc, 0, rect)).toEqual({ x: 72, y: 72, width: 144, height: 18 });
    });
  });

  it('reads a turned page as it is shown, and round-trips through page space', async () => {
    await PdfDocument.with(await twoPages(), (doc) => {
      expect(doc.pageSize(1)).toEqual({ width: 792, height: 612 });
      const area = { x: 500, y: 40, width: 200, height: 30 };
      const rect = shownToPage(doc, 1, area);
      // Turned a quarter, the shown width runs along the page's height in page space.
      expect(Math.round(rect.top - rect.bottom)).toBe(200);
      expect(Math.round(rect.right - rect.left)).toBe(30);
      expect(pageToShown(doc, 1, rect)).toEqual(area);
    });
  });

  it('keeps a typed area inside the page', async () => {
    await PdfDocument.with(await twoPages(), (doc) => {
      expect(pageToShown(doc, 0, shownToPage(doc, 0, { x: 600, y: 780, width: 100, height: 100 }))).toEqual({
        x: 600,
        y: 780,
        width: 12,
        height: 12,
      });
    });
  });
});
