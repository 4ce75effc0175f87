import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { writeOutline } from '../../../src-main/packet/assemble/outline.ts';
import { MAX_PAGE_PIXELS, pagePng } from '../../../src-main/pdf-engine/page-image.ts';
import { PdfDocument, PdfOpenError } from '../../../src-main/pdf-engine/pdfium.ts';
import { findInChars, searchDocument } from '../../../src-main/pdf-engine/search.ts';

async function twoPages(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const [i, words] of ['Tab one Wing-sze LAI', 'Tab two police report'].entries()) {
    const page = doc.addPage([612, 792]);
    page.drawText(words, { x: 72, y: 700, size: 20, font });
    page.drawRectangle({ x: 72, y: 100 + i * 10, width: 100, height: 50 });
  }
  writeOutline(doc, [
    { title: 'Tab 1 — Lettre', pageIndex: 0, children: [{ title: '1A 證據', pageIndex: 0, children: [] }] },
    { title: 'Tab 2', pageIndex: 1, children: [] },
  ]);
  return doc.save();
}

describe('PDFium engine', () => {
  it('reads pages, sizes, text with boxes and the outline of a PDF held in memory', async () => {
    const bytes = await twoPages();
    await PdfDocument.with(bytes, (doc) => {
      expect(doc.pageCount).toBe(2);
      expect(doc.pageSize(0)).toEqual({ width: 612, height: 792 });
      expect(doc.pageText(0)).toBe('Tab one Wing-sze LAI');
      expect(doc.pageText(1)).toContain('police report');
      const chars = doc.pageChars(0);
      expect(chars.map((c) => c.text).join('')).toBe('Tab one Wing-sze LAI');
      const first = chars[0]?.box;
      expect(first).toBeDefined();
      expect(first!.left).toBeGreaterThan(71);
      expect(first!.left).toBeLessThan(80);
      expect(first!.bottom).toBeGreaterThan(695);
      expect(first!.top).toBeLessThan(725);
      expect(doc.bookmarks()).toEqual([
        { title: 'Tab 1 — Lettre', pageIndex: 0, children: [{ title: '1A 證據', pageIndex: 0, children: [] }] },
        { title: 'Tab 2', pageIndex: 1, children: [] },
      ]);
    });
  });

  it('renders a page to RGBA at the asked scale: white paper, dark ink where the text is', async () => {
    const bytes = await twoPages();
    const page = await PdfDocument.with(bytes, (doc) => doc.renderPage(0, 0.5));
    expect(page.width).toBe(306);
    expect(page.height).toBe(396);
    expect(page.rgba.length).toBe(306 * 396 * 4);
    const at = (x: number, y: number) => Array.from(page.rgba.subarray((y * page.width + x) * 4, (y * page.width + x) * 4 + 4));
    expect(at(5, 5)).toEqual([255, 255, 255, 255]);
    // The rectangle drawn at (72,100)-(172,150) in points: at half scale, rows 396-75 .. 396-50.
    expect(at(60, 396 - 60)[0]).toBeLessThan(64);
  });

  it('writes the document back out, and refuses damaged bytes and wrong passwords by reason', async () => {
    const bytes = await twoPages();
    const saved = await PdfDocument.with(bytes, (doc) => doc.save());
    await PdfDocument.with(saved, (doc) => expect(doc.pageText(1)).toContain('police report'));
    await expect(PdfDocument.open(new TextEncoder().encode('%PDF-1.7\nnot a pdf'))).rejects.toBeInstanceOf(PdfOpenError);
    const closed = await PdfDocument.open(bytes);
    closed.close();
    expect(() => closed.pageCount).toThrow(/closed/);
    await PdfDocument.with(bytes, (doc) => expect(() => doc.pageText(2)).toThrow(/no page 3/));
  });
});

describe('search and page images', () => {
  it('finds a name across case and accents, with one rectangle per line, and none for text that is not there', async () => {
    const bytes = await twoPages();
    await PdfDocument.with(bytes, (doc) => {
      const hits = searchDocument(doc, 'wing-sze  lai');
      expect(hits).toHaveLength(1);
      expect(hits[0]).toMatchObject({ pageIndex: 0, text: 'Wing-sze LAI' });
      expect(hits[0]!.rects).toHaveLength(1);
      expect(hits[0]!.rects[0]!.left).toBeGreaterThan(100);
      expect(searchDocument(doc, 'report')).toMatchObject([{ pageIndex: 1, text: 'report' }]);
      expect(searchDocument(doc, 'absent')).toEqual([]);
      expect(searchDocument(doc, '   ')).toEqual([]);
    });
    expect(
      findInChars(
        [{ text: 'M' }, { text: 'o' }, { text: 'n' }, { text: 't' }, { text: 'r' }, { text: 'é' }, { text: 'a' }, { text: 'l' }],
        'montreal',
      ),
    ).toHaveLength(1);
  });

  it('renders a page to a PNG in memory, capped in size', async () => {
    const bytes = await twoPages();
    const image = await PdfDocument.with(bytes, (doc) => pagePng(doc, 1, 100));
    expect(Math.max(image.width, image.height)).toBeLessThanOrEqual(MAX_PAGE_PIXELS);
    expect(Array.from(image.png.subarray(1, 4))).toEqual([0x50, 0x4e, 0x47]);
  });
});
