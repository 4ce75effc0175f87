import { DossierError } from '../core/errors.ts';
import type { Handlers } from '../ipc/invoke.ts';
import { BACKUP_FILE_EXTENSION } from '../vault/backup-file.ts';
import type { VaultApi, VaultStatus } from '../vault/types.ts';
import type { DialogPort, FileFilter } from './ports.ts';

type BackupFileHandlers = Pick<
  Handlers,
  'vaultBackupFilePick' | 'vaultBackupFileInspect' | 'vaultBackupFileRestore' | 'vaultBackupFileRestoreCase'
>;

export interface BackupFileHandlerDeps {
  readonly vault: VaultApi;
  readonly dialog?: DialogPort | undefined;
  /** The status as the renderer receives it (after the templates are loaded). */
  readonly opened: (status: VaultStatus) => ReturnType<Handlers['vaultStatus']>;
  readonly info: (event: string, fields?: Readonly<Record<string, string | number | boolean>>) => void;
}

const FILTERS: readonly FileFilter[] = [
  { name: 'Dossier backup', extensions: [BACKUP_FILE_EXTENSION.slice(1)] },
  { name: 'All files', extensions: ['*'] },
];

/**
 * Settings → Backups and the first-run screen open a backup file copied out of a vault, maybe
 * another one: the open dialog runs here, and only a path it gave is accepted back.
 */
export function createBackupFileHandlers(deps: BackupFileHandlerDeps): BackupFileHandlers {
  const picked = new Set<string>();
  const requirePicked = (file: string) => {
    if (!picked.has(file)) throw new DossierError('NOT_FOUND', 'Choose the backup file again.');
    return file;
  };
  return {
    vaultBackupFilePick: async () => {
      if (!deps.dialog) throw new DossierError('INTERNAL', 'No file dialog is available here.');
      const [file] = await deps.dialog.pickFiles(FILTERS);
      if (file === undefined) return { file: null };
      picked.add(file);
      return { file };
    },
    vaultBackupFileInspect: async ({ file, passphrase }) => {
      const contents = await deps.vault.inspectBackupFile(requirePicked(file), passphrase);
      deps.info('vault.backupFileVerified', { ok: contents.check.ok });
      return {
        ...contents,
        check: { ...contents.check, problems: contents.check.problems.map((p) => ({ ...p })) },
        cases: contents.cases.map((c) => ({ ...c })),
      };
    },
    vaultBackupFileRestore: async ({ file, passphrase }) => {
      const status = await deps.vault.restoreBackupFile(requirePicked(file), passphrase);
      deps.info('vault.restoredFromFile');
      return deps.opened(status);
    },
    vaultBackupFileRestoreCase: async ({ file, passphrase, caseId }) => {
      const restored = await deps.vault.restoreCaseFromFile(requirePicked(file), passphrase, caseId);
      deps.info('vault.caseRestoredFromFile');
      return restored;
    },
  };
}
