import { PDFDocument } from '@cantoo/pdf-lib';
import { exhibitError, unsupported } from './exhibit-errors.ts';
import { mimeFor, sniffFormat } from './formats.ts';
import { DEFAULT_IMAGE_LIMITS, imageToPdf, type ImageLimits } from './image-pages.ts';
import { cleanOrRepair, cleanPdf, type CleanFacts } from './pdf-clean.ts';
import { repairPdf } from './pdf-repair.ts';
import { quietPdfLib } from './quiet-pdf-lib.ts';

/**
 * The facts import records (pages; pages without text, every page of an image; what the packet
 * copy lost, for the import report and the manifest; what was mended) with the kind of file.
 */
export interface ExhibitFacts extends CleanFacts {
  readonly mime: string;
}

export interface NormalisedExhibit extends ExhibitFacts {
  /** A clean PDF of the exhibit's pages: decrypted, no scripts or XFA, images as Letter pages. */
  readonly pdf: Uint8Array;
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

/**
 * A PDF made ready for every build: cleaned and put through the build's own copy, stamp and
 * save (pdf-clean.ts), repaired by qpdf in memory and tried once more if that fails.
 */
async function normalisePdf(bytes: Uint8Array, exhibit: string): Promise<NormalisedExhibit> {
  const save = (doc: PDFDocument): Promise<Uint8Array> => doc.save({ updateFieldAppearances: false });
  const { saved, ...facts } = await quietPdfLib(() =>
    cleanOrRepair(
      exhibit,
      () => cleanPdf(bytes, exhibit, save),
      async () => {
        const repaired = await repairPdf(bytes);
        return repaired.ok ? { ok: true, source: repaired.pdf } : repaired;
      },
      (repaired) => cleanPdf(repaired, exhibit, save),
    ),
  );
  return { ...facts, pdf: saved, mime: mimeFor.pdf };
}
