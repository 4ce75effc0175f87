import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/main.ts';
import { cliInProcess } from '../../helpers/cli-in-process.ts';

const work = mkdtempSync(path.join(tmpdir(), 'dossier-cli-recovery-'));
const vault = path.join(work, 'vault');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const PASSPHRASE = 'correct horse battery staple';

/** Runs a command that opens the vault with the recovery code in RECOVERY. */
async function withCode(code: string, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: (text: string) => (stdout += text),
    stderr: (text: string) => (stderr += text),
    env: { RECOVERY: code },
    readFile: (file: string) => readFile(file, 'utf8'),
  };
  const exit = await runCli([...args, '--vault', vault, '--recovery-code-env', 'RECOVERY'], io);
  return { exit, stdout, stderr };
}

describe('dossier vault recovery-code and --recovery-code-env', () => {
  it('prints a new code that opens the vault instead of the passphrase; a wrong one is refused as a wrong code', async () => {
    const dossier = cliInProcess(vault, { DOSSIER_PASS: PASSPHRASE });
    expect((await dossier('vault', 'init')).code).toBe(0);
    const made = await dossier('vault', 'recovery-code');
    expect(made.stderr).toBe('');
    const { code } = JSON.parse(made.stdout) as { code: string };
    expect(code).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){7}$/u);

    const opened = await withCode(code, 'case', 'list');
    expect(opened).toMatchObject({ exit: 0, stderr: '' });
    expect(JSON.parse(opened.stdout)).toEqual([]);

    const wrong = await withCode('AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA', 'case', 'list');
    expect(wrong.exit).toBe(1);
    expect(wrong.stderr).toMatch(/^dossier: WRONG_PASSPHRASE: That recovery code does not open this vault/u);

    const change = await withCode(code, 'vault', 'passphrase', '--new-passphrase-env', 'RECOVERY');
    expect(change.stderr).toMatch(/needs the passphrase/u);
  }, 60_000);
});
