import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupCap, selectBackupsToDelete } from '../../../src-main/vault/backup-rotation.ts';
import { backupCreatedAt, backupName } from '../../../src-main/vault/backup.ts';
import { caseFiles, codeOf, hashTree, newVault, PASSPHRASE, sampleCase, testVault, tempVaultDir } from './support.ts';

function clock(start = Date.UTC(2026, 0, 1, 9, 0, 0)) {
  let t = start;
  return () => new Date((t += 6 * 3600_000));
}

describe('vault backups', () => {
  it('copies the current encrypted files, byte for byte, into backups/<timestamp-id>/', async () => {
    const dir = tempVaultDir();
    const vault = await newVault(dir);
    await vault.writeCase(sampleCase('case-0001'), 0);
    const blob = await vault.putBlob(new Uint8Array([9, 9, 9]));
    const name = await vault.backup('manual');
    expect(name).toMatch(/^\d{8}T\d{9}Z-[0-9a-f]{8}$/);
    const copy = path.join(dir, 'backups', name);
    const [caseFile] = caseFiles(dir);
    const live = hashTree(dir);
    const saved = hashTree(copy);
    for (const file of ['keys.json', 'index.dsv', caseFile ?? '', `blobs/${blob.blobId}.dsb`])
      expect([file, saved[file]]).toEqual([file, live[file]]);
    expect(JSON.parse(readFileSync(path.join(copy, 'backup.json'), 'utf8'))).toMatchObject({ reason: 'manual', files: 4 });
  });

  it('a backup opens as a vault with the same passphrase', async () => {
    const dir = tempVaultDir();
    const vault = await newVault(dir);
    await vault.writeCase(sampleCase('case-0001'), 0);
    const name = await vault.backup('manual');
    const restored = testVault(path.join(dir, 'backups', name));
    await restored.unlock({ method: 'passphrase', passphrase: PASSPHRASE });
    expect((await restored.readCase('case-0001')).revision).toBe(1);
  });

  it('prunes with the rotation policy, keeping the newest', async () => {
    const dir = tempVaultDir();
    const vault = await newVault(dir, { now: clock(), backupPolicy: { keepLast: 2, keepDaily: 0 } });
    const names: string[] = [];
    for (let i = 0; i < 5; i += 1) names.push(await vault.backup('manual'));
    expect(readdirSync(path.join(dir, 'backups')).sort()).toEqual(names.slice(-2).sort());
  });

  it('accepts only short machine words as reasons (they are stored unencrypted)', async () => {
    const vault = await newVault(tempVaultDir());
    expect(await codeOf(vault.backup('before import of Zyxwquantrell'))).toBe('VALIDATION');
  });

  it('encodes its creation time in the folder name', () => {
    const name = backupName(new Date(Date.UTC(2026, 4, 6, 7, 8, 9, 10)), () => new Uint8Array([1, 2, 3, 4]));
    expect(name).toBe('20260506T070809010Z-01020304');
    expect(backupCreatedAt(name)).toBe('2026-05-06T07:08:09.010Z');
    expect(backupCreatedAt('.partial-20260506T070809010Z-01020304')).toBeNull();
  });
});

describe('backup rotation', () => {
  const at = (day: number, hour: number) => `2026-01-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000Z`;
  const backups = [1, 2, 3].flatMap((day) => [8, 12, 18].map((hour) => ({ name: `b${day}-${hour}`, createdAt: at(day, hour) })));

  it('keeps the newest keepLast and the newest of each of the last keepDaily days', () => {
    const doomed = selectBackupsToDelete(backups, { keepLast: 2, keepDaily: 3 });
    const kept = backups.map((b) => b.name).filter((n) => !doomed.includes(n));
    expect(kept.sort()).toEqual(['b1-18', 'b2-18', 'b3-12', 'b3-18']);
    expect(backupCap({ keepLast: 2, keepDaily: 3 })).toBe(5);
  });

  it('keeps at least the newest even with a zero or nonsensical policy', () => {
    expect(selectBackupsToDelete(backups, { keepLast: 0, keepDaily: 0 })).not.toContain('b3-18');
    expect(selectBackupsToDelete(backups, { keepLast: Number.NaN, keepDaily: -4 })).toHaveLength(backups.length - 1);
    expect(selectBackupsToDelete([], { keepLast: 1, keepDaily: 0 })).toEqual([]);
  });
});
