import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE, type DossierDocument } from '../../../src-main/documents/model.ts';
import type { PacketRenderers } from '../../../src-main/packet/pages/ports.ts';
import { loadFontLibrary } from '../../../src-main/render/fonts/library.ts';
import { cachedPacketRenderers } from '../../../src-main/services/cached-prints.ts';
import { createPrintCache, type PrintCacheVault } from '../../../src-main/services/print-cache.ts';

/** The vault's records and blobs in memory: enough for the cache, nothing encrypted. */
function memoryVault(): PrintCacheVault & { blobs: Map<string, Uint8Array> } {
  const records = new Map<string, Uint8Array>();
  const blobs = new Map<string, Uint8Array>();
  let next = 0;
  return {
    blobs,
    readRecord: (name) => Promise.resolve(records.get(name)),
    writeRecord: (name, bytes) => Promise.resolve(void records.set(name, bytes)),
    putBlob: (bytes) => {
      const blobId = `b-${(next += 1)}`;
      blobs.set(blobId, bytes);
      return Promise.resolve({ blobId, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.byteLength });
    },
    getBlob: (blobId) => {
      const bytes = blobs.get(blobId);
      return bytes ? Promise.resolve(bytes) : Promise.reject(new Error('no such blob'));
    },
    sweepBlobs: (candidates, keep) => {
      const gone = candidates.filter((id) => !keep.has(id));
      for (const id of gone) blobs.delete(id);
      return Promise.resolve({ removed: gone.length, kept: candidates.length - gone.length });
    },
  };
}

function countingRenderers(): { renderers: PacketRenderers; printed: string[] } {
  const printed: string[] = [];
  const pdf = (what: string) => {
    printed.push(what);
    return Promise.resolve(new TextEncoder().encode(`${what} ${printed.length}`));
  };
  return {
    printed,
    renderers: {
      listOfDocuments: () => pdf('list'),
      volumeCover: () => pdf('cover'),
      renderDocument: (doc) => pdf(doc.meta.title),
    },
  };
}

const letter = (words: string, signature = false): DossierDocument => ({
  meta: { title: 'Letter', lang: 'en' },
  page: DEFAULT_PAGE,
  blocks: [
    { type: 'paragraph', runs: [{ text: words }] },
    ...(signature
      ? [
          {
            type: 'image' as const,
            imageId: 'counsel-signature',
            mediaType: 'image/png' as const,
            alt: 'Signature',
            widthPt: 100,
            heightPt: 40,
          },
        ]
      : []),
  ],
});
const listOptions = { lang: 'en' as const, headerLines: ['File 1'], labelStyle: { kind: 'short' as const }, volumes: 1 };

describe('a packet build’s prints through the cache', () => {
  it('prints a page once per case, and again when its wording, its signature image or its entries change', async () => {
    const vault = memoryVault();
    const cache = createPrintCache({ vault, now: () => new Date(0) });
    const { renderers, printed } = countingRenderers();
    const fonts = loadFontLibrary();
    const build = (caseId: string) => cachedPacketRenderers(renderers, cache, caseId, fonts);

    const first = await build('case-a').renderDocument(letter('We enclose the plan.'));
    expect(await build('case-a').renderDocument(letter('We enclose the plan.'))).toEqual(first);
    expect(printed).toEqual(['Letter']);
    await build('case-a').renderDocument(letter('We enclose the amended plan.'));
    await build('case-b').renderDocument(letter('We enclose the plan.'));
    expect(printed).toHaveLength(3);

    const signed = letter('Signed.', true);
    const ink = (shade: number) => () => Uint8Array.of(shade);
    await build('case-a').renderDocument(signed, ink(1));
    await build('case-a').renderDocument(signed, ink(1));
    await build('case-a').renderDocument(signed, ink(2));
    expect(printed).toHaveLength(5);

    await build('case-a').listOfDocuments([], listOptions);
    await build('case-a').listOfDocuments([], listOptions);
    await build('case-a').listOfDocuments([], { ...listOptions, headerLines: ['File 2'] });
    expect(printed.filter((p) => p === 'list')).toHaveLength(2);

    await cache.flush();
    cache.clear();
    // After a lock the vault's copy answers; a purged case's prints are gone from memory and the vault.
    await build('case-b').renderDocument(letter('We enclose the plan.'));
    expect(printed).toHaveLength(7);
    const before = vault.blobs.size;
    await cache.purgeCase('case-b');
    expect(vault.blobs.size).toBe(before - 1);
    await build('case-b').renderDocument(letter('We enclose the plan.'));
    expect(printed).toHaveLength(8);
  });
});
