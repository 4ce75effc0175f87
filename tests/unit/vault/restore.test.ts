import { describe, expect, it } from 'vitest';
import { CANARY, codeOf, newVault, sampleCase, tempVaultDir } from './support.ts';

describe('restoring one case from a backup', () => {
  it('brings back a deleted case with its attachment, after backing up the vault as it is', async () => {
    const vault = await newVault(tempVaultDir());
    const blob = await vault.putBlob(new Uint8Array([1, 2, 3, 4]));
    await vault.writeCase(sampleCase('case-0001'), 0);
    const backupId = await vault.backup('manual');
    await vault.deleteCase('case-0001');
    expect(await vault.listCases()).toEqual([]);

    const [listed] = await vault.listBackups();
    expect(listed).toMatchObject({ id: backupId, reason: 'manual', readable: true });
    expect(listed?.cases.map((c) => c.id)).toEqual(['case-0001']);

    const { safetyBackup, revision } = await vault.restoreCase(backupId, 'case-0001');
    expect(revision).toBe(1);
    expect((await vault.readCase('case-0001')).case.client.familyName).toBe(CANARY);
    expect(await vault.getBlob(blob.blobId)).toEqual(new Uint8Array([1, 2, 3, 4]));
    // The vault as it was just before (without the case) was kept.
    const safety = (await vault.listBackups()).find((b) => b.id === safetyBackup);
    expect(safety).toMatchObject({ reason: 'before-restore', cases: [] });
  });

  it('replaces a changed case by a new revision and refuses a case the backup does not hold', async () => {
    const vault = await newVault(tempVaultDir());
    await vault.writeCase(sampleCase('case-0001'), 0);
    const backupId = await vault.backup('manual');
    const current = await vault.readCase('case-0001');
    await vault.writeCase({ ...current.case, notes: 'changed after the backup' }, current.revision);
    const { revision } = await vault.restoreCase(backupId, 'case-0001');
    expect(revision).toBe(3);
    expect((await vault.readCase('case-0001')).case.notes).toBeUndefined();
    expect(await codeOf(vault.restoreCase(backupId, 'case-9999'))).toBe('NOT_FOUND');
  });
});
