import { createHash } from 'node:crypto';
import { BoundedLru } from '../../core/bounded-lru.ts';
import { documentImageIds } from '../../documents/builders/signature-image.ts';
import type { DossierDocument } from '../../documents/model.ts';
import { assertCoverage } from '../../render/fonts/coverage.ts';
import type { FontLibrary } from '../../render/fonts/library.ts';
import type { ImageResolver } from '../../render/html/blocks.ts';
import { printHtml } from '../../render/pdf/document-to-pdf.ts';
import type { Printer } from '../../render/pdf/printer.ts';
import { mendPrintedPdf } from '../../render/pdf/text-layer.ts';
import { volumeCoverModel, listOfDocumentsModel } from './list-and-covers.ts';
import type { PacketRenderers } from './ports.ts';

/**
 * The memo's bounds. An H&C application prints about two dozen documents per build (each citing
 * document twice, the list of documents once per layout pass), so the memo must hold more than
 * one build's prints or a rebuild prints everything again; a printed document is tens of kilobytes.
 */
const MEMO_ENTRIES = 128;
const MEMO_BYTES = 32 * 2 ** 20;

/**
 * List of documents, volume covers and the packet's generated documents, printed by the
 * document engine through one printer. Identical inputs are
 * answered from a memo (least recently used out first), so a rebuild whose page ranges did not
 * move prints nothing.
 */
export function createEngineRenderers(printer: Printer, fonts: FontLibrary): PacketRenderers {
  const memo = new BoundedLru<Uint8Array>({ maxEntries: MEMO_ENTRIES, maxBytes: MEMO_BYTES, sizeOf: (pdf) => pdf.byteLength });
  const print = async (doc: DossierDocument, what: string, images?: ImageResolver): Promise<Uint8Array> => {
    // The images drawn are part of what is printed: a signature changed under the same id prints again.
    const drawn = documentImageIds(doc).map((id) => {
      const bytes = images?.(id);
      return [id, bytes === undefined ? '' : createHash('sha256').update(bytes).digest('hex')];
    });
    // Hashed so the memo holds 64 characters per document rather than the whole model as text.
    const key = createHash('sha256')
      .update(JSON.stringify([doc, drawn]))
      .digest('hex');
    const hit = memo.get(key);
    if (hit) return hit;
    assertCoverage(doc, fonts, what);
    const html = printHtml(doc, fonts, images);
    // Right-to-left words read back in order from the packet's text layer (text-layer.ts).
    const pdf = await mendPrintedPdf(await printer.print(html, { pageSize: doc.page.size }));
    memo.set(key, pdf);
    return pdf;
  };
  return {
    listOfDocuments: (entries, options) => print(listOfDocumentsModel(entries, options), 'the list of documents'),
    volumeCover: (cover, options) => print(volumeCoverModel(cover, options), 'a volume cover'),
    renderDocument: (doc, images) => print(doc, `"${doc.meta.title.slice(0, 80)}"`, images),
  };
}
