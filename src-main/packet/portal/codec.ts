import { inflateSync } from 'node:zlib';
import type { PDFRawStream } from '@cantoo/pdf-lib';
import sharp, { type Sharp } from 'sharp';
import type { LadderStep } from '../../core/rules/portal-rules.ts';
import { MAX_PIXELS, type ImageSpec, type Predictor } from './classify.ts';

/** A re-encoded image: a baseline JPEG with no metadata, ready to be a DCTDecode stream. */
export interface Encoded {
  readonly data: Uint8Array;
  readonly width: number;
  readonly height: number;
  readonly channels: 1 | 3;
}

/** Thrown when an image's data cannot be decoded: the image is then left exactly as it was. */
export class UndecodableImage extends Error {}

/**
 * Decodes the image from its original stream, resamples it to `width` × `height` when that is
 * smaller, turns it grey when the step says so, and encodes a JPEG at the step's quality.
 */
export async function reencode(stream: PDFRawStream, spec: ImageSpec, width: number, height: number, step: LadderStep): Promise<Encoded> {
  let image: Sharp;
  try {
    image = source(stream, spec);
    if (width < spec.width || height < spec.height) image = image.resize({ width, height, fit: 'fill' });
    if (step.greyscale) image = image.greyscale();
    const { data, info } = await image
      .toColourspace(step.greyscale || spec.components === 1 ? 'b-w' : 'srgb')
      .jpeg({ quality: step.jpegQuality, chromaSubsampling: '4:2:0' })
      .toBuffer({ resolveWithObject: true });
    return {
      data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
      width: info.width,
      height: info.height,
      channels: info.channels === 1 ? 1 : 3,
    };
  } catch (error) {
    if (error instanceof UndecodableImage) throw error;
    throw new UndecodableImage('the image data cannot be decoded');
  }
}

function source(stream: PDFRawStream, spec: ImageSpec): Sharp {
  const contents = stream.getContents();
  if (spec.codec === 'jpeg') {
    return sharp(Buffer.from(contents.buffer, contents.byteOffset, contents.byteLength), { failOn: 'error', limitInputPixels: MAX_PIXELS });
  }
  const rowBytes = spec.width * spec.components;
  const expected = rowBytes * spec.height;
  let samples = spec.flate ? inflate(contents, expected + (spec.predictor?.kind === 'png' ? spec.height : 0)) : contents;
  if (spec.predictor) samples = unpredict(samples, spec.predictor, spec.height);
  if (samples.length < expected) throw new UndecodableImage('the image data is shorter than its size says');
  let pixels = samples.subarray(0, expected);
  if (spec.components === 4) pixels = cmykToRgb(pixels);
  const channels = spec.components === 1 ? 1 : 3;
  return sharp(Buffer.from(pixels.buffer, pixels.byteOffset, pixels.byteLength), {
    raw: { width: spec.width, height: spec.height, channels },
  });
}

function inflate(contents: Uint8Array, expected: number): Uint8Array {
  try {
    const out = inflateSync(contents, { maxOutputLength: expected + 4096 });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  } catch {
    throw new UndecodableImage('the compressed image data is damaged');
  }
}

/** Undoes a PNG (per-row filter byte) or TIFF (horizontal differencing) predictor on 8-bit samples. */
export function unpredict(data: Uint8Array, p: Predictor, rows: number): Uint8Array {
  const bpp = p.colors;
  const rowBytes = p.columns * p.colors;
  if (p.kind === 'tiff') {
    const out = data.slice(0, rowBytes * rows);
    for (let r = 0; r < rows; r += 1) {
      const base = r * rowBytes;
      for (let x = bpp; x < rowBytes && base + x < out.length; x += 1)
        out[base + x] = ((out[base + x] ?? 0) + (out[base + x - bpp] ?? 0)) & 0xff;
    }
    return out;
  }
  const out = new Uint8Array(rowBytes * rows);
  for (let r = 0; r < rows; r += 1) {
    const inStart = r * (rowBytes + 1);
    if (inStart + rowBytes + 1 > data.length) throw new UndecodableImage('the image data is truncated');
    const type = data[inStart] ?? 0;
    const o = r * rowBytes;
    for (let x = 0; x < rowBytes; x += 1) {
      const raw = data[inStart + 1 + x] ?? 0;
      const left = x >= bpp ? (out[o + x - bpp] ?? 0) : 0;
      const up = r > 0 ? (out[o - rowBytes + x] ?? 0) : 0;
      const upLeft = r > 0 && x >= bpp ? (out[o - rowBytes + x - bpp] ?? 0) : 0;
      out[o + x] = (raw + predict(type, left, up, upLeft)) & 0xff;
    }
  }
  return out;
}

function predict(type: number, left: number, up: number, upLeft: number): number {
  switch (type) {
    case 0:
      return 0;
    case 1:
      return left;
    case 2:
      return up;
    case 3:
      return (left + up) >> 1;
    case 4: {
      const p = left + up - upLeft;
      const pa = Math.abs(p - left);
      const pb = Math.abs(p - up);
      const pc = Math.abs(p - upLeft);
      return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
    }
    default:
      throw new UndecodableImage('unknown PNG row filter');
  }
}

/** Naive CMYK → RGB, enough for a scan that is about to be turned into a smaller JPEG. */
function cmykToRgb(cmyk: Uint8Array): Uint8Array {
  const pixels = cmyk.length / 4;
  const rgb = new Uint8Array(pixels * 3);
  for (let i = 0; i < pixels; i += 1) {
    const k = 255 - (cmyk[i * 4 + 3] ?? 0);
    rgb[i * 3] = ((255 - (cmyk[i * 4] ?? 0)) * k) / 255;
    rgb[i * 3 + 1] = ((255 - (cmyk[i * 4 + 1] ?? 0)) * k) / 255;
    rgb[i * 3 + 2] = ((255 - (cmyk[i * 4 + 2] ?? 0)) * k) / 255;
  }
  return rgb;
}
