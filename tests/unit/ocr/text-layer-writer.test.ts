import { PDFDocument, degrees } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { addTextLayer } from '../../../src-main/ocr/text-layer-writer.ts';
import type { OcrWord } from '../../../src-main/ocr/tesseract-engine.ts';
import { PdfDocument } from '../../../src-main/pdf-engine/pdfium.ts';
import { searchDocument } from '../../../src-main/pdf-engine/search.ts';

/** A Letter page (612 × 792 pt) with nothing on it, optionally turned. */
async function blankPage(rotation = 0): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([612, 792]);
  page.setRotation(degrees(rotation));
  return doc.save();
}

// Within 2 pt: a glyph's side bearing sits inside its advance.

/** Words as Tesseract reports them on an image of the page at 300 dpi (1 pt = 300/72 px). */
const px = 300 / 72;
const word = (text: string, left: number, top: number, width: number, height = 12): OcrWord => ({
  text,
  confidence: 95,
  box: { x0: left * px, y0: top * px, x1: (left + width) * px, y1: (top + height) * px },
});

describe('addTextLayer', () => {
  it('puts each word, invisible, on its box: the engine finds it there, accents and all', async () => {
    const original = await blankPage();
    const words = [word('Marisol', 72, 100, 50), word('Quintero', 126, 100, 56), word('entrepôt', 72, 400, 54)];
    const { bytes, wordsPlaced, wordsWithoutGlyphs } = await addTextLayer(original, [
      { pageIndex: 0, imageWidth: 612 * px, imageHeight: 792 * px, words },
    ]);
    expect({ wordsPlaced, wordsWithoutGlyphs }).toEqual({ wordsPlaced: 3, wordsWithoutGlyphs: 0 });
    await PdfDocument.with(bytes, (doc) => {
      expect(doc.pageText(0)).toMatch(/Marisol Quintero[\s\S]*entrepôt/u);
      const [hit] = searchDocument(doc, 'Quintero');
      const rect = hit?.rects[0];
      // The box in page space (origin bottom-left): left 126, top 792 - 100.
      expect(Math.abs((rect?.left ?? 0) - 126)).toBeLessThan(2);
      expect(Math.abs((rect?.right ?? 0) - 182)).toBeLessThan(2);
      expect(rect?.top ?? 0).toBeLessThanOrEqual(692 + 1);
      expect(rect?.bottom ?? 0).toBeGreaterThanOrEqual(680 - 4);
      // Invisible: the page still renders blank.
      const { rgba } = doc.renderPage(0, 0.5);
      expect(rgba.every((v) => v === 255)).toBe(true);
    });
  });

  it('follows a page turned a quarter: the word sits where it shows', async () => {
    const { bytes } = await addTextLayer(await blankPage(90), [
      { pageIndex: 0, imageWidth: 792 * px, imageHeight: 612 * px, words: [word('Quintero', 100, 50, 56)] },
    ]);
    await PdfDocument.with(bytes, (doc) => {
      const [hit] = searchDocument(doc, 'Quintero');
      // Shown (x 100–156 from the left, 50–62 from the top) is, on the unturned page, x 50–62 and y 100–156.
      // Search joins characters into a rectangle per line of horizontal text; here each character is its own.
      const rects = hit?.rects ?? [];
      const rect = {
        bottom: Math.min(...rects.map((r) => r.bottom)),
        top: Math.max(...rects.map((r) => r.top)),
        left: Math.min(...rects.map((r) => r.left)),
        right: Math.max(...rects.map((r) => r.right)),
      };
      expect(Math.abs((rect?.bottom ?? 0) - 100)).toBeLessThan(2);
      expect(Math.abs((rect?.top ?? 0) - 156)).toBeLessThan(2);
      expect(rect?.left ?? 0).toBeGreaterThanOrEqual(48);
      expect(rect?.right ?? 0).toBeLessThanOrEqual(64);
    });
  });

  it('counts, and leaves out, a word holding a character no bundled Latin face draws', async () => {
    const { wordsPlaced, wordsWithoutGlyphs } = await addTextLayer(await blankPage(), [
      { pageIndex: 0, imageWidth: 612 * px, imageHeight: 792 * px, words: [word('ok', 72, 72, 20), word('สวัสดี', 72, 120, 40)] },
    ]);
    expect({ wordsPlaced, wordsWithoutGlyphs }).toEqual({ wordsPlaced: 1, wordsWithoutGlyphs: 1 });
  });
});
