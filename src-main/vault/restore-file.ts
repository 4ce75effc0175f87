import path from 'node:path';
import { DossierError } from '../core/errors.ts';
import type { Case } from '../core/model/case.ts';
import { ensurePrivateDir, FILE_MODE } from './atomic.ts';
import { backupFileIndex, type OpenedBackupFile } from './backup-file-open.ts';
import { verifyBackupSource } from './backup-verify.ts';
import { takeBackup } from './backup.ts';
import { blobRefsOf, remapBlobs } from './blob-refs.ts';
import { removeBlobFiles } from './blob-sweep.ts';
import { putBlob } from './blob-store.ts';
import { decodeCase } from './case-file.ts';
import { writeCase } from './case-store.ts';
import { BLOBS_DIR, blobFileName, caseFileName, KEYS_FILE, RESTORE_STAGING_DIR } from './file-names.ts';
import { toVaultError } from './fs-errors.ts';
import { hasVaultData } from './keys.ts';
import { commitRestore, finishRestore } from './restore-vault.ts';
import { openFile, requireWritable, type Session, type VaultDeps } from './session.ts';

async function requireWhole(opened: OpenedBackupFile): Promise<number> {
  const check = await verifyBackupSource(opened.session, opened.source);
  if (!check.ok) {
    const first = check.problems[0];
    throw new DossierError(
      'CORRUPT',
      `This backup file cannot be restored: ${first ? `${first.file} is ${first.problem}` : 'it is damaged'} (${String(check.problems.length)} problem(s); verify it for the list). Nothing was changed.`,
    );
  }
  return check.cases;
}

/**
 * Restores a whole backup file into a data folder that holds no vault (another computer, a
 * fresh start): every file is staged beside the vault, then the restore journal decides it and
 * finishRestore moves the files in, the key file last. A crash before the journal leaves an
 * empty folder; after it, the next unlock finishes the move. The vault then opens with the
 * passphrase the backup was made under.
 */
export async function restoreFileIntoEmpty(deps: VaultDeps, opened: OpenedBackupFile): Promise<void> {
  if (await hasVaultData(deps))
    throw new DossierError(
      'ALREADY_INITIALISED',
      'This data folder already holds a vault. Unlock it and restore one case from the file, or choose an empty folder; nothing was changed.',
    );
  await requireWhole(opened);
  const staging = path.join(deps.dir, RESTORE_STAGING_DIR);
  const blobs = opened.source.paths.filter((p) => p.startsWith(`${BLOBS_DIR}/`));
  const others = opened.source.paths.filter((p) => !p.startsWith(`${BLOBS_DIR}/`) && p !== KEYS_FILE);
  const files = [...blobs, ...others, KEYS_FILE];
  try {
    await ensurePrivateDir(deps.fs, deps.dir);
    await deps.fs.removeTree(staging);
    await ensurePrivateDir(deps.fs, path.join(staging, BLOBS_DIR));
    for (const file of files)
      await deps.fs.writeNewFileDurably(path.join(staging, ...file.split('/')), await opened.source.read(file), FILE_MODE);
    await deps.fs.fsyncDir(path.join(staging, BLOBS_DIR));
    await deps.fs.fsyncDir(staging);
    await ensurePrivateDir(deps.fs, path.join(deps.dir, BLOBS_DIR));
  } catch (error) {
    await deps.fs.removeTree(staging).catch(() => undefined);
    throw toVaultError(error, 'restoring the backup file');
  }
  await commitRestore(deps, opened.source.header.backupId, files);
  await finishRestore(deps.fs, deps.dir);
}

/**
 * Restores one case from a backup file made under another key (another vault, or this one
 * before it was restored elsewhere): its attachments are decrypted with the file's key and
 * stored again under this vault's key with new ids, the vault as it is is backed up, then the
 * case is written as a new revision (or as a case again). Returns the backup made first.
 */
export async function restoreCaseFromFile(
  deps: VaultDeps,
  session: Session,
  opened: OpenedBackupFile,
  caseId: string,
): Promise<{ safetyBackup: string; revision: number; displayName: string }> {
  requireWritable(session);
  await requireWhole(opened);
  const entry = (await backupFileIndex(opened)).find((e) => e.id === caseId);
  if (!entry) throw new DossierError('NOT_FOUND', 'That backup file does not hold this case. Verify it for the list of its cases.');
  const file = openFile(opened.session, entry.fileId, await opened.source.read(caseFileName(entry.fileId)));
  const { stored } = decodeCase(file.plaintext, file.schemaVersion, entry.id);
  const refs = [...blobRefsOf({ case: stored.case })];
  const missing = refs.filter((id) => !opened.source.paths.includes(`${BLOBS_DIR}/${blobFileName(id)}`));
  if (missing.length > 0)
    throw new DossierError(
      'CORRUPT',
      `This backup file lacks ${String(missing.length)} attachment(s) the case refers to, so the case cannot be restored whole. Use another backup; nothing was changed.`,
    );
  const ids = new Map<string, string>();
  try {
    for (const id of refs) {
      const plain = openFile(opened.session, id, await opened.source.read(`${BLOBS_DIR}/${blobFileName(id)}`)).plaintext;
      ids.set(id, (await putBlob(deps, session, plain)).blobId);
      plain.fill(0);
    }
  } catch (error) {
    // Attachments stored for a case that will not be written are nobody's: removed again.
    await removeBlobFiles(deps, session, [...ids.values()]).catch(() => undefined);
    throw error;
  }
  // The vault as it is, then the case; a failure from here leaves at most attachments `vault check` finds.
  const safetyBackup = await takeBackup({ ...deps, policy: deps.backupPolicy }, 'before-restore');
  const current = session.index.get(caseId);
  const saved = await writeCase(deps, session, remapBlobs(stored.case, ids) as Case, current ? current.revision : 0);
  return { safetyBackup, revision: saved.revision, displayName: entry.displayName };
}
