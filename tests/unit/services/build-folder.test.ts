import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isBuildFolder, recoverBuildFolder, replaceBuildFolder, swapFolders } from '../../../src-main/services/build-folder.ts';
import { writeBuild } from '../../../src-main/services/packet-write.ts';
import type { BuildResult } from '../../../src-main/packet/build.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'dossier-build-folder-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

const bytes = (text: string) => new TextEncoder().encode(text);
const manifest = (names: string[]) =>
  bytes(JSON.stringify({ format: 'dossier-packet-manifest', outputs: names.map((fileName) => ({ fileName })) }));

/** A build result as writeBuild takes it: only the volumes' names and bytes and the manifest are written. */
function result(names: string[]): BuildResult {
  return {
    volumes: names.map((fileName) => ({ fileName, bytes: bytes(fileName) })),
    manifest: { format: 'dossier-packet-manifest', outputs: names.map((fileName) => ({ fileName })) },
  } as unknown as BuildResult;
}

describe('replaceBuildFolder', () => {
  it('replaces an earlier build whole: files of the earlier build that the new one lacks are gone', async () => {
    const target = path.join(root, 'out');
    await replaceBuildFolder(target, [
      { name: 'Vol 1.pdf', bytes: bytes('one') },
      { name: 'Vol 2.pdf', bytes: bytes('two') },
      { name: 'manifest.json', bytes: manifest(['Vol 1.pdf', 'Vol 2.pdf']) },
    ]);
    await replaceBuildFolder(target, [
      { name: 'Packet.pdf', bytes: bytes('new') },
      { name: 'manifest.json', bytes: manifest(['Packet.pdf']) },
    ]);
    expect(readdirSync(target).sort()).toEqual(['Packet.pdf', 'manifest.json']);
    expect(readdirSync(root)).toEqual(['out']);
  });

  it('leaves the earlier build untouched and says so when the new one cannot be written', async () => {
    const target = path.join(root, 'out');
    await replaceBuildFolder(target, [
      { name: 'Old.pdf', bytes: bytes('old') },
      { name: 'manifest.json', bytes: manifest(['Old.pdf']) },
    ]);
    // A name no file system accepts fails the write half-way, after the first file.
    const failed = replaceBuildFolder(target, [
      { name: 'New.pdf', bytes: bytes('new') },
      { name: 'bad\0name.pdf', bytes: bytes('x') },
      { name: 'manifest.json', bytes: manifest(['New.pdf']) },
    ]);
    await expect(failed).rejects.toMatchObject({ message: expect.stringContaining('Any earlier build there is untouched') as unknown });
    expect(readdirSync(target).sort()).toEqual(['Old.pdf', 'manifest.json']);
    expect(readFileSync(path.join(target, 'Old.pdf'), 'utf8')).toBe('old');
    expect(readdirSync(root)).toEqual(['out']);
  });

  it('puts back an earlier build set aside by a swap that was killed between its renames', async () => {
    const target = path.join(root, 'out');
    const { prev, next } = swapFolders(target);
    mkdirSync(prev);
    writeFileSync(path.join(prev, 'manifest.json'), manifest([]));
    mkdirSync(next);
    writeFileSync(path.join(next, 'Half.pdf'), 'half');
    await recoverBuildFolder(target);
    expect(readdirSync(root)).toEqual(['out']);
    expect(readdirSync(target)).toEqual(['manifest.json']);
  });
});

describe('isBuildFolder', () => {
  it('is true for a missing or empty folder and one holding only a listed build', async () => {
    expect(await isBuildFolder(path.join(root, 'missing'))).toBe(true);
    expect(await isBuildFolder(root)).toBe(true);
    writeFileSync(path.join(root, 'A.pdf'), 'a');
    writeFileSync(path.join(root, 'manifest.json'), manifest(['A.pdf']));
    writeFileSync(path.join(root, '.DS_Store'), '');
    expect(await isBuildFolder(root)).toBe(true);
  });

  it('is false for a folder holding anything a manifest does not list', async () => {
    writeFileSync(path.join(root, 'A.pdf'), 'a');
    writeFileSync(path.join(root, 'manifest.json'), manifest(['A.pdf']));
    writeFileSync(path.join(root, 'Letter to client.docx'), 'mine');
    expect(await isBuildFolder(root)).toBe(false);
  });
});

describe('writeBuild', () => {
  it('builds into a folder named after the packet inside a chosen folder that holds other files, and leaves those alone', async () => {
    writeFileSync(path.join(root, 'notes.txt'), 'mine');
    const manifestPath = await writeBuild(result(['A-1 – ID – Packet.pdf']), root);
    expect(manifestPath).toBe(path.join(root, 'A-1 – ID – Packet', 'manifest.json'));
    expect(readdirSync(root).sort()).toEqual(['A-1 – ID – Packet', 'notes.txt']);
    const again = await writeBuild(result(['A-1 – ID – Packet.pdf']), root);
    expect(again).toBe(manifestPath);
    expect(readdirSync(path.dirname(manifestPath)).sort()).toEqual(['A-1 – ID – Packet.pdf', 'manifest.json']);
  });

  it('writes straight into an empty chosen folder', async () => {
    expect(await writeBuild(result(['P.pdf']), root)).toBe(path.join(root, 'manifest.json'));
    expect(readdirSync(root).sort()).toEqual(['P.pdf', 'manifest.json']);
  });
});
