import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { isDossierError } from '../../../src-main/core/errors.ts';
import { createVault } from '../../../src-main/vault/vault.ts';
import { bundleChild } from './bundle-child.ts';
import { runAndKill as killChild } from './kill-child.ts';
import { opCase, writerScrypt } from './vault-kill-shared.ts';

/** Kills per operation: the reliability bar asks for at least 200. */
export const KILLS = 200;
export const PASSPHRASE = 'kill test passphrase';

/**
 * The SIGKILL harness of the Settings operations (template save, passphrase change, restores):
 * a temporary root, the bundled child that runs one operation in a loop, a runner that kills it
 * at a random moment, and the checks made after each kill. Call once per test file.
 */
export function opKillHarness(prefix: string) {
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  let child = '';
  beforeAll(async () => {
    child = await bundleChild(path.join(import.meta.dirname, 'vault-op-child.ts'), path.join(root, 'child'));
  }, 60_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** Starts the child, kills it a random moment after its first acknowledged write (or before), returns its lines. */
  const runAndKill = async (mode: string, dir: string, passphrase: string, windowMs: number): Promise<string[]> =>
    (
      await killChild({
        script: child,
        args: [mode, dir, passphrase],
        name: 'the Settings writer',
        timing: { earlyChance: 0.1, earlyWithinMs: 150, afterFirstLineMs: windowMs },
      })
    ).lines;

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

  return { runAndKill, setUp };
}

export async function opens(dir: string, passphrase: string) {
  const vault = createVault({ dir, scrypt: writerScrypt });
  try {
    return { vault, status: await vault.unlock({ method: 'passphrase', passphrase }) };
  } catch (error) {
    if (isDossierError(error) && error.code === 'WRONG_PASSPHRASE') return undefined;
    throw error;
  }
}

/** No unfinished write is left in the folder once the vault has opened. */
export function expectNoLeftovers(dir: string): void {
  const top = readdirSync(dir);
  expect(top.filter((n) => n.endsWith('.tmp') || n === 'restore.json' || n === '.restore-staging')).toEqual([]);
  const backups = path.join(dir, 'backups');
  if (existsSync(backups)) expect(readdirSync(backups).filter((n) => n.startsWith('.'))).toEqual([]);
}
