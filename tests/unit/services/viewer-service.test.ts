import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { degrees, PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { caseSchema, type Case } from '../../../src-main/core/model/case.ts';
import type { PacketRenderers } from '../../../src-main/packet/pages/ports.ts';
import { SourceCache } from '../../../src-main/packet/contents/source-cache.ts';
import { sha256Hex } from '../../../src-main/packet/report/manifest.ts';
import { buildCasePacket } from '../../../src-main/services/packet-build.ts';
import { createTemplateStore } from '../../../src-main/services/templates-store.ts';
import { createViewerService, type ViewerServiceDeps } from '../../../src-main/services/viewer-service.ts';
import type { VaultApi } from '../../../src-main/vault/types.ts';
import { counsel } from '../../helpers/counsel.ts';

const store = createTemplateStore();
const documents = { counsel: () => counsel, templates: store.set.bind(store) };
const now = () => new Date(Date.UTC(2026, 2, 17, 12));
const work = mkdtempSync(path.join(tmpdir(), 'dossier-viewer-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function pdfOf(words: string, pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < pages; i += 1) doc.addPage([612, 792]).drawText(`${words} page ${i + 1}`, { x: 72, y: 700, size: 14, font });
  return doc.save();
}

const renderers: PacketRenderers = {
  listOfDocuments: () => pdfOf('List of documents', 1),
  volumeCover: () => pdfOf('Cover', 1),
  renderDocument: () => pdfOf('Generated', 1),
};
const openRenderers = () => Promise.resolve({ renderers, close: () => Promise.resolve() });

/** Case 1 with every exhibit imported (its words "Exhibit N"), kept in memory with its blobs. */
async function memoryCase(): Promise<{ value: () => Case; vault: VaultApi; blobs: Map<string, Uint8Array> }> {
  const raw = (JSON.parse(readFileSync('tests/fixtures/cases/case1-lai.json', 'utf8')) as { case: unknown }).case;
  const base = caseSchema.parse(raw);
  const blobs = new Map<string, Uint8Array>();
  const exhibits = [];
  for (const [index, e] of base.exhibits.entries()) {
    const bytes = await pdfOf(`Exhibit ${index + 1} Montréal`, 1 + (index % 2));
    blobs.set(`blob-${e.id}`, bytes);
    exhibits.push({ ...e, blobId: `blob-${e.id}`, sha256: sha256Hex(bytes), pages: 1 + (index % 2) });
  }
  let value: Case = { ...base, exhibits };
  const vault = {
    readCase: () => Promise.resolve({ case: value, revision: 1 }),
    writeCase: (next: Case) => {
      value = next;
      return Promise.resolve({ revision: 2 });
    },
    getBlob: (id: string) => Promise.resolve(blobs.get(id) ?? new Uint8Array()),
  } as unknown as VaultApi;
  return { value: () => value, vault, blobs };
}

function viewerOver(vault: VaultApi, extra: Partial<ViewerServiceDeps> = {}) {
  let n = 0;
  return createViewerService({
    vault,
    newId: () => `s${(n += 1)}`,
    renderDocument: async () => ({ bytes: await pdfOf('Release plan letter', 2), title: 'Release plan' }),
    ...extra,
  });
}

const isPng = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 8)).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));

