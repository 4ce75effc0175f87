import { readFile } from 'node:fs/promises';
import { runCli, type CliIo } from '../../src-main/cli/main.ts';

export interface InProcessResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs CLI commands in this process against one vault, as `bin/dossier.js` would, with the
 * passphrase in DOSSIER_PASS unless `env` says otherwise: faster than a child process, for unit
 * tests of a command's own behaviour (tests/integration spawns the real binary). The vaults it
 * creates use the test-only scrypt cost (N=2^10) unless `env` sets DOSSIER_TEST_SCRYPT_LOG2N.
 */
export function cliInProcess(
  vault: string,
  env: Readonly<Record<string, string>> = { DOSSIER_PASS: 'correct horse battery staple' },
): (...args: string[]) => Promise<InProcessResult> {
  return async (...args) => {
    let stdout = '';
    let stderr = '';
    const io: CliIo = {
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      env: { DOSSIER_TEST_SCRYPT_LOG2N: '10', ...env },
      readFile: (file) => readFile(file, 'utf8'),
    };
    const code = await runCli([...args, '--vault', vault, '--passphrase-env', 'DOSSIER_PASS'], io);
    return { code, stdout, stderr };
  };
}
