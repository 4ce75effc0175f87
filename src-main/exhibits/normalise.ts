import { PDFDocument } from '@cantoo/pdf-lib';
import { isDossierError, type DossierError } from '../core/errors.ts';
import { proveAssembly } from '../packet/assemble/probe.ts';
import { removeAttachments } from './attachments.ts';
import { exhibitError, unsupported } from './exhibit-errors.ts';
import { mimeFor, sniffFormat } from './formats.ts';
import { DEFAULT_IMAGE_LIMITS, imageToPdf, type ImageLimits } from './image-pages.ts';
import { damaged, openExhibitPdf, passwordProtected } from './pdf-open.ts';
import { stripPdfMetadata } from './pdf-metadata.ts';
import { repairPdf } from './pdf-repair.ts';
import { repairPages } from './page-repair.ts';
import { quietPdfLib } from './quiet-pdf-lib.ts';
import { refuseDynamicXfa, stripActiveContent } from './sanitize.ts';
import { pagesWithoutText } from './text-layer.ts';

export interface NormalisedExhibit {
  /** A clean PDF of the exhibit's pages: decrypted, no scripts or XFA, images as Letter pages. */
  readonly pdf: Uint8Array;
  readonly pages: number;
  readonly mime: string;
  /** 1-based pages with no text layer (every page of an image). */
  readonly pagesWithoutText: readonly number[];
  /**
   * What the packet copy lost, in words, for the import report and the manifest: active content
   * (OpenAction, JavaScript, XFA…), attached files, metadata.
   */
  readonly removed: readonly string[];
  /** What was mended so the packet can be built (a rebuilt file structure, a missing page size). */
  readonly repaired?: readonly string[];
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
 * A PDF made ready for every build: opened (an empty password tried), its page tree made sound,
 * active content, metadata and attachments removed, saved, and the saved copy put through the
 * build's own copy, stamp and save. If any of that fails, the file goes through qpdf's repair and
 * everything is tried once more; what still fails is refused here, naming the file and the fix.
 */
async function normalisePdf(bytes: Uint8Array, exhibit: string): Promise<NormalisedExhibit> {
  return quietPdfLib(async () => {
    const first = await cleanPdf(bytes, exhibit);
    if (first.ok) return first.value;
    const repaired = await repairPdf(bytes);
    if (!repaired.ok) throw repaired.reason === 'password' ? passwordProtected(exhibit) : first.error;
    const second = await cleanPdf(repaired.pdf, exhibit);
    if (!second.ok) throw second.error.code === 'PASSWORD_PROTECTED' ? damaged(exhibit) : second.error;
    return { ...second.value, repaired: ['damaged file structure rebuilt', ...(second.value.repaired ?? [])] };
  });
}

type Attempt = { readonly ok: true; readonly value: NormalisedExhibit } | { readonly ok: false; readonly error: DossierError };

async function cleanPdf(bytes: Uint8Array, exhibit: string): Promise<Attempt> {
  let doc: PDFDocument;
  try {
    doc = await openExhibitPdf(bytes, exhibit);
  } catch (error) {
    return { ok: false, error: isDossierError(error) ? error : damaged(exhibit) };
  }
  // A decision about the file, not damage: no repair makes a dynamic form's pages real.
  refuseDynamicXfa(doc, exhibit);
  try {
    const repaired = repairPages(doc);
    const removed = [...stripActiveContent(doc), ...removeAttachments(doc), ...stripPdfMetadata(doc)];
    const textless = pagesWithoutText(doc);
    // On the cleaned document itself, before it is saved: reading a saved copy back would hold
    // a large scan in memory a second time.
    await proveAssembly(doc);
    const pdf = await doc.save({ updateFieldAppearances: false });
    return {
      ok: true,
      value: {
        pdf,
        pages: doc.getPageCount(),
        mime: mimeFor.pdf,
        pagesWithoutText: textless,
        removed,
        ...(repaired.length > 0 ? { repaired } : {}),
      },
    };
  } catch {
    return { ok: false, error: cannotStamp(exhibit) };
  }
}

function cannotStamp(exhibit: string): DossierError {
  return exhibitError(
    'BAD_EXHIBIT',
    exhibit,
    'the PDF is damaged: its pages cannot be numbered and copied into a packet, even after repair.',
    'Open it in a PDF reader and print it to PDF ("Microsoft Print to PDF" or "Save as PDF"), then import that copy.',
  );
}
