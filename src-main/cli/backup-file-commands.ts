import { DossierError } from '../core/errors.ts';
import type { VaultApi } from '../vault/types.ts';
import type { CliArgs } from './args.ts';

type BackupFileVault = Pick<VaultApi, 'inspectBackupFile' | 'restoreBackupFile' | 'restoreCaseFromFile' | 'listCases'>;

/** `vault verify FILE` and `vault restore FILE` with --backup-passphrase-env: a backup file opened with its own passphrase. */
export function isBackupFileCommand(args: CliArgs): boolean {
  const command = args.command.join(' ');
  return (command === 'vault verify' || command === 'vault restore') && args.options['backup-passphrase-env'] !== undefined;
}

/**
 * `vault verify FILE --backup-passphrase-env VAR` checks a backup file (any vault's) with the
 * passphrase it was made under and lists its cases; `vault restore FILE --backup-passphrase-env VAR`
 * restores it whole into an empty --vault DIR, or with --case ID that case alone into the vault
 * (unlocked first with --passphrase-env), its attachments re-encrypted under that vault's key.
 */
export async function backupFileCommand(
  args: CliArgs,
  vault: BackupFileVault,
  env: Readonly<Record<string, string | undefined>>,
  unlock: () => Promise<void>,
): Promise<unknown> {
  const command = args.command.join(' ');
  const file = args.positionals[0];
  if (!file) throw new DossierError('VALIDATION', `${command} needs the path of a .dsvbackup file.`);
  const variable = args.options['backup-passphrase-env'];
  if (typeof variable !== 'string' || variable === '')
    throw new DossierError('VALIDATION', `${command} --backup-passphrase-env needs VAR (a variable holding the backup's passphrase).`);
  const passphrase = env[variable];
  if (passphrase === undefined || passphrase === '')
    throw new DossierError('PASSPHRASE_REQUIRED', `The environment variable ${variable} is empty or not set.`);
  if (command === 'vault verify') return await vault.inspectBackupFile(file, passphrase);
  const caseId = args.options['case'];
  if (caseId === undefined) {
    const status = await vault.restoreBackupFile(file, passphrase);
    return { restored: true, state: status.state, cases: (await vault.listCases()).length };
  }
  if (typeof caseId !== 'string' || caseId === '') throw new DossierError('VALIDATION', 'vault restore --case needs a case ID.');
  await unlock();
  return await vault.restoreCaseFromFile(file, passphrase, caseId);
}
