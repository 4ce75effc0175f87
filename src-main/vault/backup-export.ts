import path from 'node:path';
import { writeBackupFile } from './backup-file.ts';
import { readBackupFileAt } from './backup-file-open.ts';
import { backupFolder, backupFolderSource } from './backup-source.ts';
import { verifyBackupSource } from './backup-verify.ts';
import { liveKey, type Session, type VaultDeps } from './session.ts';
import type { BackupCheck, BackupTarget } from './types.ts';

/** Verifies a backup of this vault, or a backup file copied out, with the open vault's key. */
export async function verifyBackup(deps: VaultDeps, session: Session, target: BackupTarget): Promise<BackupCheck> {
  liveKey(session);
  if ('backupId' in target) return verifyBackupSource(session, await backupFolderSource(deps.fs, backupFolder(deps.dir, target.backupId)));
  return verifyBackupSource(session, await readBackupFileAt(deps.fs, target.file));
}

/** Copies one backup out of the vault as a single encrypted file (see vault/backup-file.ts). */
export async function exportBackup(deps: VaultDeps, session: Session, backupId: string, toDir: string): Promise<{ file: string }> {
  liveKey(session);
  const source = await backupFolderSource(deps.fs, backupFolder(deps.dir, backupId));
  return { file: await writeBackupFile(deps.fs, source, backupId, path.resolve(toDir), deps.random) };
}
