import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliInProcess } from '../../helpers/cli-in-process.ts';

const work = mkdtempSync(path.join(tmpdir(), 'dossier-cli-passphrase-'));
const vault = path.join(work, 'vault');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const OLD = 'correct horse battery staple';
const NEW = 'a new and longer passphrase for the vault';

function dossier(env: Record<string, string>, ...args: string[]) {
  return cliInProcess(vault, env)(...args);
}

describe('dossier vault passphrase', () => {
  it('changes the passphrase: the new one opens the vault, the old one is refused', async () => {
    expect((await dossier({ DOSSIER_PASS: OLD }, 'vault', 'init')).code).toBe(0);
    const missing = await dossier({ DOSSIER_PASS: OLD }, 'vault', 'passphrase');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--new-passphrase-env/u);

    const wrong = await dossier({ DOSSIER_PASS: 'not the passphrase', NEXT: NEW }, 'vault', 'passphrase', '--new-passphrase-env', 'NEXT');
    expect(wrong.stderr).toMatch(/^dossier: WRONG_PASSPHRASE/u);

    const changed = await dossier({ DOSSIER_PASS: OLD, NEXT: NEW }, 'vault', 'passphrase', '--new-passphrase-env', 'NEXT');
    expect(changed.stderr).toBe('');
    expect(JSON.parse(changed.stdout)).toEqual({ changed: true });

    expect((await dossier({ DOSSIER_PASS: NEW }, 'case', 'list')).code).toBe(0);
    const old = await dossier({ DOSSIER_PASS: OLD }, 'case', 'list');
    expect(old.code).toBe(1);
    expect(old.stderr).toMatch(/^dossier: WRONG_PASSPHRASE/u);
  }, 60_000);
});
