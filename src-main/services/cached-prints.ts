import type { DossierDocument } from '../documents/model.ts';
import type { PacketRenderers } from '../packet/pages/ports.ts';
import type { FontLibrary } from '../render/fonts/library.ts';
import type { ImageResolver } from '../render/html/blocks.ts';
import { drawnImages, printKey } from './print-cache-key.ts';
import type { PrintCache } from './print-cache.ts';

/** A print looked up in the case's cache first; printed and kept there on a miss. */
async function throughCache(cache: PrintCache, caseId: string, key: string, print: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const hit = await cache.get(caseId, key);
  if (hit !== undefined) return hit;
  const pdf = await print();
  cache.put(caseId, key, pdf);
  return pdf;
}

/**
 * A build's packet renderers answered from the print cache: the generated documents, the list
 * of documents and the volume covers of a build whose inputs did not change are not printed again.
 */
export function cachedPacketRenderers(renderers: PacketRenderers, cache: PrintCache, caseId: string, fonts: FontLibrary): PacketRenderers {
  return {
    listOfDocuments: (entries, options) =>
      throughCache(cache, caseId, printKey('list-of-documents', [entries, options], fonts), () =>
        renderers.listOfDocuments(entries, options),
      ),
    volumeCover: (cover, options) =>
      throughCache(cache, caseId, printKey('volume-cover', [cover, options], fonts), () => renderers.volumeCover(cover, options)),
    renderDocument: (doc, images) =>
      throughCache(cache, caseId, printKey('packet-document', doc, fonts, drawnImages(doc, images)), () =>
        renderers.renderDocument(doc, images),
      ),
  };
}

/** A document printed for the Documents tab (and the viewer), answered from the case's print cache when unchanged. */
export function cachedDocumentPdf(
  cache: PrintCache | undefined,
  caseId: string,
  doc: DossierDocument,
  images: ImageResolver | undefined,
  fonts: FontLibrary,
  print: () => Promise<Uint8Array>,
): Promise<Uint8Array> {
  if (cache === undefined) return print();
  return throughCache(cache, caseId, printKey('document', doc, fonts, drawnImages(doc, images)), print);
}
