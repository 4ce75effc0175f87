import { PDFDocument } from '@cantoo/pdf-lib';
import sharp, { type Metadata } from 'sharp';
import { exhibitError } from './exhibit-errors.ts';
import { stripJpegMetadata } from './jpeg-metadata.ts';

/** US Letter in points, with a quarter-inch margin so a printer never crops the scan. */
const PAGE = { width: 612, height: 792, margin: 18 } as const;
/** 300 dpi across a Letter page: more detail than any reader shows, far less than a phone photo. */
const MAX_SIDE_PX = 3300;

export interface ImageLimits {
  /** Decoded pixels per page; above this the file is refused before it is decoded (image bombs). */
  readonly maxPixels: number;
}

export const DEFAULT_IMAGE_LIMITS: ImageLimits = { maxPixels: 150_000_000 };

interface PageImage {
  readonly jpeg: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/**
 * JPEG, PNG or (multi-page) TIFF → a PDF of Letter pages, one per image page: turned upright
 * from the EXIF orientation, alpha flattened onto white, colours converted to sRGB (CMYK scans
 * included) and every metadata segment dropped (EXIF GPS above all). A plain upright JPEG is
 * embedded as it is, minus its metadata, so a scan loses nothing to a second compression.
 */
export async function imageToPdf(bytes: Uint8Array, exhibit: string, limits: ImageLimits = DEFAULT_IMAGE_LIMITS): Promise<Uint8Array> {
  const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let meta: Metadata;
  try {
    meta = await sharp(input, { limitInputPixels: false }).metadata();
  } catch {
    throw unreadable(exhibit);
  }
  const width = meta.width;
  const height = meta.height;
  if (width === undefined || height === undefined || width < 1 || height < 1) throw unreadable(exhibit);
  if (width * height > limits.maxPixels) {
    throw exhibitError(
      'BAD_EXHIBIT',
      exhibit,
      `the image declares ${width} × ${height} pixels, more than Dossier will open (${limits.maxPixels.toLocaleString('en-CA')}).`,
      'Scan or export it again at 300 dpi or less, then import that copy.',
    );
  }
  const pageCount = meta.format === 'tiff' ? Math.max(1, meta.pages ?? 1) : 1;
  const doc = await PDFDocument.create({ updateMetadata: false });
  for (let page = 0; page < pageCount; page += 1) {
    const image = await pageImage(input, meta, page, limits, exhibit);
    const embedded = await doc.embedJpg(image.jpeg);
    const scale = Math.min((PAGE.width - 2 * PAGE.margin) / image.width, (PAGE.height - 2 * PAGE.margin) / image.height);
    const w = image.width * scale;
    const h = image.height * scale;
    doc.addPage([PAGE.width, PAGE.height]).drawImage(embedded, { x: (PAGE.width - w) / 2, y: (PAGE.height - h) / 2, width: w, height: h });
  }
  return doc.save({ useObjectStreams: false });
}

function canPassThrough(meta: Metadata): boolean {
  return (
    meta.format === 'jpeg' &&
    (meta.orientation === undefined || meta.orientation === 1) &&
    (meta.space === 'srgb' || meta.space === 'b-w') &&
    (meta.channels === 3 || meta.channels === 1) &&
    Math.max(meta.width ?? Infinity, meta.height ?? Infinity) <= MAX_SIDE_PX
  );
}

async function pageImage(input: Buffer, meta: Metadata, page: number, limits: ImageLimits, exhibit: string): Promise<PageImage> {
  if (canPassThrough(meta)) {
    const stripped = stripJpegMetadata(input);
    if (stripped) return { jpeg: stripped, width: meta.width ?? 1, height: meta.height ?? 1 };
  }
  try {
    const { data, info } = await sharp(input, { page, limitInputPixels: limits.maxPixels, failOn: 'error' })
      .rotate()
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .resize({ width: MAX_SIDE_PX, height: MAX_SIDE_PX, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 85, chromaSubsampling: '4:2:0' })
      .toBuffer({ resolveWithObject: true });
    return { jpeg: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height };
  } catch {
    throw unreadable(exhibit);
  }
}

function unreadable(exhibit: string): Error {
  return exhibitError(
    'BAD_EXHIBIT',
    exhibit,
    'the image is damaged or incomplete and cannot be read.',
    'Open it in an image viewer and save a new copy (or scan it again), then import that copy.',
  );
}
