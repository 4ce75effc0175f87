import { PDFDict, PDFDocument, PDFName } from '@cantoo/pdf-lib';
import type { DossierError } from '../core/errors.ts';
import { exhibitError } from './exhibit-errors.ts';

/**
 * The same memory as a Node Buffer. pdf-lib's parser takes each stream's contents with
 * `bytes.slice`, which copies a Uint8Array but only views a Buffer: handed a Buffer, a 300 MB
 * scan is held once while it is opened, not twice. Nothing in pdf-lib writes into a stream's
 * contents (edits replace streams), so the caller's bytes stay as they were read.
 */
function sharedView(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Opens an exhibit PDF. An empty user password is tried first, so permission-only encrypted
 * files (print or copy restrictions, common on government downloads) open and are written out
 * decrypted; a file that needs a real password cannot be read and gets an error saying how to
 * get an unlocked copy.
 */
export async function openExhibitPdf(bytes: Uint8Array, exhibit: string): Promise<PDFDocument> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(sharedView(bytes), { password: '', updateMetadata: false, throwOnInvalidObject: false });
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    throw /NEEDS PASSWORD|password/iu.test(message) ? passwordProtected(exhibit) : damaged(exhibit);
  }
  let pages: number;
  try {
    pages = doc.getPageCount();
  } catch {
    throw damaged(exhibit);
  }
  if (pages === 0) throw damaged(exhibit);
  dropEncryptionDictionary(doc);
  return doc;
}

/**
 * After decrypting, the library forgets the trailer's /Encrypt but keeps the dictionary as an
 * object; some writers' layouts then make the saved copy look encrypted again. The copy is
 * written decrypted, so the dictionary goes.
 */
function dropEncryptionDictionary(doc: PDFDocument): void {
  for (const [ref, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    const filter = object.get(PDFName.of('Filter'));
    if (filter instanceof PDFName && filter.asString() === '/Standard' && object.has(PDFName.of('O')) && object.has(PDFName.of('U'))) {
      doc.context.delete(ref);
    }
  }
}

export function passwordProtected(exhibit: string): DossierError {
  return exhibitError(
    'PASSWORD_PROTECTED',
    exhibit,
    'this PDF is protected by a password.',
    'Open it with its password and save or print an unprotected copy (or ask the sender for one), then import that copy.',
  );
}

export function damaged(exhibit: string): DossierError {
  return exhibitError(
    'BAD_EXHIBIT',
    exhibit,
    'the PDF is damaged or incomplete and its pages cannot be read.',
    'Download or scan it again, or open it in a PDF reader and save a new copy, then import that copy.',
  );
}
