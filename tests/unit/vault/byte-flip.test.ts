import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDossierError } from '../../../src-main/core/errors.ts';
import { createConfSettings } from '../../../src-main/services/settings-conf.ts';
import type { VaultApi } from '../../../src-main/vault/types.ts';
import { codeOf, fakeKeyStore, newVault, PASSPHRASE, sampleCase, tempVaultDir, testVault } from './support.ts';

/**
 * One changed byte in any kind of vault file: a case, the case list, a record (the templates), an
 * attachment, the key file (every offset of its wrapped key), the settings, a backup and a backup
 * file copied out. Each gives a named outcome (CORRUPT, or the previous copy with a report),
 * never WRONG_PASSPHRASE and never an unexpected error. Offsets are sampled except in the wrapped key.
 */

/** The header's every field, a few bytes of the body, and the last byte. */
function sampleOffsets(length: number): number[] {
  const picks = [0, 3, 4, 5, 6, 7, 12, 18, 19, 26, 34, 35, 36, Math.floor(length / 3), Math.floor(length / 2), length - 2, length - 1];
  return [...new Set(picks.filter((o) => o >= 0 && o < length))];
}

function flipped(file: string, offset: number): void {
  const bytes = readFileSync(file);
  bytes[offset] = (bytes[offset] ?? 0) ^ 0x5a;
  writeFileSync(file, bytes);
}

/** A vault whose case, case list and templates each have a previous generation, with one attachment and one backup. */
async function richVault() {
  const dir = tempVaultDir();
  const vault = await newVault(dir);
  const first = await vault.writeCase(sampleCase('case-0001'), 0);
  await vault.writeCase(sampleCase('case-0001', { notes: 'second save' }), first.revision);
  await vault.writeRecord('templates', new TextEncoder().encode('round 1'));
  await vault.writeRecord('templates', new TextEncoder().encode('round 2'));
  const blob = await vault.putBlob(new TextEncoder().encode('an attachment'));
  const backupId = await vault.backup('manual');
  vault.lock();
  const caseFile = readdirSync(dir).find((n) => /^c-[0-9a-f]{32}\.dsv$/.test(n)) ?? '';
  return { dir, blob, backupId, caseFile };
}

/** A copy of the vault with one byte of `file` (relative) changed; removed after `check`. */
async function withFlip(source: string, file: string, offset: number, check: (dir: string, vault: VaultApi) => Promise<void>) {
  const dir = tempVaultDir();
  cpSync(source, dir, { recursive: true });
  flipped(path.join(dir, file), offset);
  const vault = testVault(dir);
  try {
    await check(dir, vault);
  } finally {
    vault.lock();
    rmSync(path.dirname(dir), { recursive: true, force: true });
  }
}

const unlock = (vault: VaultApi) => vault.unlock({ method: 'passphrase', passphrase: PASSPHRASE });

