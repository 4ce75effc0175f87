import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDossierError } from '../../src-main/core/errors.ts';
import { createVaultOverrides } from '../../src-main/services/template-overrides.ts';
import { createVault } from '../../src-main/vault/vault.ts';
import { bundleChild } from './helpers/bundle-child.ts';
import { nextPassphrase, notesRevision, opCase, writerScrypt } from './helpers/vault-kill-shared.ts';

/**
 * SIGKILL at random moments during the writes a user starts from Settings: a template save, a
 * passphrase change, a one-case restore and a whole-vault restore. After each kill the vault
 * opens, with the old or the new state, and with the old or the new passphrase.
 */
const KILLS = 200;
const PASSPHRASE = 'kill test passphrase';
const root = mkdtempSync(path.join(tmpdir(), 'dossier-op-kill-'));
let child = '';
beforeAll(async () => {
  child = await bundleChild(path.join(import.meta.dirname, 'helpers', 'vault-op-child.ts'), path.join(root, 'child'));
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Starts the child, kills it a random moment after its first acknowledged write (or before), returns its lines. */
function runAndKill(mode: string, dir: string, passphrase: string, windowMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, mode, dir, passphrase], { stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    let buffered = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    const kill = () => proc.kill('SIGKILL');
    if (Math.random() < 0.1) timer = setTimeout(kill, Math.random() * 150);
    proc.stdout.setEncoding('utf8');
    proc.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      const parts = buffered.split('\n');
      buffered = parts.pop() ?? '';
      lines.push(...parts);
      timer ??= setTimeout(kill, Math.random() * windowMs);
    });
    proc.stderr.setEncoding('utf8');
    proc.stderr.on('data', (chunk: string) => (stderr += chunk));
    proc.on('error', reject);
    proc.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`child exited on its own (code ${String(code)}): ${stderr}`));
      else resolve(lines);
    });
  });
}

/** A vault with two cases at revision 1 and one backup. */
async function setUp(name: string, passphrase: string): Promise<string> {
  const dir = path.join(root, name);
  const vault = createVault({ dir, scrypt: writerScrypt });
  await vault.init({ method: 'passphrase', passphrase });
  await vault.writeCase(opCase('case-op-a', 1), 0);
  await vault.writeCase(opCase('case-op-b', 1), 0);
  await vault.backup('manual');
  vault.lock();
  return dir;
}

async function opens(dir: string, passphrase: string) {
  const vault = createVault({ dir, scrypt: writerScrypt });
  try {
    return { vault, status: await vault.unlock({ method: 'passphrase', passphrase }) };
  } catch (error) {
    if (isDossierError(error) && error.code === 'WRONG_PASSPHRASE') return undefined;
    throw error;
  }
}

/** No unfinished write is left in the folder once the vault has opened. */
function expectNoLeftovers(dir: string): void {
  const top = readdirSync(dir);
  expect(top.filter((n) => n.endsWith('.tmp') || n === 'restore.json' || n === '.restore-staging')).toEqual([]);
  const backups = path.join(dir, 'backups');
  if (existsSync(backups)) expect(readdirSync(backups).filter((n) => n.startsWith('.'))).toEqual([]);
}

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
