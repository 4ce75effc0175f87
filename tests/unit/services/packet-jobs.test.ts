import { describe, expect, it, vi } from 'vitest';
import { DossierError } from '../../../src-main/core/errors.ts';
import type { Case, Exhibit } from '../../../src-main/core/model/case.ts';
import type { PacketManifest } from '../../../src-main/packet/report/manifest.ts';
import type { CaseBuildInput } from '../../../src-main/services/packet-build.ts';
import { createPacketJobHandlers } from '../../../src-main/services/packet-jobs.ts';
import type { PacketService } from '../../../src-main/services/packet-service.ts';
import type { VaultApi } from '../../../src-main/vault/types.ts';

const sha = 'a'.repeat(64);
const exhibit = (id: string, pages: number, extra: Partial<Exhibit> = {}): Exhibit => ({
  id,
  title: `Title ${id}`,
  supports: [],
  blobId: `b-${id}`,
  sha256: sha,
  pages,
  ...extra,
});

function fakeVault(exhibits: Exhibit[]): VaultApi {
  const value = {
    id: 'case-1',
    exhibits,
    statements: [],
    people: [],
    detention: { service: [] },
    matter: { languageOfProceedings: 'en' },
  } as unknown as Case;
  return { readCase: () => Promise.resolve({ case: value, revision: 1 }) } as unknown as VaultApi;
}

/** A build that reports progress, then waits for the test to finish or for the signal. */
function controlledBuild() {
  let finish: (() => void) | undefined;
  const calls: CaseBuildInput[] = [];
  const packets: PacketService = {
    build: (input) => {
      calls.push(input);
      input.onProgress?.({ stage: 'exhibits', done: 1, total: 3 });
      return new Promise((resolve, reject) => {
        input.signal?.addEventListener('abort', () =>
          reject(new DossierError('CANCELLED', 'The build was cancelled. Nothing was written.')),
        );
        finish = () =>
          resolve({
            manifestPath: `${input.outDir}/manifest.json`,
            manifest: { outputs: [{ fileName: 'A.pdf', pages: 4, bytes: 1000 }], skipped: [], caps: {} } as unknown as PacketManifest,
          });
      });
    },
  };
  return { packets, calls, finish: () => finish?.() };
}

const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('packet build jobs', () => {
  it('builds into the folder the dialog chose, reports progress, then the volumes, and reveals only its own manifest', async () => {
    const build = controlledBuild();
    const shell = { showItemInFolder: vi.fn<(file: string) => void>() };
    const h = createPacketJobHandlers({
      vault: fakeVault([exhibit('e1', 2)]),
      packets: build.packets,
      newId: () => 'one',
      dialog: {
        pickFiles: () => Promise.resolve([]),
        pickDirectory: () => Promise.resolve('/tmp/out'),
        saveFile: () => Promise.resolve(null),
      },
      shell,
    });
    const { jobId } = await h.packetBuildStart({ caseId: 'case-1', preset: 'hc', options: { skipBadExhibits: true, maxPages: 500 } });
    expect(build.calls[0]).toMatchObject({ caseId: 'case-1', preset: 'hc', outDir: '/tmp/out', skipBadExhibits: true, maxPages: 500 });
    expect(await h.packetBuildStatus({ jobId })).toMatchObject({ state: 'running', progress: { done: 1, total: 3, stage: 'exhibits' } });
    expect(await h.packetShowInFolder({ jobId })).toEqual({ shown: false });
    build.finish();
    await flush();
    const done = await h.packetBuildStatus({ jobId });
    expect(done).toMatchObject({
      state: 'done',
      result: { manifestPath: '/tmp/out/manifest.json', volumes: [{ fileName: 'A.pdf', pages: 4, bytes: 1000 }] },
    });
    expect(await h.packetShowInFolder({ jobId })).toEqual({ shown: true });
    expect(shell.showItemInFolder).toHaveBeenCalledWith('/tmp/out/manifest.json');
  });

  it('cancels a running build', async () => {
    const build = controlledBuild();
    const h = createPacketJobHandlers({
      vault: fakeVault([exhibit('e1', 2)]),
      packets: build.packets,
      newId: () => 'two',
      dialog: {
        pickFiles: () => Promise.resolve([]),
        pickDirectory: () => Promise.resolve('/tmp/out'),
        saveFile: () => Promise.resolve(null),
      },
    });
    const { jobId } = await h.packetBuildStart({ caseId: 'case-1', preset: 'detention-disclosure', options: { skipBadExhibits: false } });
    await h.packetBuildCancel({ jobId });
    await flush();
    expect(await h.packetBuildStatus({ jobId })).toMatchObject({ state: 'cancelled', error: { code: 'CANCELLED' } });
  });

  it('answers CANCELLED when no folder is chosen, and a typed error without a dialog or for an unknown job', async () => {
    const build = controlledBuild();
    const base = { vault: fakeVault([exhibit('e1', 2)]), packets: build.packets, newId: () => 'x' };
    const closed = createPacketJobHandlers({
      ...base,
      dialog: { pickFiles: () => Promise.resolve([]), pickDirectory: () => Promise.resolve(null), saveFile: () => Promise.resolve(null) },
    });
    const input = { caseId: 'case-1', preset: 'hc' as const, options: { skipBadExhibits: false } };
    await expect(closed.packetBuildStart(input)).rejects.toMatchObject({ code: 'CANCELLED' });
    await expect(createPacketJobHandlers(base).packetBuildStart(input)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(closed.packetBuildStatus({ jobId: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(build.calls).toEqual([]);
  });

  it('previews the list of documents with the generated documents first, tab numbers, sub-tabs and page ranges', async () => {
    const h = createPacketJobHandlers({
      vault: fakeVault([
        exhibit('e1', 2),
        exhibit('e2', 3),
        exhibit('e3', 1, { partOf: 'e1' }),
        { id: 'no-file', title: 'x', supports: [] },
      ]),
      packets: controlledBuild().packets,
      newId: () => 'p',
    });
    const preview = await h.packetPlanPreview({ caseId: 'case-1', preset: 'detention-disclosure' });
    expect(preview.entries.map((e) => [e.tab, e.key, e.pages, e.depth, e.estimated])).toEqual([
      ['', 'generated:cover-letter', 1, 0, true],
      ['1', 'generated:chronology', 1, 0, true],
      ['2', 'e1', 2, 0, false],
      ['2a', 'e3', 1, 1, false],
      ['3', 'e2', 3, 0, false],
    ]);
    // Cover letter 1, list of documents 2, chronology 3, then the exhibits.
    expect(preview.entries.map((e) => e.firstLabel)).toEqual(['1', '3', '4', '6', '7']);
    expect(preview.lastNumber).toBe(9);
  });
});