describe('one changed byte in a vault file', () => {
  it('a case file: the previous save, reported', async () => {
    const { dir, caseFile } = await richVault();
    for (const offset of sampleOffsets(readFileSync(path.join(dir, caseFile)).length))
      await withFlip(dir, caseFile, offset, async (_, vault) => {
        await unlock(vault);
        const stored = await vault.readCase('case-0001');
        expect([offset, stored.revision, stored.case.notes]).toEqual([offset, 1, undefined]);
        expect((await vault.status()).recovered).toEqual([{ file: caseFile, restoredFrom: 'previous' }]);
      });
  });

  it('the case list: the previous one, reported, every case still there', async () => {
    const { dir } = await richVault();
    for (const offset of sampleOffsets(readFileSync(path.join(dir, 'index.dsv')).length))
      await withFlip(dir, 'index.dsv', offset, async (_, vault) => {
        const status = await unlock(vault);
        expect([offset, status.recovered]).toEqual([offset, [{ file: 'index.dsv', restoredFrom: 'previous' }]]);
        expect((await vault.readCase('case-0001')).revision).toBe(2);
      });
  });

  it('a record (the templates): the previous one, reported', async () => {
    const { dir } = await richVault();
    for (const offset of sampleOffsets(readFileSync(path.join(dir, 'templates.dsv')).length))
      await withFlip(dir, 'templates.dsv', offset, async (_, vault) => {
        await unlock(vault);
        expect(new TextDecoder().decode(await vault.readRecord('templates'))).toBe('round 1');
        expect((await vault.status()).recovered).toEqual([{ file: 'templates.dsv', restoredFrom: 'previous' }]);
      });
  });

  it('an attachment: CORRUPT, set aside and reported', async () => {
    const { dir, blob } = await richVault();
    const file = `blobs/${blob.blobId}.dsb`;
    for (const offset of sampleOffsets(readFileSync(path.join(dir, file)).length))
      await withFlip(dir, file, offset, async (_, vault) => {
        await unlock(vault);
        expect([offset, await codeOf(vault.getBlob(blob.blobId))]).toEqual([offset, 'CORRUPT']);
        expect((await vault.status()).recovered).toEqual([{ file, restoredFrom: 'none' }]);
      });
  });

  it('the wrapped key of a keychain vault, at every offset: opens through the previous copy, reported', async () => {
    const dir = tempVaultDir();
    const keyStore = fakeKeyStore();
    const vault = testVault(dir, { keyStore });
    await vault.init({ method: 'keychain' });
    await vault.writeCase(sampleCase('case-0001'), 0);
    vault.lock();
    const text = readFileSync(path.join(dir, 'keys.json'), 'utf8');
    const keychain = text.indexOf('"keychain"');
    const start = text.indexOf('"wrapped": "', keychain) + '"wrapped": "'.length;
    const end = text.indexOf('"', start);
    expect(end - start).toBeGreaterThan(40);
    for (let offset = start; offset < end; offset += 1) {
      const copy = tempVaultDir();
      cpSync(dir, copy, { recursive: true });
      flipped(path.join(copy, 'keys.json'), offset);
      const opened = testVault(copy, { keyStore });
      const status = await opened.unlock({ method: 'keychain' });
      expect([offset, status.recovered]).toEqual([offset, [{ file: 'keys.json', restoredFrom: 'previous' }]]);
      opened.lock();
      rmSync(path.dirname(copy), { recursive: true, force: true });
    }
  }, 60_000);

  it('both copies of the key file: CORRUPT or "may be damaged", never a plain wrong passphrase', async () => {
    const { dir } = await richVault();
    const text = readFileSync(path.join(dir, 'keys.json'), 'utf8');
    const start = text.indexOf('"wrapped": "') + '"wrapped": "'.length;
    for (const offset of [start, start + 20, start + 50]) {
      const copy = tempVaultDir();
      cpSync(dir, copy, { recursive: true });
      flipped(path.join(copy, 'keys.json'), offset);
      flipped(path.join(copy, 'keys.json.prev'), offset + 1);
      const error: unknown = await unlock(testVault(copy)).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(isDossierError(error)).toBe(true);
      if (isDossierError(error)) {
        expect(['CORRUPT', 'WRONG_PASSPHRASE']).toContain(error.code);
        if (error.code === 'WRONG_PASSPHRASE') expect(error.message).toMatch(/may be damaged/u);
      }
      rmSync(path.dirname(copy), { recursive: true, force: true });
    }
  });

  it('the settings: set aside and the defaults used, reported; never an exception', () => {
    const dir = tempVaultDir();
    const settings = createConfSettings(dir);
    settings.set({ lockTimeoutMinutes: 7 });
    const file = path.join(dir, 'settings.json');
    const original = readFileSync(file);
    for (const offset of sampleOffsets(original.length)) {
      writeFileSync(file, original);
      flipped(file, offset);
      const reopened = createConfSettings(dir);
      const read = reopened.get();
      if (reopened.damaged?.() === true) {
        expect([offset, read.lockTimeoutMinutes]).toEqual([offset, 10]);
        expect(readdirSync(dir).some((n) => n.startsWith('settings.json.corrupt-'))).toBe(true);
      } else expect(read.lockTimeoutMinutes).toBeGreaterThan(0);
    }
  }, 60_000);

  it('a backup: verification names the file, the restore refuses; a backup file copied out is CORRUPT', async () => {
    const { dir, backupId, caseFile } = await richVault();
    const folder = `backups/${backupId}`;
    for (const file of [caseFile, 'index.dsv', 'templates.dsv', 'keys.json'])
      await withFlip(dir, `${folder}/${file}`, 40, async (_, vault) => {
        await unlock(vault);
        const check = await vault.verifyBackup({ backupId });
        expect([file, check.ok, check.problems]).toEqual([file, false, [{ file, problem: 'hash-mismatch' }]]);
        expect(await codeOf(vault.restoreVault(backupId))).toBe('CORRUPT');
      });
    const out = path.join(path.dirname(dir), 'out');
    const vault = testVault(dir);
    await unlock(vault);
    const { file } = await vault.exportBackup(backupId, path.dirname(dir));
    const length = readFileSync(file).length;
    for (const offset of sampleOffsets(length)) {
      const bytes = readFileSync(file);
      bytes[offset] = (bytes[offset] ?? 0) ^ 0x5a;
      writeFileSync(out, bytes);
      expect([offset, await codeOf(vault.verifyBackup({ file: out }))]).toEqual([offset, 'CORRUPT']);
    }
    vault.lock();
  });
});
