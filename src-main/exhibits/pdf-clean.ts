import type { PDFDocument } from '@cantoo/pdf-lib';
import { isDossierError, type DossierError } from '../core/errors.ts';
import { proveAssembly } from '../packet/assemble/probe.ts';
import { removeAttachments } from './attachments.ts';
import { exhibitError } from './exhibit-errors.ts';
import { damaged, openExhibitPdf, passwordProtected } from './pdf-open.ts';
import { stripPdfMetadata } from './pdf-metadata.ts';
import { repairPages } from './page-repair.ts';
import { refuseDynamicXfa, stripActiveContent } from './sanitize.ts';
import { pagesWithoutText } from './text-layer.ts';

/** What cleaning a PDF finds out, whatever becomes of the clean copy. */
export interface CleanFacts {
  readonly pages: number;
  /** 1-based pages with no text layer. */
  readonly pagesWithoutText: readonly number[];
  /** What the packet copy lost, in words: active content, attached files, metadata. */
  readonly removed: readonly string[];
  /** What was mended so the packet can be built (a rebuilt file structure, a missing page size). */
  readonly repaired?: readonly string[];
}

export type Attempt<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: DossierError };

/** The outcome of qpdf's repair: the bytes (or file) to clean again, or why there are none. */
export type Repair<S> = { readonly ok: true; readonly source: S } | { readonly ok: false; readonly reason: 'password' | 'damaged' };

/**
 * Opens a PDF (an empty password tried), makes its page tree sound, removes active content,
 * attachments and metadata, puts it through the build's own copy and stamp, then hands the clean
 * document to `save` (into memory for a build, to a file for an import's proof). Any failure is
 * an error naming the exhibit, returned, not thrown, so the caller can repair and try again; a
 * dynamic XFA form is thrown at once, since no repair makes its pages real, and so is a typed
 * error from `save`.
 */
export async function cleanPdf<T>(
  bytes: Uint8Array,
  exhibit: string,
  save: (doc: PDFDocument) => Promise<T>,
): Promise<Attempt<CleanFacts & { readonly saved: T }>> {
  let doc: PDFDocument;
  try {
    doc = await openExhibitPdf(bytes, exhibit);
  } catch (error) {
    return { ok: false, error: isDossierError(error) ? error : damaged(exhibit) };
  }
  refuseDynamicXfa(doc, exhibit);
  try {
    const repaired = repairPages(doc);
    const removed = [...stripActiveContent(doc), ...removeAttachments(doc), ...stripPdfMetadata(doc)];
    const textless = pagesWithoutText(doc);
    // On the cleaned document itself, before it is saved: reading a saved copy back would hold
    // a large scan in memory a second time.
    await proveAssembly(doc);
    const pages = doc.getPageCount();
    const saved = await save(doc);
    return { ok: true, value: { saved, pages, pagesWithoutText: textless, removed, ...(repaired.length > 0 ? { repaired } : {}) } };
  } catch (error) {
    // Typed errors are not the file's damage (the disk the copy is saved to was full, say).
    if (isDossierError(error)) throw error;
    return { ok: false, error: cannotStamp(exhibit) };
  }
}

/**
 * The one way a PDF is made ready, in memory or on disk: cleaned; if that fails, put through
 * qpdf's repair and cleaned once more; what still fails is refused, naming the file and the fix
 * (a file qpdf finds needs a password is refused as such; one whose repair asks for a password
 * again is damaged).
 */
export async function cleanOrRepair<S, T>(
  exhibit: string,
  first: () => Promise<Attempt<CleanFacts & { readonly saved: T }>>,
  repair: () => Promise<Repair<S>>,
  again: (source: S) => Promise<Attempt<CleanFacts & { readonly saved: T }>>,
): Promise<CleanFacts & { readonly saved: T }> {
  const tried = await first();
  if (tried.ok) return tried.value;
  const repaired = await repair();
  if (!repaired.ok) throw repaired.reason === 'password' ? passwordProtected(exhibit) : tried.error;
  const second = await again(repaired.source);
  if (!second.ok) throw second.error.code === 'PASSWORD_PROTECTED' ? damaged(exhibit) : second.error;
  return { ...second.value, repaired: ['damaged file structure rebuilt', ...(second.value.repaired ?? [])] };
}

function cannotStamp(exhibit: string): DossierError {
  return exhibitError(
    'BAD_EXHIBIT',
    exhibit,
    'the PDF is damaged: its pages cannot be numbered and copied into a packet, even after repair.',
    'Open it in a PDF reader and print it to PDF ("Microsoft Print to PDF" or "Save as PDF"), then import that copy.',
  );
}
