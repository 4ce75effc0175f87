import type { Pdfium, PdfRect } from '../pdf-engine/pdfium.ts';
import { grow, heapOf, type Matrix } from './engine-memory.ts';

const FPDFBitmap_Gray = 1;
const FPDFBitmap_BGRA = 4;

/**
 * Blacks out, in the image object's own pixels, every pixel whose square touches one of `rects`
 * (page space), then sets the edited pixels back as the image's data: the picture under a mark is
 * gone from the file, not covered. `toPage` maps the image's unit square to page space (the
 * object's matrix, composed with its forms'). Returns how many pixels were changed, or undefined
 * when PDFium could not read or write the image (the caller then rasterises the page).
 */
export function blackOutImagePixels(m: Pdfium, obj: number, toPage: Matrix, rects: readonly PdfRect[]): number | undefined {
  const bitmap = m.FPDFImageObj_GetBitmap(obj);
  if (bitmap === 0) return undefined;
  try {
    const width = m.FPDFBitmap_GetWidth(bitmap);
    const height = m.FPDFBitmap_GetHeight(bitmap);
    const stride = m.FPDFBitmap_GetStride(bitmap);
    const format = m.FPDFBitmap_GetFormat(bitmap);
    const bytesPerPixel = format === FPDFBitmap_Gray ? 1 : format === FPDFBitmap_BGRA || format === 3 ? 4 : format === 2 ? 3 : 0;
    if (width <= 0 || height <= 0 || bytesPerPixel === 0) return undefined;
    const [a, b, c, d, e, f] = toPage;
    const det = a * d - b * c;
    if (Math.abs(det) < 1e-9) return 0;
    // One pixel's reach in page space: a mark catches every pixel it touches, not only those it centres.
    const reach = Math.hypot(a / width, b / width) + Math.hypot(c / height, d / height);
    const buffer = m.FPDFBitmap_GetBuffer(bitmap);
    const pixels = heapOf(m).HEAPU8;
    let changed = 0;
    for (const mark of rects) {
      const r = grow(mark, reach / 2);
      // The rect's corners in pixel space bound the loop.
      const corners = [
        [r.left, r.bottom],
        [r.left, r.top],
        [r.right, r.bottom],
        [r.right, r.top],
      ].map(([x, y]) => {
        const px = x! - e;
        const py = y! - f;
        const u = (d * px - c * py) / det;
        const v = (a * py - b * px) / det;
        return [u * width, (1 - v) * height] as const;
      });
      const x0 = Math.max(0, Math.floor(Math.min(...corners.map((p) => p[0]))));
      const x1 = Math.min(width - 1, Math.ceil(Math.max(...corners.map((p) => p[0]))));
      const y0 = Math.max(0, Math.floor(Math.min(...corners.map((p) => p[1]))));
      const y1 = Math.min(height - 1, Math.ceil(Math.max(...corners.map((p) => p[1]))));
      for (let y = y0; y <= y1; y += 1) {
        const v = 1 - (y + 0.5) / height;
        for (let x = x0; x <= x1; x += 1) {
          const u = (x + 0.5) / width;
          const pageX = a * u + c * v + e;
          const pageY = b * u + d * v + f;
          if (pageX < r.left || pageX > r.right || pageY < r.bottom || pageY > r.top) continue;
          const at = buffer + y * stride + x * bytesPerPixel;
          pixels.fill(0, at, at + Math.min(bytesPerPixel, 3));
          if (bytesPerPixel === 4) pixels[at + 3] = 255;
          changed += 1;
        }
      }
    }
    if (changed === 0) return 0;
    return m.FPDFImageObj_SetBitmap(0, 0, obj, bitmap) ? changed : undefined;
  } finally {
    m.FPDFBitmap_Destroy(bitmap);
  }
}