describe('the viewer service', () => {
  it('opens the last built packet from its folder: pages, bookmarks with sub-tabs, page images, search hits, checked hash', async () => {
    const { value, vault } = await memoryCase();
    const outDir = path.join(work, 'packet');
    const { manifest } = await buildCasePacket(
      { caseId: value().id, preset: 'detention-disclosure', outDir, skipBadExhibits: false },
      { vault, documents, openRenderers, cache: new SourceCache(), now, newId: () => 'build-1' },
    );
    expect(value().builds.at(-1)?.folder).toBe(outDir);
    const viewer = viewerOver(vault);
    const opened = await viewer.open({ kind: 'packet', caseId: value().id, volume: 0 });
    expect(opened.shows).toBe('packet');
    expect(opened.integrity).toBe('verified');
    expect(opened.pages).toHaveLength(manifest.outputs[0]!.pages);
    expect(opened.pages[0]).toEqual({ width: 612, height: 792 });
    // Every tab of the packet is a bookmark pointing at its first page (the manifest's 1-based page).
    const tab3 = manifest.inputs.find((i) => i.tab === '3')!;
    const flat = opened.bookmarks.flatMap((b) => [b, ...b.children]);
    const mark = flat.find((b) => b.title.includes(tab3.title));
    expect(mark?.pageIndex).toBe(tab3.firstPage - 1);

    const image = await viewer.page(opened.sessionId, 0, 0.2);
    expect(isPng(image.png)).toBe(true);
    expect([image.width, image.height]).toEqual([Math.round(612 * 0.2), Math.round(792 * 0.2)]);

    const { hits, truncated } = await viewer.search(opened.sessionId, 'montreal');
    expect(truncated).toBe(false);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]!.text).toBe('Montréal');
    expect(hits[0]!.rects[0]!.left).toBeGreaterThan(72);
    expect(viewer.close(opened.sessionId)).toBe(true);
    await expect(viewer.page(opened.sessionId, 0, 1)).rejects.toMatchObject({ code: 'NOT_FOUND' });

    // A volume changed on disk still opens, and says so; a missing one is refused by name.
    const file = path.join(outDir, manifest.outputs[0]!.fileName);
    writeFileSync(file, Buffer.concat([readFileSync(file), Buffer.from('\n% changed\n')]));
    expect((await viewer.open({ kind: 'packet', caseId: value().id, volume: 0 })).integrity).toBe('changed');
    unlinkSync(file);
    await expect(viewer.open({ kind: 'packet', caseId: value().id, volume: 0 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining(manifest.outputs[0]!.fileName) as string,
    });
    viewer.closeAll();
  });

  it('refuses a packet when none was built, and a build recorded without its folder', async () => {
    const { value, vault } = await memoryCase();
    const viewer = viewerOver(vault);
    await expect(viewer.open({ kind: 'packet', caseId: value().id, volume: 0 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const record = { id: 'b-old', builtAt: '2026-01-01T00:00:00Z', preset: 'hc', manifestSha256: 'a'.repeat(64), inputs: [], skipped: [] };
    await vault.writeCase(
      { ...value(), builds: [{ ...record, outputs: [{ fileName: 'old.pdf', sha256: 'b'.repeat(64), bytes: 1, pages: 1 }] }] },
      1,
    );
    await expect(viewer.open({ kind: 'packet', caseId: value().id, volume: 0 })).rejects.toThrow(/Build the packet again/u);
  });

  it('shows an exhibit as the packet files it, or its original; a stored file that does not match its hash is refused', async () => {
    const { value, vault, blobs } = await memoryCase();
    const viewer = viewerOver(vault);
    const exhibit = value().exhibits[1]!;
    const filed = await viewer.open({ kind: 'exhibit', caseId: value().id, exhibitId: exhibit.id, copy: 'filed' });
    expect(filed).toMatchObject({ title: exhibit.title, shows: 'original' });
    expect(filed.pages).toHaveLength(2);
    expect((await viewer.search(filed.sessionId, 'EXHIBIT 2 montreal page 2')).hits.map((h) => h.pageIndex)).toEqual([1]);
    expect((await viewer.search(filed.sessionId, '  exhibit   2 ')).hits.map((h) => h.pageIndex)).toEqual([0, 1]);
    expect((await viewer.search(filed.sessionId, 'Quebec')).hits).toEqual([]);
    const original = await viewer.open({ kind: 'exhibit', caseId: value().id, exhibitId: exhibit.id, copy: 'original' });
    expect(original.pages).toHaveLength(2);
    blobs.set(exhibit.blobId!, await pdfOf('tampered', 1));
    await expect(viewer.open({ kind: 'exhibit', caseId: value().id, exhibitId: exhibit.id, copy: 'filed' })).rejects.toMatchObject({
      code: 'CORRUPT',
    });
    await expect(viewer.open({ kind: 'exhibit', caseId: value().id, exhibitId: 'x-none', copy: 'filed' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('measures pages without loading them, a turned page as shown', async () => {
    const { value, vault } = await memoryCase();
    const turned = await PDFDocument.create();
    turned.addPage([612, 792]);
    turned.addPage([612, 792]).setRotation(degrees(90));
    turned.addPage([300.5, 400.25]);
    const bytes = await turned.save();
    const viewer = viewerOver(vault, { renderDocument: () => Promise.resolve({ bytes, title: 'Turned' }) });
    const opened = await viewer.open({ kind: 'document', caseId: value().id, docKind: 'release-plan', lang: 'en', options: {} });
    expect(opened.pages).toEqual([
      { width: 612, height: 792 },
      { width: 792, height: 612 },
      { width: 300.5, height: 400.25 },
    ]);
  });

  it('answers other requests during a long search, and stops it when the view is closed', async () => {
    const { value, vault } = await memoryCase();
    const bytes = await pdfOf('Long disclosure', 30);
    const viewer = viewerOver(vault, { renderDocument: () => Promise.resolve({ bytes, title: 'Long' }) });
    const source = { kind: 'document', caseId: value().id, docKind: 'release-plan', lang: 'en', options: {} } as const;
    const opened = await viewer.open(source);
    const searching = viewer.search(opened.sessionId, 'page 30');
    const image = await viewer.page(opened.sessionId, 0, 0.1);
    expect(isPng(image.png)).toBe(true);
    expect((await searching).hits.map((h) => h.pageIndex)).toEqual([29]);
    const stopped = viewer.search(opened.sessionId, 'disclosure');
    viewer.close(opened.sessionId);
    await expect(stopped).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('prints a generated document in memory and shows it', async () => {
    const { value, vault } = await memoryCase();
    const viewer = viewerOver(vault);
    const doc = await viewer.open({ kind: 'document', caseId: value().id, docKind: 'release-plan', lang: 'fr', options: {} });
    expect(doc).toMatchObject({ title: 'Release plan', shows: 'document', bookmarks: [] });
    expect(doc.pages).toHaveLength(2);
  });

  it('keeps at most the capped number of sessions, closing the least recently used, and closes them all on lock', async () => {
    const { value, vault } = await memoryCase();
    const viewer = viewerOver(vault, { maxSessions: 2 });
    const source = { kind: 'document', caseId: value().id, docKind: 'release-plan', lang: 'en', options: {} } as const;
    const a = await viewer.open(source);
    const b = await viewer.open(source);
    await viewer.page(a.sessionId, 0, 0.1);
    const c = await viewer.open(source);
    expect(viewer.openCount).toBe(2);
    await expect(viewer.page(b.sessionId, 0, 0.1)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await viewer.page(a.sessionId, 0, 0.1);
    await viewer.page(c.sessionId, 0, 0.1);
    viewer.closeAll();
    expect(viewer.openCount).toBe(0);
  });

  it('refuses bytes PDFium cannot open with a typed error naming the source', async () => {
    const { value, vault } = await memoryCase();
    const viewer = viewerOver(vault, { renderDocument: () => Promise.resolve({ bytes: new Uint8Array([1, 2, 3]), title: 'Broken' }) });
    await expect(
      viewer.open({ kind: 'document', caseId: value().id, docKind: 'release-plan', lang: 'en', options: {} }),
    ).rejects.toMatchObject({ code: 'BAD_EXHIBIT', message: expect.stringContaining('"Broken"') as string });
  });
});
