import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDossierError } from '../../../src-main/core/errors.ts';
import { CANARY, codeOf, newVault, PASSPHRASE, sampleCase, tempVaultDir, testVault, walk } from './support.ts';

const OTHER = 'a different passphrase for vault B';
const bytes = new Uint8Array([7, 1, 7, 2, 7, 3]);

/** Vault A with one case and its exhibit, copied out as a backup file; returns the file and the blob id. */
async function backupFileOfA(): Promise<{ file: string; blobId: string }> {
  const dirA = tempVaultDir();
  const a = await newVault(dirA);
  const ref = await a.putBlob(bytes);
  const c = sampleCase('case-0001');
  await a.writeCase({ ...c, exhibits: [{ id: 'ex-1', title: 'Letter', supports: [], blobId: ref.blobId, sha256: ref.sha256 }] }, 0);
  const backupId = await a.backup('manual');
  const { file } = await a.exportBackup(backupId, path.dirname(dirA));
  a.lock();
  return { file, blobId: ref.blobId };
}

async function messageOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    if (isDossierError(error)) return error.message;
    throw error;
  }
  throw new Error('Expected a DossierError.');
}

describe('a backup file restored where its vault is not', () => {
  it('verifies with its own passphrase and lists its cases, with no vault open', async () => {
    const { file } = await backupFileOfA();
    const fresh = testVault(tempVaultDir());
    const contents = await fresh.inspectBackupFile(file, PASSPHRASE);
    expect(contents.check).toMatchObject({ ok: true, cases: 1, problems: [] });
    expect(contents.reason).toBe('manual');
    expect(contents.cases.map((c) => c.id)).toEqual(['case-0001']);
    expect(await codeOf(fresh.inspectBackupFile(file, OTHER))).toBe('WRONG_PASSPHRASE');
    expect(await messageOf(fresh.inspectBackupFile(file, OTHER))).toContain('passphrase the vault had when the backup was made');
  });

  it('restores whole into an empty folder, which then opens with the backup’s passphrase', async () => {
    const { file, blobId } = await backupFileOfA();
    const dir = tempVaultDir();
    const fresh = testVault(dir);
    expect(await codeOf(fresh.restoreBackupFile(file, OTHER))).toBe('WRONG_PASSPHRASE');
    expect((await fresh.status()).state).toBe('absent');
    const status = await fresh.restoreBackupFile(file, PASSPHRASE);
    expect(status.state).toBe('unlocked');
    expect((await fresh.readCase('case-0001')).case.client.familyName).toBe(CANARY);
    expect(await fresh.getBlob(blobId)).toEqual(bytes);
    fresh.lock();
    expect(await codeOf(fresh.unlock({ method: 'passphrase', passphrase: OTHER }))).toBe('WRONG_PASSPHRASE');
    await fresh.unlock({ method: 'passphrase', passphrase: PASSPHRASE });
    expect((await fresh.listCases()).map((c) => c.id)).toEqual(['case-0001']);
    // Nothing is left staged, and no plaintext reached the disk.
    const files = walk(dir);
    expect(files.some((f) => f.includes('.restore-staging') || f.endsWith('restore.json'))).toBe(false);
    for (const f of files.filter((x) => statSync(x).isFile()))
      for (const word of [CANARY, CANARY.toUpperCase()]) expect(readFileSync(f).includes(Buffer.from(word))).toBe(false);
  });

  it('refuses to restore whole over a vault that exists', async () => {
    const { file } = await backupFileOfA();
    const b = await newVault(tempVaultDir());
    b.lock();
    expect(await codeOf(b.restoreBackupFile(file, PASSPHRASE))).toBe('ALREADY_INITIALISED');
  });

  it('restores one case into another vault, its exhibit re-encrypted under that vault’s key, after a backup', async () => {
    const { file, blobId } = await backupFileOfA();
    const dirB = tempVaultDir();
    const b = testVault(dirB);
    await b.init({ method: 'passphrase', passphrase: OTHER });
    expect((await b.verifyBackup({ file })).problems).toContainEqual({ file: 'keys.json', problem: 'other-vault' });
    const restored = await b.restoreCaseFromFile(file, PASSPHRASE, 'case-0001');
    expect(restored).toMatchObject({ revision: 1, displayName: expect.stringContaining(CANARY.toUpperCase()) as string });
    const stored = await b.readCase('case-0001');
    const exhibit = stored.case.exhibits[0];
    expect(exhibit?.blobId).toBeDefined();
    expect(exhibit?.blobId).not.toBe(blobId);
    expect(await b.getBlob(exhibit?.blobId ?? '')).toEqual(bytes);
    expect((await b.listBackups()).find((x) => x.id === restored.safetyBackup)).toMatchObject({ reason: 'before-restore', cases: [] });
    expect(await codeOf(b.restoreCaseFromFile(file, PASSPHRASE, 'case-9999'))).toBe('NOT_FOUND');
    expect(await codeOf(b.restoreCaseFromFile(file, OTHER, 'case-0001'))).toBe('WRONG_PASSPHRASE');
  });

  it('refuses a tampered file and changes nothing', async () => {
    const { file } = await backupFileOfA();
    const tampered = readFileSync(file);
    tampered[tampered.length - 100] = (tampered[tampered.length - 100] ?? 0) ^ 0xff;
    writeFileSync(file, tampered);
    const dir = tempVaultDir();
    const fresh = testVault(dir);
    expect(await codeOf(fresh.restoreBackupFile(file, PASSPHRASE))).toBe('CORRUPT');
    expect((await fresh.status()).state).toBe('absent');
    expect(await codeOf(fresh.inspectBackupFile(file, PASSPHRASE))).toBe('CORRUPT');
  });
});
