/**
 * Deterministic fixtures for fitting portal slots: noisy colour "scans" the size of a 300 dpi
 * Letter page (a phone or flatbed scan of a paper document), wrapped into PDFs with a text line
 * per page so the text layer can be checked after the images are re-encoded.
 */
import { deflateSync } from 'node:zlib';
import {
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFRawStream,
  StandardFonts,
  concatTransformationMatrix,
  drawObject,
  popGraphicsState,
  pushGraphicsState,
  type PDFRef,
} from '@cantoo/pdf-lib';
import sharp from 'sharp';

/** mulberry32: a small seeded generator, so every run makes the same bytes. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pageSvg(label: string, width: number, height: number): Buffer {
  const lines = Array.from(
    { length: 26 },
    (_, i) => `<rect x="90" y="${240 + i * 30}" width="${560 - ((i * 53) % 200)}" height="9" fill="#3a3a3a"/>`,
  ).join('');
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 850 1100">` +
      `<rect width="850" height="1100" fill="#f1ead8"/><text x="90" y="160" font-size="40" font-family="DejaVu Sans, sans-serif" fill="#1d2a6b">${label}</text>` +
      `${lines}<circle cx="660" cy="980" r="70" fill="none" stroke="#b01818" stroke-width="8"/><rect x="560" y="60" width="200" height="60" fill="#2f7d32"/></svg>`,
  );
}

/** Raw RGB pixels of a paper page with sensor noise of ±`noise` levels. */
export async function noisyPixels(label: string, seed: number, width: number, height: number, noise: number): Promise<Buffer> {
  const { data } = await sharp(pageSvg(label, width, height))
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const random = seeded(seed);
  for (let i = 0; i < data.length; i += 1) {
    const v = (data[i] ?? 0) + Math.round((random() - 0.5) * 2 * noise);
    data[i] = v < 0 ? 0 : v > 255 ? 255 : v;
  }
  return data;
}

/** A noisy colour scan as a JPEG; 2550 × 3300 at quality 92 with noise 16 is about 5 MB. */
export async function noisyScanJpeg(
  label: string,
  seed: number,
  options: { width?: number; height?: number; noise?: number; quality?: number } = {},
): Promise<Buffer> {
  const width = options.width ?? 2550;
  const height = options.height ?? 3300;
  const pixels = await noisyPixels(label, seed, width, height, options.noise ?? 16);
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: options.quality ?? 92, chromaSubsampling: '4:4:4' })
    .toBuffer();
}

export interface ScanPage {
  /** A JPEG (DCTDecode) or raw RGB pixels (stored as a FlateDecode image). */
  readonly image: { readonly jpeg: Uint8Array } | { readonly rgb: Uint8Array; readonly width: number; readonly height: number };
  /** Drawn across the page inside a quarter-inch margin, as the exhibit importer does. */
  readonly text: string;
}

/** A Letter-size PDF with one full-page image per page and a line of real text on each. */
export async function scanPdf(pages: readonly ScanPage[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const p of pages) {
    const page = doc.addPage([612, 792]);
    if ('jpeg' in p.image) {
      const image = await doc.embedJpg(p.image.jpeg);
      page.drawImage(image, { x: 18, y: 18, width: 576, height: 756 });
    } else {
      const ref = flateImage(doc, p.image.rgb, p.image.width, p.image.height);
      const name = page.node.newXObject('Im', ref);
      page.pushOperators(pushGraphicsState(), concatTransformationMatrix(576, 0, 0, 756, 18, 18), drawObject(name), popGraphicsState());
    }
    page.drawText(p.text, { x: 36, y: 770, size: 10, font });
  }
  return doc.save();
}

function flateImage(doc: PDFDocument, rgb: Uint8Array, width: number, height: number): PDFRef {
  const dict = doc.context.obj({ Type: 'XObject', Subtype: 'Image', ColorSpace: 'DeviceRGB', Filter: 'FlateDecode' });
  dict.set(PDFName.of('Width'), PDFNumber.of(width));
  dict.set(PDFName.of('Height'), PDFNumber.of(height));
  dict.set(PDFName.of('BitsPerComponent'), PDFNumber.of(8));
  return doc.context.register(PDFRawStream.of(dict, deflateSync(rgb)));
}
