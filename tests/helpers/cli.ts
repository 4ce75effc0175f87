import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

export const TEST_PASSPHRASE = 'correct horse battery staple';

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `bin/dossier.js` as a user would, against one vault, with the passphrase in
 * DOSSIER_PASS; `extraEnv` overrides it (an empty or wrong passphrase, for instance). Vaults and
 * bundles these calls create use the test-only scrypt cost (N=2^10), so a file of CLI calls
 * does not pay the production derivation on every unlock.
 */
export function dossierCli(vault: string): (args: readonly string[], extraEnv?: Record<string, string>) => CliResult {
  return (args, extraEnv = {}) => {
    const result = spawnSync(
      process.execPath,
      [path.join(root, 'bin/dossier.js'), ...args, '--vault', vault, '--passphrase-env', 'DOSSIER_PASS'],
      {
        env: { ...process.env, DOSSIER_PASS: TEST_PASSPHRASE, DOSSIER_TEST_SCRYPT_LOG2N: '10', ...extraEnv },
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };
}
