import { describe, expect, it } from 'vitest';
import { notesRevision } from './helpers/vault-kill-shared.ts';
import { expectNoLeftovers, KILLS, opKillHarness, opens, PASSPHRASE } from './helpers/vault-op-kill-harness.ts';

/**
 * SIGKILL at random moments during the restores a user starts from Settings → Backups: one case
 * into the open vault, and the whole vault. After each kill the vault opens, as it was or as the
 * backup was, and a restored case is whole.
 */
const { runAndKill, setUp } = opKillHarness('dossier-restore-kill-');

describe('Restores under SIGKILL', () => {
  it(`restoring one case leaves it whole and no older than acknowledged after each of ${String(KILLS)} kills`, async () => {
    const dir = await setUp('restore-case', PASSPHRASE);
    let acked = 0;
    let restores = 0;
    for (let round = 0; round < KILLS; round += 1) {
      const lines = await runAndKill('restore-case', dir, PASSPHRASE, 150);
      for (const line of lines) {
        const [event, revision] = line.split(' ');
        acked = Math.max(acked, Number(revision));
        if (event === 'restored') restores += 1;
      }
      const opened = await opens(dir, PASSPHRASE);
      expect(opened?.status.recovered).toEqual([]);
      const stored = await opened!.vault.readCase('case-op-a');
      const marked = notesRevision(stored.case.notes);
      expect(marked).not.toBeNull();
      expect(stored.case.client.familyName).toBe(`Family${String(marked)}`);
      expect(stored.revision).toBeGreaterThanOrEqual(acked);
      const backups = await opened!.vault.listBackups();
      expect(backups.every((b) => b.readable && b.cases.some((c) => c.id === 'case-op-a'))).toBe(true);
      expectNoLeftovers(dir);
      opened!.vault.lock();
    }
    expect(restores).toBeGreaterThan(KILLS / 2);
  }, 600_000);

  it(`a whole-vault restore leaves the vault as it was or as the backup was after each of ${String(KILLS)} kills`, async () => {
    const dir = await setUp('restore-vault', PASSPHRASE);
    let restores = 0;
    for (let round = 0; round < KILLS; round += 1) {
      restores += (await runAndKill('restore-vault', dir, PASSPHRASE, 80)).length;
      const opened = await opens(dir, PASSPHRASE);
      expect(opened?.status.recovered).toEqual([]);
      const vault = opened!.vault;
      const listed = await vault.listCases();
      expect(listed.map((c) => c.id).sort()).toEqual(['case-op-a', 'case-op-b']);
      for (const summary of listed) {
        // Each case file is whole, and the case list never runs ahead of it (a list from the vault
        // beside case files from an older backup would): a crash inside a save may leave it behind.
        const stored = await vault.readCase(summary.id);
        expect(notesRevision(stored.case.notes)).toBe(stored.revision);
        expect(summary.updatedAt <= stored.updatedAt, `${summary.updatedAt} after ${stored.updatedAt}`).toBe(true);
      }
      expectNoLeftovers(dir);
      vault.lock();
    }
    expect(restores).toBeGreaterThan(KILLS / 4);
  }, 600_000);
});
