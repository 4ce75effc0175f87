import { PDFDocument, PDFName, PDFString, StandardFonts, rgb } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { PdfDocument } from '../../../src-main/pdf-engine/pdfium.ts';
import { redactPdf } from '../../../src-main/redaction/redact-pdf.ts';
import { IMAGE_BOX, namePicture } from '../../fixtures/redaction/make-redaction-exhibit.ts';

/** The rendered page's red channel at the middle row of the picture, near its left and right ends. */
async function pictureColumns(pdf: Uint8Array): Promise<{ left: number; right: number }> {
  return PdfDocument.with(pdf, (doc) => {
    const page = doc.renderPage(0, 1);
    const row = Math.round(792 - IMAGE_BOX.y - IMAGE_BOX.height / 2);
    const at = (x: number) => page.rgba[(row * page.width + Math.round(x)) * 4]!;
    return { left: at(IMAGE_BOX.x + 20), right: at(IMAGE_BOX.x + IMAGE_BOX.width - 5) };
  });
}

describe('applying redaction areas', () => {
  it('blacks out only the pixels under the area, removes small paths and annotations under it, and keeps a long rule', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([612, 792]);
    page.drawText('Kept line of the page.', { x: 72, y: 700, size: 12, font });
    page.drawImage(await doc.embedPng(await namePicture()), IMAGE_BOX);
    // A small drawing under the area, and a rule across the page through it.
    page.drawRectangle({ x: 100, y: 400, width: 20, height: 20, color: rgb(0.2, 0.2, 0.8) });
    page.drawLine({ start: { x: 36, y: 410 }, end: { x: 576, y: 410 }, thickness: 0.5, color: rgb(0, 0, 0) });
    const note = doc.context.obj({
      Type: 'Annot',
      Subtype: 'Text',
      Rect: [90, 390, 110, 410],
      Contents: PDFString.of('Witness Kestrel called twice'),
    });
    page.node.set(PDFName.of('Annots'), doc.context.obj([doc.context.register(note)]));
    const source = await doc.save();

    // The left half of the picture only.
    const area = { left: IMAGE_BOX.x, bottom: IMAGE_BOX.y, right: IMAGE_BOX.x + IMAGE_BOX.width / 2, top: IMAGE_BOX.y + IMAGE_BOX.height };
    const result = await redactPdf(source, [{ pageIndex: 0, rect: area }]);
    expect(result.pages).toEqual([expect.objectContaining({ page: 1, marks: 1, pathsRemoved: 1, linesKept: 1, annotationsRemoved: 1 })]);
    expect(result.pages[0]?.rasterised).toBeUndefined();
    expect(result.pages[0]?.imagePixels).toBeGreaterThan(0);
    const columns = await pictureColumns(result.bytes);
    expect(columns.left).toBeLessThan(10);
    expect(columns.right).toBeGreaterThan(200);
    expect(new TextDecoder('latin1').decode(result.bytes)).not.toContain('Kestrel called');
    expect(await PdfDocument.with(result.bytes, (d) => d.pageText(0))).toContain('Kept line of the page.');
  });

  it('replaces a page by its picture when a drawing inside a form lies under an area, and says so', async () => {
    const inner = await PDFDocument.create();
    const innerPage = inner.addPage([200, 100]);
    innerPage.drawRectangle({ x: 10, y: 10, width: 180, height: 80, color: rgb(0.8, 0.1, 0.1) });
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([612, 792]);
    page.drawText('A stamp follows.', { x: 72, y: 700, size: 12, font });
    page.drawPage(await doc.embedPage((await doc.copyPages(inner, [0]))[0]!), { x: 72, y: 500 });
    const result = await redactPdf(await doc.save(), [{ pageIndex: 0, rect: { left: 80, bottom: 510, right: 200, top: 590 } }]);
    expect(result.pages[0]?.rasterised).toMatch(/inside a form/u);
    expect(await PdfDocument.with(result.bytes, (d) => d.pageText(0))).toBe('');
    const rendered = await PdfDocument.with(result.bytes, (d) => d.renderPage(0, 1));
    const pixel = (x: number, y: number) => rendered.rgba[((792 - y) * rendered.width + x) * 4]!;
    expect(pixel(140, 550)).toBeLessThan(20);
    expect(pixel(250, 550)).toBeGreaterThan(150);
  });
});
