import { PDFName, PDFNumber, PDFRawStream, type PDFContext, type PDFDocument, type PDFRef } from '@cantoo/pdf-lib';
import { classifyImage, maskRefs, type ImageSpec } from './classify.ts';
import type { Encoded } from './codec.ts';
import { effectiveDpi, findImages } from './find-images.ts';
import type { ImageKept } from '../report/image-changes.ts';

/** An image that may be re-encoded, with what has been done to it so far. */
export interface Candidate {
  readonly ref: PDFRef;
  /** The stream as it was in the input: every step re-encodes from this, never from a copy. */
  readonly original: PDFRawStream;
  readonly spec: ImageSpec;
  readonly pages: readonly number[];
  readonly dpi: number;
  readonly originalBytes: number;
  current: number;
  /** The re-encoding in the file now, and the ladder step it came from. */
  applied: { readonly step: number; readonly encoded: Encoded } | undefined;
  /** The last setting tried (pixels, colour, quality): an identical later step is not encoded twice. */
  lastTried: string | undefined;
  /** The SHA-256 of the original stream, once a memo of re-encoded images has asked for it. */
  digest: string | undefined;
}

export interface Inventory {
  /** Largest stream first: the biggest savings come first. */
  readonly candidates: Candidate[];
  readonly kept: ImageKept[];
}

export function takeInventory(doc: PDFDocument): Inventory {
  const uses = [...findImages(doc).values()];
  const masks = maskRefs(uses.map((u) => u.stream));
  const candidates: Candidate[] = [];
  const kept: ImageKept[] = [];
  for (const use of uses) {
    const pages = [...use.pages].sort((a, b) => a - b);
    const bytes = use.stream.getContentsSize();
    const spec = classifyImage(doc.context, use.stream, masks.has(use.ref));
    if (typeof spec === 'string') {
      kept.push({ pages, width: dimension(use.stream, 'Width'), height: dimension(use.stream, 'Height'), bytes, reason: spec });
      continue;
    }
    candidates.push({
      ref: use.ref,
      original: use.stream,
      spec,
      pages,
      dpi: effectiveDpi(use, spec.width, spec.height),
      originalBytes: bytes,
      current: bytes,
      applied: undefined,
      lastTried: undefined,
      digest: undefined,
    });
  }
  candidates.sort((a, b) => b.originalBytes - a.originalBytes || (a.pages[0] ?? 0) - (b.pages[0] ?? 0));
  return { candidates, kept };
}

/** Puts the re-encoded JPEG in place of the image, keeping its other entries (SMask, Intent, …). */
export function replaceImage(context: PDFContext, candidate: Candidate, encoded: Encoded): void {
  const dict = candidate.original.dict.clone(context);
  for (const key of ['Filter', 'DecodeParms', 'Decode', 'Length', 'DL', 'ColorSpace', 'BitsPerComponent', 'Width', 'Height']) {
    dict.delete(PDFName.of(key));
  }
  dict.set(PDFName.of('Width'), PDFNumber.of(encoded.width));
  dict.set(PDFName.of('Height'), PDFNumber.of(encoded.height));
  dict.set(PDFName.of('ColorSpace'), PDFName.of(encoded.channels === 1 ? 'DeviceGray' : 'DeviceRGB'));
  dict.set(PDFName.of('BitsPerComponent'), PDFNumber.of(8));
  dict.set(PDFName.of('Filter'), PDFName.of('DCTDecode'));
  context.assign(candidate.ref, PDFRawStream.of(dict, encoded.data));
}

function dimension(stream: PDFRawStream, key: string): number {
  const value = stream.dict.lookup(PDFName.of(key));
  return value instanceof PDFNumber ? value.asNumber() : 0;
}
