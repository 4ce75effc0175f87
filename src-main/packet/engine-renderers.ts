import { createHash } from 'node:crypto';
import { documentImageIds } from '../documents/builders/signature-image.ts';
import type { DossierDocument } from '../documents/model.ts';
import { assertCoverage } from '../render/fonts/coverage.ts';
import type { FontLibrary } from '../render/fonts/library.ts';
import type { ImageResolver } from '../render/html/blocks.ts';
import { printHtml } from '../render/pdf/document-to-pdf.ts';
import type { Printer } from '../render/pdf/printer.ts';
import { volumeCoverModel, listOfDocumentsModel } from './generated-documents.ts';
import { entryLink } from './link-uri.ts';
import type { PacketRenderers } from './render-ports.ts';

/**
 * The marked runs (lang `xx-x-eN`, see generated-documents.ts) become links in the print HTML,
 * which Chromium turns into link annotations over exactly the printed text. The model has no
 * link block yet, so this is the one place that edits engine HTML, and only those spans.
 */
export function linkMarkedRuns(html: string): string {
  return html.replace(
    /<span lang="([a-z]{2})-x-e(\d{1,6})"([^>]*)>([\s\S]*?)<\/span>/gu,
    (_m, lang: string, index: string, attrs: string, inner: string) =>
      `<a href="${entryLink(Number(index))}" lang="${lang}"${attrs} style="color:inherit;text-decoration:none">${inner}</a>`,
  );
}

const MEMO_SIZE = 16;

/**
 * List of documents, volume covers and the packet's generated documents, printed by the
 * document engine through one printer. Identical inputs are
 * answered from a small memo, so a rebuild whose page ranges did not move prints nothing.
 */
export function createEngineRenderers(printer: Printer, fonts: FontLibrary): PacketRenderers {
  const memo = new Map<string, Uint8Array>();
  const print = async (doc: DossierDocument, what: string, links: boolean, images?: ImageResolver): Promise<Uint8Array> => {
    // The images drawn are part of what is printed: a signature changed under the same id prints again.
    const drawn = documentImageIds(doc).map((id) => {
      const bytes = images?.(id);
      return [id, bytes === undefined ? '' : createHash('sha256').update(bytes).digest('hex')];
    });
    const key = JSON.stringify([links, doc, drawn]);
    const hit = memo.get(key);
    if (hit) return hit;
    assertCoverage(doc, fonts, what);
    const html = printHtml(doc, fonts, images);
    const pdf = await printer.print(links ? linkMarkedRuns(html) : html, { pageSize: doc.page.size });
    memo.set(key, pdf);
    if (memo.size > MEMO_SIZE) memo.delete(memo.keys().next().value ?? '');
    return pdf;
  };
  return {
    listOfDocuments: (entries, options) => print(listOfDocumentsModel(entries, options), 'the list of documents', true),
    volumeCover: (cover, options) => print(volumeCoverModel(cover, options), 'a volume cover', true),
    renderDocument: (doc, images) => print(doc, `"${doc.meta.title.slice(0, 80)}"`, false, images),
  };
}
