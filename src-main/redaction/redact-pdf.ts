import { PDFDocument } from '@cantoo/pdf-lib';
import sharp from 'sharp';
import { PdfDocument, type PdfRect } from '../pdf-engine/pdfium.ts';
import { quietPdfLib } from '../exhibits/quiet-pdf-lib.ts';
import { heapOf } from './engine-memory.ts';
import { redactPage, type PageRedaction } from './redact-page.ts';

/** One area to redact: a zero-based page and a rectangle in page space (points from the bottom left). */
export interface RedactionArea {
  readonly pageIndex: number;
  readonly rect: PdfRect;
}

export interface PageReport extends Omit<PageRedaction, 'unsafe'> {
  /** 1-based. */
  readonly page: number;
  readonly marks: number;
  /** Set when the page could not be edited object by object: it was replaced by its picture (why, in words). */
  readonly rasterised?: string;
}

export interface RedactedPdf {
  readonly bytes: Uint8Array;
  readonly pages: readonly PageReport[];
}

/** Rasterised pages are drawn at 200 dpi: legible in print, and small enough to file. */
const RASTER_SCALE = 200 / 72;

/**
 * Applies redaction areas to a PDF and returns the redacted copy. Per page: glyphs, image pixels,
 * vector paths and annotations under each area are removed (redact-page.ts) and an opaque black
 * box is drawn there. A page whose objects cannot all be edited safely — or whose text still has a
 * character under an area afterwards — is replaced by its rendered picture with the areas blacked
 * out (and reported). The result is written afresh with pdf-lib from the pages alone, so nothing
 * unreferenced (the old content streams), no outline and no document metadata survive.
 */
export async function redactPdf(bytes: Uint8Array, areas: readonly RedactionArea[]): Promise<RedactedPdf> {
  const byPage = new Map<number, PdfRect[]>();
  for (const a of areas) byPage.set(a.pageIndex, [...(byPage.get(a.pageIndex) ?? []), a.rect]);
  const reports: PageReport[] = [];
  const rasters = new Map<number, { png: Uint8Array; width: number; height: number }>();
  const edited = await PdfDocument.with(bytes, async (doc) => {
    const { pdfium: m } = doc.raw;
    for (const [pageIndex, rects] of [...byPage.entries()].sort((a, b) => a[0] - b[0])) {
      if (pageIndex < 0 || pageIndex >= doc.pageCount) throw new RangeError(`no page ${pageIndex + 1} in this document`);
      const result = doc.withPage(pageIndex, (page) => redactPage(m, page, rects));
      const left = result.unsafe ?? textLeftUnder(doc, pageIndex, rects);
      const { unsafe: _unsafe, ...counts } = result;
      void _unsafe;
      reports.push({ page: pageIndex + 1, marks: rects.length, ...counts, ...(left === undefined ? {} : { rasterised: left }) });
      if (left !== undefined) rasters.set(pageIndex, await rasterise(doc, pageIndex, rects));
    }
    return doc.save();
  });
  return { bytes: await rewrite(edited, rasters), pages: reports };
}

/** Whether any character's centre still lies under an area (the safety check after the text redactor). */
function textLeftUnder(doc: PdfDocument, pageIndex: number, rects: readonly PdfRect[]): string | undefined {
  const stray = doc.pageChars(pageIndex).some((c) => {
    if (!c.box || c.text.trim() === '') return false;
    const x = (c.box.left + c.box.right) / 2;
    const y = (c.box.bottom + c.box.top) / 2;
    return rects.some((r) => x >= r.left && x <= r.right && y >= r.bottom && y <= r.top);
  });
  return stray ? 'text under a mark could not be removed' : undefined;
}

/** The page as a picture, with each area painted black in the picture itself. */
async function rasterise(doc: PdfDocument, pageIndex: number, rects: readonly PdfRect[]) {
  const size = doc.pageSize(pageIndex);
  const page = doc.renderPage(pageIndex, RASTER_SCALE, { forPrint: true });
  const { pdfium: m } = doc.raw;
  doc.withPage(pageIndex, (handle) => {
    const out = m.pdfium.wasmExports.malloc(8);
    try {
      for (const r of rects) {
        const corners = [
          [r.left, r.bottom],
          [r.right, r.top],
          [r.left, r.top],
          [r.right, r.bottom],
        ].map(([x, y]) => {
          m.FPDF_PageToDevice(handle, 0, 0, page.width, page.height, 0, x!, y!, out, out + 4);
          const ints = heapOf(m).HEAP32;
          return [ints[out / 4] ?? 0, ints[out / 4 + 1] ?? 0] as const;
        });
        const x0 = Math.max(0, Math.min(...corners.map((c) => c[0])) - 1);
        const x1 = Math.min(page.width, Math.max(...corners.map((c) => c[0])) + 1);
        const y0 = Math.max(0, Math.min(...corners.map((c) => c[1])) - 1);
        const y1 = Math.min(page.height, Math.max(...corners.map((c) => c[1])) + 1);
        for (let y = y0; y < y1; y += 1) {
          for (let x = x0; x < x1; x += 1) page.rgba.set([0, 0, 0, 255], (y * page.width + x) * 4);
        }
      }
    } finally {
      m.pdfium.wasmExports.free(out);
    }
  });
  const png = await sharp(page.rgba, { raw: { width: page.width, height: page.height, channels: 4 } })
    .flatten({ background: '#ffffff' })
    .png({ compressionLevel: 6 })
    .toBuffer();
  return { png: new Uint8Array(png), width: size.width, height: size.height };
}

/** A new PDF holding only the pages (rasterised ones as pictures): nothing else of the edited file is carried over. */
async function rewrite(
  edited: Uint8Array,
  rasters: ReadonlyMap<number, { png: Uint8Array; width: number; height: number }>,
): Promise<Uint8Array> {
  return quietPdfLib(async () => {
    const source = await PDFDocument.load(edited, { updateMetadata: false });
    const out = await PDFDocument.create({ updateMetadata: false });
    // Only the pages kept as they are are copied: a rasterised page's objects must not ride along unreferenced.
    const kept = source.getPageIndices().filter((i) => !rasters.has(i));
    const copied = new Map((await out.copyPages(source, kept)).map((page, i) => [kept[i]!, page]));
    for (const index of source.getPageIndices()) {
      const raster = rasters.get(index);
      const page = copied.get(index);
      if (page) {
        out.addPage(page);
        continue;
      }
      if (!raster) continue;
      const image = await out.embedPng(raster.png);
      out.addPage([raster.width, raster.height]).drawImage(image, { x: 0, y: 0, width: raster.width, height: raster.height });
    }
    return out.save({ useObjectStreams: true });
  });
}
