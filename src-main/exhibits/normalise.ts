import { PDFDocument } from '@cantoo/pdf-lib';
import { exhibitError, unsupported } from './exhibit-errors.ts';
import { mimeFor, sniffFormat } from './formats.ts';
import { DEFAULT_IMAGE_LIMITS, imageToPdf, type ImageLimits } from './image-pages.ts';
import { openExhibitPdf } from './pdf-open.ts';
import { stripActiveContent } from './sanitize.ts';
import { pagesWithoutText } from './text-layer.ts';

export interface NormalisedExhibit {
  /** A clean PDF of the exhibit's pages: decrypted, no scripts or XFA, images as Letter pages. */
  readonly pdf: Uint8Array;
  readonly pages: number;
  readonly mime: string;
  /** 1-based pages with no text layer (every page of an image). */
  readonly pagesWithoutText: readonly number[];
  /** Active content removed (OpenAction, JavaScript, XFA…), for the import report. */
  readonly removed: readonly string[];
}

export interface NormaliseOptions {
  readonly images?: ImageLimits;
}

/**
 * Any accepted exhibit → the PDF the packet is assembled from. Pure with respect to storage: the
 * caller keeps the untouched original; this output can always be made again from it, which is
 * why the packet builder caches it by the original's hash.
 */
export async function normaliseExhibit(bytes: Uint8Array, exhibit: string, options: NormaliseOptions = {}): Promise<NormalisedExhibit> {
  const format = sniffFormat(bytes);
  switch (format) {
    case 'empty':
      throw exhibitError('BAD_EXHIBIT', exhibit, 'the file is empty (0 bytes).', 'Copy or download it again, then import the new copy.');
    case 'heic':
      throw unsupported(exhibit, 'HEIC/HEIF');
    case 'webp':
      throw unsupported(exhibit, 'WebP');
    case 'gif':
      throw unsupported(exhibit, 'GIF');
    case 'bmp':
      throw unsupported(exhibit, 'BMP');
    case 'unknown':
      throw exhibitError(
        'UNSUPPORTED_FORMAT',
        exhibit,
        'the file is not a PDF, JPEG, PNG or TIFF, whatever its name says.',
        'Open it in the program that made it and save or print it as PDF, then import the PDF.',
      );
    case 'pdf':
      return normalisePdf(bytes, exhibit);
    case 'jpeg':
    case 'png':
    case 'tiff': {
      const pdf = await imageToPdf(bytes, exhibit, options.images ?? DEFAULT_IMAGE_LIMITS);
      const pages = (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount();
      return { pdf, pages, mime: mimeFor[format], pagesWithoutText: Array.from({ length: pages }, (_, i) => i + 1), removed: [] };
    }
  }
}

async function normalisePdf(bytes: Uint8Array, exhibit: string): Promise<NormalisedExhibit> {
  const doc = await openExhibitPdf(bytes, exhibit);
  const removed = stripActiveContent(doc);
  const textless = pagesWithoutText(doc);
  let pdf: Uint8Array;
  try {
    pdf = await doc.save({ updateFieldAppearances: false });
  } catch {
    throw exhibitError(
      'BAD_EXHIBIT',
      exhibit,
      'the PDF is damaged and cannot be copied.',
      'Open it in a PDF reader and save or print a new copy, then import that copy.',
    );
  }
  return { pdf, pages: doc.getPageCount(), mime: mimeFor.pdf, pagesWithoutText: textless, removed };
}
