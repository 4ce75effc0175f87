import { createHash } from 'node:crypto';
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

const MEMO_SIZE = 16;

/**
 * List of documents, volume covers and the packet's generated documents, printed by the
 * document engine through one printer. Identical inputs are
 * answered from a small memo, so a rebuild whose page ranges did not move prints nothing.
 */
export function createEngineRenderers(printer: Printer, fonts: FontLibrary): PacketRenderers {
  const memo = new Map<string, Uint8Array>();
  const print = async (doc: DossierDocument, what: string, images?: ImageResolver): Promise<Uint8Array> => {
    // The images drawn are part of what is printed: a signature changed under the same id prints again.
    const drawn = documentImageIds(doc).map((id) => {
      const bytes = images?.(id);
      return [id, bytes === undefined ? '' : createHash('sha256').update(bytes).digest('hex')];
    });
    const key = JSON.stringify([doc, drawn]);
    const hit = memo.get(key);
    if (hit) return hit;
    assertCoverage(doc, fonts, what);
    const html = printHtml(doc, fonts, images);
    // Right-to-left words read back in order from the packet's text layer (text-layer.ts).
    const pdf = await mendPrintedPdf(await printer.print(html, { pageSize: doc.page.size }));
    memo.set(key, pdf);
    if (memo.size > MEMO_SIZE) memo.delete(memo.keys().next().value ?? '');
    return pdf;
  };
  return {
    listOfDocuments: (entries, options) => print(listOfDocumentsModel(entries, options), 'the list of documents'),
    volumeCover: (cover, options) => print(volumeCoverModel(cover, options), 'a volume cover'),
    renderDocument: (doc, images) => print(doc, `"${doc.meta.title.slice(0, 80)}"`, images),
  };
}
