import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VaultCheckDto } from '../../../src-main/ipc/contract.ts';
import { textPdf } from '../../fixtures/exhibits/make-exhibits.ts';
import { blobFiles, fixture, openVault, type TestVault } from '../transfer/helpers.ts';

const caseId = 'case1-lai-wing-sze';
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
let v: TestVault;

async function addExhibit(label: string): Promise<{ id: string; blobId: string }> {
  const { exhibit } = await v.ok<{ exhibit: { id: string; blobId: string } }>('exhibitImport', {
    caseId,
    fileName: `${label}.pdf`,
    bytes: b64(await textPdf(label, 1)),
  });
  return exhibit;
}

beforeEach(async () => {
  v = await openVault('dossier-blob-sweep-');
  await v.ok('caseImport', { file: fixture('case1-lai.json') });
});
afterEach(async () => {
  await v.services.dispose();
  rmSync(v.dir, { recursive: true, force: true });
});

describe('deletion that deletes', () => {
  it('removes an exhibit’s blob, and its previous generation, when a save drops the exhibit', async () => {
    const kept = await addExhibit('kept');
    const gone = await addExhibit('gone');
    const blobs = path.join(v.dir, 'vault', 'blobs');
    writeFileSync(path.join(blobs, `${gone.blobId}.dsb.prev`), 'an older generation');
    const stored = await v.services.vault.readCase(caseId);
    await v.ok('caseSave', {
      case: { ...stored.case, exhibits: stored.case.exhibits.filter((e) => e.id !== gone.id) },
      revision: stored.revision,
    });
    expect(blobFiles(v.dir)).toEqual([`${kept.blobId}.dsb`]);
    expect(existsSync(path.join(blobs, `${gone.blobId}.dsb.prev`))).toBe(false);
  });

  it('removes every blob of a deleted case, and `vault check` then finds nothing to clean', async () => {
    await addExhibit('one');
    await addExhibit('two');
    expect(blobFiles(v.dir)).toHaveLength(2);
    await v.ok('caseDelete', { id: caseId, confirm: true });
    expect(blobFiles(v.dir)).toEqual([]);
    expect(await v.ok<VaultCheckDto>('vaultCheck', { clean: false })).toMatchObject({ blobs: 0, orphans: [], unreadable: [], cleaned: 0 });
  });

  it('keeps a deleted case’s exhibits in the backup made before, and a restore brings them back', async () => {
    const exhibit = await addExhibit('backed-up');
    const { id: backupId } = await v.ok<{ id: string }>('vaultBackupNow');
    await v.ok('caseDelete', { id: caseId, confirm: true });
    expect(blobFiles(v.dir)).toEqual([]);
    await v.ok('vaultRestoreCase', { backupId, caseId });
    expect((await v.services.vault.getBlob(exhibit.blobId)).length).toBeGreaterThan(0);
  });

  it('removes counsel’s old signature when it is replaced, and the new one when it is cleared', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    ).toString('base64');
    await v.ok('counselSignatureSet', { mime: 'image/png', base64: png });
    const first = blobFiles(v.dir);
    expect(first).toHaveLength(1);
    await v.ok('counselSignatureSet', { mime: 'image/png', base64: png });
    const second = blobFiles(v.dir);
    expect(second).toHaveLength(1);
    expect(second).not.toEqual(first);
    expect(await v.ok<VaultCheckDto>('vaultCheck', { clean: false })).toMatchObject({ orphans: [] });
    await v.ok('counselSignatureClear');
    expect(blobFiles(v.dir)).toEqual([]);
  });
});

describe('vault check', () => {
  it('finds an orphaned blob, an unreadable file and a quarantined file, and cleans only the orphan', async () => {
    const exhibit = await addExhibit('referred');
    const orphan = await v.services.vault.putBlob(new TextEncoder().encode('nobody refers to this'));
    const blobs = path.join(v.dir, 'vault', 'blobs');
    // A blob stored in this session may be about to be referred to: only a later session calls it an orphan.
    expect((await v.ok<VaultCheckDto>('vaultCheck', { clean: false })).orphans).toEqual([]);
    v.services.vault.lock();
    await v.ok('vaultUnlock', { passphrase: 'correct horse battery staple' });
    const damaged = `b-${'d'.repeat(32)}.dsb`;
    writeFileSync(path.join(blobs, damaged), 'not a vault file at all, just bytes');
    const quarantine = path.join(v.dir, 'vault', 'quarantine');
    mkdirSync(quarantine, { recursive: true });
    writeFileSync(path.join(quarantine, `q-${'e'.repeat(32)}`), 'set aside earlier');

    const report = await v.ok<VaultCheckDto>('vaultCheck', { clean: false });
    expect(report).toMatchObject({
      blobs: 3,
      orphans: [{ blobId: orphan.blobId }],
      unreadable: [{ file: `blobs/${damaged}` }],
      quarantined: [{ file: `quarantine/q-${'e'.repeat(32)}`, bytes: 17 }],
      cleaned: 0,
    });
    const cleaned = await v.ok<VaultCheckDto>('vaultCheck', { clean: true });
    expect(cleaned.cleaned).toBe(1);
    expect(readdirSync(blobs).sort()).toEqual([damaged, `${exhibit.blobId}.dsb`].sort());
    expect(readdirSync(quarantine)).toHaveLength(1);
  });
});
