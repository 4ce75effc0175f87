import path from 'node:path';
import { z } from 'zod';
import { DossierError } from '../core/errors.ts';
import { ensurePrivateDir, FILE_MODE, writeAtomic } from './atomic.ts';
import { backupFolder, backupFolderSource } from './backup-source.ts';
import { verifyBackupSource } from './backup-verify.ts';
import { takeBackup } from './backup.ts';
import {
  BLOBS_DIR,
  blobFilePattern,
  caseFilePattern,
  INDEX_FILE,
  KEYS_FILE,
  PREVIOUS_SUFFIX,
  recordFilePattern,
  RESTORE_JOURNAL,
  RESTORE_STAGING_DIR,
} from './file-names.ts';
import { toVaultError } from './fs-errors.ts';
import { isNotFound, type FsPort } from './fs-port.ts';
import { adoptUnindexedCases, readIndex, saveIndex } from './index-store.ts';
import { copyMissingBlobs } from './restore.ts';
import { requireWritable, type Session, type VaultDeps } from './session.ts';

/** The files a whole-vault restore replaces: the case list, the cases and the records. The key file stays. */
const isReplaced = (name: string) => {
  const base = name.endsWith(PREVIOUS_SUFFIX) ? name.slice(0, -PREVIOUS_SUFFIX.length) : name;
  return base === INDEX_FILE || caseFilePattern.test(base) || recordFilePattern.test(base);
};

/** A restore into an empty folder also puts the key file and the attachments in place (the key file last). */
const isStaged = (name: string) =>
  (isReplaced(name) && !name.endsWith(PREVIOUS_SUFFIX)) ||
  name === KEYS_FILE ||
  (name.startsWith(`${BLOBS_DIR}/`) && blobFilePattern.test(name.slice(BLOBS_DIR.length + 1)));

const journalSchema = z.object({
  format: z.literal('dossier-vault-restore'),
  backupId: z.string().max(64),
  files: z.array(z.string().refine(isStaged)).max(1_000_000),
});

/** Writes the journal that decides a restore; from then on, finishRestore completes it even after a crash. */
export async function commitRestore(deps: VaultDeps, backupId: string, files: readonly string[]): Promise<void> {
  const journal = { format: 'dossier-vault-restore', backupId, files };
  await writeAtomic(deps.fs, deps.dir, RESTORE_JOURNAL, new Uint8Array(Buffer.from(JSON.stringify(journal), 'utf8')), {
    random: deps.random,
    keepPrevious: false,
    action: 'restoring the vault',
  });
}

/**
 * Finishes a whole-vault restore the journal says was decided: puts every staged file in place,
 * removes the replaced vault's cases, records and previous generations that the backup does not
 * hold, then the journal and the staging folder. Every step can run again after a crash.
 * Without a journal, a staging folder is an unfinished restore that never started: removed.
 */
export async function finishRestore(fs: FsPort, dir: string): Promise<boolean> {
  const staging = path.join(dir, RESTORE_STAGING_DIR);
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (error) {
    throw toVaultError(error, 'opening the vault');
  }
  if (!names.includes(RESTORE_JOURNAL)) {
    if (names.includes(RESTORE_STAGING_DIR)) await fs.removeTree(staging);
    return false;
  }
  let journal: z.infer<typeof journalSchema>;
  try {
    journal = journalSchema.parse(JSON.parse(Buffer.from(await fs.readFile(path.join(dir, RESTORE_JOURNAL))).toString('utf8')));
  } catch {
    throw new DossierError(
      'CORRUPT',
      'An interrupted restore left a damaged journal (restore.json). Nothing was changed; restore the vault from a backup file.',
    );
  }
  try {
    for (const name of journal.files) {
      try {
        await fs.rename(path.join(staging, ...name.split('/')), path.join(dir, ...name.split('/')));
      } catch (error) {
        if (!isNotFound(error)) throw error; // moved before a crash
      }
    }
    const keep = new Set(journal.files);
    for (const name of await fs.readdir(dir)) if (isReplaced(name) && !keep.has(name)) await fs.unlink(path.join(dir, name));
    if (journal.files.some((n) => n.startsWith(`${BLOBS_DIR}/`))) await fs.fsyncDir(path.join(dir, BLOBS_DIR));
    await fs.fsyncDir(dir);
    await fs.unlink(path.join(dir, RESTORE_JOURNAL));
    await fs.fsyncDir(dir);
    await fs.removeTree(staging);
  } catch (error) {
    throw toVaultError(error, 'finishing a restore');
  }
  return true;
}

/**
 * Puts the whole vault back as it was in a backup. The backup is verified first (every file
 * decrypts with this vault's key); its files are staged beside the vault and its attachments
 * copied in; then the vault as it is is backed up (a restore never overwrites without one), and
 * only then does the journal make the restore happen. The key file is not replaced: the
 * passphrase in use stays the one that opens the vault.
 */
export async function restoreVault(deps: VaultDeps, session: Session, backupId: string): Promise<{ safetyBackup: string; cases: number }> {
  requireWritable(session);
  const folder = backupFolder(deps.dir, backupId);
  const source = await backupFolderSource(deps.fs, folder);
  const check = await verifyBackupSource(session, source);
  if (!check.ok) {
    const first = check.problems[0];
    throw new DossierError(
      'CORRUPT',
      `This backup cannot be restored: ${first ? `${first.file} is ${first.problem}` : 'it is damaged'} (${String(check.problems.length)} problem(s); verify it for the list). Nothing was changed.`,
    );
  }
  const files = source.paths.filter((p) => isReplaced(p));
  const staging = path.join(deps.dir, RESTORE_STAGING_DIR);
  try {
    await deps.fs.removeTree(staging);
    await ensurePrivateDir(deps.fs, staging);
    for (const name of files) {
      await deps.fs.copyFile(path.join(folder, name), path.join(staging, name));
      await deps.fs.chmod(path.join(staging, name), FILE_MODE);
    }
    await deps.fs.fsyncDir(staging);
  } catch (error) {
    await deps.fs.removeTree(staging).catch(() => undefined);
    throw toVaultError(error, 'preparing the restore');
  }
  await copyMissingBlobs(deps, path.join(folder, 'blobs'));
  // The vault as it is, before anything is replaced; its rotation may prune the backup being restored, which is staged already.
  const safetyBackup = await takeBackup({ ...deps, policy: deps.backupPolicy }, 'before-restore');
  await commitRestore(deps, backupId, files);
  await finishRestore(deps.fs, deps.dir);
  session.index.clear();
  const index = await readIndex(deps, session);
  await index.repair();
  if ((await adoptUnindexedCases(deps, session)) > 0 || index.needsSave) await saveIndex(deps, session);
  return { safetyBackup, cases: session.index.size };
}
