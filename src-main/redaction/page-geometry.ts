import type { PdfDocument, PdfRect } from '../pdf-engine/pdfium.ts';
import { heapOf } from './engine-memory.ts';

/** A rectangle as the page is seen (rotation applied), in fractions of its width and height from the top-left corner. */
export interface ViewRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A fine virtual device: PDFium's conversions round to whole device pixels. */
const DEVICE = 100_000;

/** Page space (what marks are stored in) → the page as shown, through PDFium so crop boxes and rotation count. */
export function pageToView(doc: PdfDocument, pageIndex: number, rect: PdfRect): ViewRect {
  const { pdfium: m } = doc.raw;
  return doc.withPage(pageIndex, (page) => {
    const out = m.pdfium.wasmExports.malloc(8);
    try {
      const points = [
        [rect.left, rect.bottom],
        [rect.right, rect.top],
        [rect.left, rect.top],
        [rect.right, rect.bottom],
      ].map(([x, y]) => {
        m.FPDF_PageToDevice(page, 0, 0, DEVICE, DEVICE, 0, x!, y!, out, out + 4);
        const ints = heapOf(m).HEAP32;
        return [(ints[out / 4] ?? 0) / DEVICE, (ints[out / 4 + 1] ?? 0) / DEVICE] as const;
      });
      const xs = points.map((p) => p[0]);
      const ys = points.map((p) => p[1]);
      return {
        x: Math.min(...xs),
        y: Math.min(...ys),
        width: Math.max(...xs) - Math.min(...xs),
        height: Math.max(...ys) - Math.min(...ys),
      };
    } finally {
      m.pdfium.wasmExports.free(out);
    }
  });
}

/** The page as shown → page space: the inverse of pageToView. */
export function viewToPage(doc: PdfDocument, pageIndex: number, view: ViewRect): PdfRect {
  const { pdfium: m } = doc.raw;
  return doc.withPage(pageIndex, (page) => {
    const out = m.pdfium.wasmExports.malloc(16);
    try {
      const points = [
        [view.x, view.y],
        [view.x + view.width, view.y + view.height],
      ].map(([x, y]) => {
        m.FPDF_DeviceToPage(page, 0, 0, DEVICE, DEVICE, 0, Math.round(x! * DEVICE), Math.round(y! * DEVICE), out, out + 8);
        const f64 = new Float64Array(heapOf(m).HEAPU8.buffer, out, 2);
        return [f64[0]!, f64[1]!] as const;
      });
      const xs = points.map((p) => p[0]);
      const ys = points.map((p) => p[1]);
      return { left: Math.min(...xs), right: Math.max(...xs), bottom: Math.min(...ys), top: Math.max(...ys) };
    } finally {
      m.pdfium.wasmExports.free(out);
    }
  });
}

/**
 * A rectangle as a person measures it on the page as shown (rotation and crop box applied): points
 * from its top-left corner. This is how areas are typed and read everywhere (the UI, the CLI, the
 * redaction log); page space is only for the engine.
 */
export interface ShownArea {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Page space → points from the top-left corner of the page as shown. */
export function pageToShown(doc: PdfDocument, pageIndex: number, rect: PdfRect): ShownArea {
  const size = doc.pageSize(pageIndex);
  const view = pageToView(doc, pageIndex, rect);
  // Tenths of a point: finer than anyone measures, and free of the engine's device-pixel rounding.
  const points = (n: number) => Math.round(n * 10) / 10;
  return {
    x: points(view.x * size.width),
    y: points(view.y * size.height),
    width: points(view.width * size.width),
    height: points(view.height * size.height),
  };
}

/**
 * Points from the top-left corner of the page as shown → page space: the inverse of pageToShown.
 * The area is first kept inside the page, so a typed area running off the edge stops at it.
 */
export function shownToPage(doc: PdfDocument, pageIndex: number, area: ShownArea): PdfRect {
  const size = doc.pageSize(pageIndex);
  const x = Math.min(size.width, Math.max(0, area.x));
  const y = Math.min(size.height, Math.max(0, area.y));
  const width = Math.min(size.width - x, Math.max(0, area.width));
  const height = Math.min(size.height - y, Math.max(0, area.height));
  return viewToPage(doc, pageIndex, { x: x / size.width, y: y / size.height, width: width / size.width, height: height / size.height });
}
