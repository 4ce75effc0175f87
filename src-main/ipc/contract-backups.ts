import { z } from 'zod';
import { backupCheck, backupFileContents, backupFileInput, backupId, backupSummary, vaultStatus } from './app-dto.ts';

/** Backups of the vault and backup files: their channels, apart from the rest of the vault's. */
export const backupChannels = {
  /** Every backup, newest first, with the cases it holds (names read with the vault's key). */
  vaultBackups: { input: z.void(), output: z.array(backupSummary) },
  /** Makes a backup of the vault now. */
  vaultBackupNow: { input: z.void(), output: z.object({ id: z.string() }) },
  /** Puts one case back from a backup, after backing up the vault as it is. */
  vaultRestoreCase: {
    input: z.object({ backupId, caseId: z.string().min(1).max(64) }),
    output: z.object({ safetyBackup: z.string(), revision: z.int() }),
  },
  /** Puts the whole vault back as it was in a backup, after backing up the vault as it is; the passphrase stays the current one. */
  vaultRestoreVault: { input: z.object({ backupId }), output: z.object({ safetyBackup: z.string(), cases: z.int() }) },
  /** Checks a backup without restoring it. */
  vaultVerifyBackup: { input: z.object({ backupId }), output: backupCheck },
  /** Asks for a folder and copies the backup there as one encrypted file; null when the dialog was closed. */
  vaultCopyBackup: { input: z.object({ backupId }), output: z.object({ file: z.string().nullable() }) },
  /** Asks for a backup file (.dsvbackup) to open; null when the dialog was closed. */
  vaultBackupFilePick: { input: z.void(), output: z.object({ file: z.string().nullable() }) },
  /** Verifies a picked backup file with the passphrase it was made under and lists its cases; needs no open vault. */
  vaultBackupFileInspect: { input: backupFileInput, output: backupFileContents },
  /** First run: restores a whole picked backup file into the empty data folder and opens it with that passphrase. */
  vaultBackupFileRestore: { input: backupFileInput, output: vaultStatus },
  /** Restores one case of a picked backup file into the open vault, after backing up the vault as it is. */
  vaultBackupFileRestoreCase: {
    input: backupFileInput.extend({ caseId: z.string().min(1).max(64) }),
    output: z.object({ safetyBackup: z.string(), revision: z.int(), displayName: z.string() }),
  },
} as const;
