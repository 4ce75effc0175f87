import path from 'node:path';
import { DossierError } from '../core/errors.ts';
import { takeBackup, listBackups, type BackupDeps } from './backup.ts';
import { decodeCase } from './case-file.ts';
import { writeCase } from './case-store.ts';
import { BACKUPS_DIR, BLOBS_DIR, blobFilePattern, caseFileName, INDEX_FILE, INDEX_FILE_ID } from './file-names.ts';
import { toVaultError } from './fs-errors.ts';
import { isNotFound } from './fs-port.ts';
import { decodeIndex, type IndexEntry } from './index-file.ts';
import { FILE_MODE } from './atomic.ts';
import { openFile, requireWritable, type Session, type VaultDeps } from './session.ts';
import type { BackupSummary } from './types.ts';

const backupDir = (deps: VaultDeps, backupId: string) => path.join(deps.dir, BACKUPS_DIR, backupId);

/** The backup's case list, read with the open vault's key (a passphrase change re-wraps the key; the key stays the same). */
async function backupIndex(deps: VaultDeps, session: Session, backupId: string): Promise<IndexEntry[]> {
  let bytes: Uint8Array;
  try {
    bytes = await deps.fs.readFile(path.join(backupDir(deps, backupId), INDEX_FILE));
  } catch (error) {
    if (isNotFound(error)) throw new DossierError('NOT_FOUND', 'There is no such backup, or it holds no case list.');
    throw toVaultError(error, 'reading a backup');
  }
  return decodeIndex(openFile(session, INDEX_FILE_ID, bytes).plaintext);
}

async function manifestOf(deps: VaultDeps, backupId: string): Promise<{ reason: string; files: number }> {
  try {
    const json = JSON.parse(Buffer.from(await deps.fs.readFile(path.join(backupDir(deps, backupId), 'backup.json'))).toString('utf8')) as {
      reason?: unknown;
      files?: unknown;
    };
    return { reason: typeof json.reason === 'string' ? json.reason : '', files: typeof json.files === 'number' ? json.files : 0 };
  } catch {
    return { reason: '', files: 0 };
  }
}

/** Every backup, newest first, with the cases it holds. A backup that cannot be read is listed with the reason. */
export async function describeBackups(deps: VaultDeps, session: Session): Promise<BackupSummary[]> {
  const backups = [...(await listBackups(deps.fs, deps.dir))].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const out: BackupSummary[] = [];
  for (const b of backups) {
    const { reason, files } = await manifestOf(deps, b.name);
    try {
      const entries = await backupIndex(deps, session, b.name);
      out.push({
        id: b.name,
        createdAt: b.createdAt,
        reason,
        files,
        readable: true,
        cases: entries.map((e) => ({ id: e.id, displayName: e.displayName, kind: e.kind, updatedAt: e.updatedAt })),
      });
    } catch {
      out.push({ id: b.name, createdAt: b.createdAt, reason, files, readable: false, cases: [] });
    }
  }
  return out;
}

/**
 * Puts one case back as it was in a backup: a backup of the vault as it is now (a restore never
 * overwrites without one), and the attachments the case needs that are no longer here,
 * then the case itself, as a new revision of the current case or as a case again if it was
 * deleted. Returns the backup made first.
 */
export async function restoreCase(
  deps: VaultDeps,
  session: Session,
  backupId: string,
  caseId: string,
): Promise<{ safetyBackup: string; revision: number }> {
  requireWritable(session);
  const entry = (await backupIndex(deps, session, backupId)).find((e) => e.id === caseId);
  if (!entry) throw new DossierError('NOT_FOUND', 'That backup does not hold this case.');
  const source = backupDir(deps, backupId);
  let bytes: Uint8Array;
  try {
    bytes = await deps.fs.readFile(path.join(source, caseFileName(entry.fileId)));
  } catch (error) {
    throw toVaultError(error, 'reading a backup');
  }
  const file = openFile(session, entry.fileId, bytes);
  const { stored } = decodeCase(file.plaintext, file.schemaVersion, entry.id);

  // Attachments first (adding files nothing refers to yet is harmless), then the backup of the
  // vault as it is: its rotation may prune the very backup being restored from.
  await copyMissingBlobs(deps, path.join(source, BLOBS_DIR));
  const backupDeps: BackupDeps = { ...deps, policy: deps.backupPolicy };
  const safetyBackup = await takeBackup(backupDeps, 'before-restore');
  const current = session.index.get(caseId);
  const saved = await writeCase(deps, session, stored.case, current ? current.revision : 0);
  return { safetyBackup, revision: saved.revision };
}

/** Blob files are sealed under their own id with the vault's key, so a backup's copy is valid as it is. */
export async function copyMissingBlobs(deps: VaultDeps, fromDir: string): Promise<void> {
  let names: string[];
  try {
    names = (await deps.fs.readdir(fromDir)).filter((n) => blobFilePattern.test(n));
  } catch (error) {
    if (isNotFound(error)) return;
    throw toVaultError(error, 'reading a backup');
  }
  const toDir = path.join(deps.dir, BLOBS_DIR);
  const present = new Set(await deps.fs.readdir(toDir).catch(() => [] as string[]));
  for (const name of names.filter((n) => !present.has(n))) {
    try {
      await deps.fs.copyFile(path.join(fromDir, name), path.join(toDir, name));
      await deps.fs.chmod(path.join(toDir, name), FILE_MODE);
    } catch (error) {
      throw toVaultError(error, 'restoring attachments');
    }
  }
  await deps.fs.fsyncDir(toDir);
}
