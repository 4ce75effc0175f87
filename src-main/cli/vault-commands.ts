import { DossierError } from '../core/errors.ts';
import type { Channel } from '../ipc/contract.ts';
import type { VaultApi } from '../vault/types.ts';
import type { CliArgs } from './args.ts';

type Call = (channel: Channel, input: unknown) => Promise<unknown>;
const backupIdPattern = /^\d{8}T\d{9}Z-[0-9a-f]{8}$/;

/**
 * `vault backup [--to DIR]`, `vault backups`, `vault verify BACKUP`, `vault restore BACKUP [--case ID]`
 * `vault passphrase` and `vault recovery-code`: the channels Settings → Backups uses, except that a folder or a backup
 * file is named on the command line instead of picked in a dialog.
 */
export async function vaultCommand(
  args: CliArgs,
  call: Call,
  vault: Pick<VaultApi, 'exportBackup' | 'verifyBackup'>,
  env: Readonly<Record<string, string | undefined>>,
  passphrase: string,
): Promise<unknown> {
  const command = args.command.join(' ');
  const to = args.options['to'];
  switch (command) {
    case 'vault backup': {
      const { id } = (await call('vaultBackupNow', undefined)) as { id: string };
      if (to === undefined) return { id };
      if (typeof to !== 'string' || to === '') throw new DossierError('VALIDATION', 'vault backup --to needs a folder.');
      return { id, ...(await vault.exportBackup(id, to)) };
    }
    case 'vault backups':
      return await call('vaultBackups', undefined);
    case 'vault verify': {
      const target = args.positionals[0];
      if (!target) throw new DossierError('VALIDATION', 'vault verify needs a BACKUP id or the path of a backup file.');
      return await vault.verifyBackup(backupIdPattern.test(target) ? { backupId: target } : { file: target });
    }
    case 'vault restore': {
      const backupId = args.positionals[0];
      const caseId = args.options['case'];
      if (!backupId) throw new DossierError('VALIDATION', 'vault restore needs a BACKUP id (see dossier vault backups).');
      if (caseId === undefined) return await call('vaultRestoreVault', { backupId });
      if (typeof caseId !== 'string' || caseId === '') throw new DossierError('VALIDATION', 'vault restore --case needs a case ID.');
      return await call('vaultRestoreCase', { backupId, caseId });
    }
    case 'vault passphrase': {
      const variable = args.options['new-passphrase-env'];
      if (typeof variable !== 'string' || variable === '')
        throw new DossierError('VALIDATION', 'vault passphrase needs --new-passphrase-env VAR (a variable holding the new passphrase).');
      const next = env[variable];
      if (next === undefined || next === '')
        throw new DossierError('PASSPHRASE_REQUIRED', `The environment variable ${variable} is empty or not set.`);
      await call('vaultChangePassphrase', { current: passphrase, next });
      return { changed: true };
    }
    case 'vault recovery-code':
      return { code: ((await call('vaultCreateRecoveryCode', undefined)) as { code: string }).code };
    default:
      throw new DossierError('VALIDATION', `Unknown command "${command}". Run dossier --help.`);
  }
}
