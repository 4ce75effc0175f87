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
 * DOSSIER_PASS; `extraEnv` overrides it (an empty or wrong passphrase, for instance).
 */
export function dossierCli(vault: string): (args: readonly string[], extraEnv?: Record<string, string>) => CliResult {
  return (args, extraEnv = {}) => {
    const result = spawnSync(
      process.execPath,
      [path.join(root, 'bin/dossier.js'), ...args, '--vault', vault, '--passphrase-env', 'DOSSIER_PASS'],
      {
        env: { ...process.env, DOSSIER_PASS: TEST_PASSPHRASE, ...extraEnv },
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };
}
