import { describe, expect, it } from 'vitest';
import { createVaultOverrides } from '../../src-main/services/template-overrides.ts';
import { nextPassphrase, notesRevision } from './helpers/vault-kill-shared.ts';
import { expectNoLeftovers, KILLS, opKillHarness, opens, PASSPHRASE } from './helpers/vault-op-kill-harness.ts';

/**
 * SIGKILL at random moments during the writes a user starts from Settings: a template save and a
 * passphrase change. After each kill the vault opens, with the old or the new state, and with the
 * old or the new passphrase. (The restores have their own file, vault-restore-kill.test.ts, so
 * the two halves run side by side.)
 */
const { runAndKill, setUp } = opKillHarness('dossier-op-kill-');

describe('Settings writes under SIGKILL', () => {
  it(`a template save leaves the old or the new override after each of ${String(KILLS)} kills`, async () => {
    const dir = await setUp('template', PASSPHRASE);
    let acked = 0;
    for (let round = 0; round < KILLS; round += 1) {
      const lines = await runAndKill('template', dir, PASSPHRASE, 30);
      for (const line of lines) acked = Math.max(acked, Number(line.split(' ')[1]));
      const opened = await opens(dir, PASSPHRASE);
      expect(opened?.status.recovered).toEqual([]);
      const overrides = createVaultOverrides(opened!.vault);
      await overrides.load();
      const text = overrides.get('en', 'letterhead')?.text;
      if (acked > 0) expect(text).toBeDefined();
      if (text !== undefined) {
        // Whole, and never older than the last save acknowledged.
        const stored = notesRevision(text);
        expect(stored).not.toBeNull();
        expect(stored ?? -1).toBeGreaterThanOrEqual(acked);
      }
      expectNoLeftovers(dir);
      opened!.vault.lock();
    }
    expect(acked).toBeGreaterThan(KILLS / 2);
  }, 600_000);

  it(`a passphrase change leaves one of the two passphrases working, the other refused, after each of ${String(KILLS)} kills`, async () => {
    let passphrase = 'pass-0';
    const dir = await setUp('passphrase', passphrase);
    let changes = 0;
    for (let round = 0; round < KILLS; round += 1) {
      const lines = await runAndKill('passphrase', dir, passphrase, 40);
      const acked = lines.at(-1)?.split(' ')[1];
      const candidates = [acked ?? passphrase, nextPassphrase(acked ?? passphrase)];
      const old = await opens(dir, candidates[0]!);
      const opened = old ?? (await opens(dir, candidates[1]!));
      expect(opened, `round ${String(round)}: neither ${candidates.join(' nor ')} opens`).toBeDefined();
      const now = old ? candidates[0]! : candidates[1]!;
      expect((await opened!.vault.readCase('case-op-a')).revision).toBe(1);
      expectNoLeftovers(dir);
      opened!.vault.lock();
      // The other passphrase no longer opens the vault.
      const other = now === candidates[0] ? candidates[1]! : candidates[0]!;
      expect(await opens(dir, other), `round ${String(round)}: ${other} still opens`).toBeUndefined();
      if (now !== passphrase) changes += 1;
      passphrase = now;
    }
    expect(changes).toBeGreaterThan(KILLS / 2);
  }, 600_000);
});
