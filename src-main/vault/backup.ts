import { createHash } from 'node:crypto';
import path from 'node:path';
import { DossierError } from '../core/errors.ts';
import { ensurePrivateDir, FILE_MODE } from './atomic.ts';
import { selectBackupsToDelete, type BackupInfo, type BackupPolicy } from './backup-rotation.ts';
import {
  BACKUPS_DIR,
  BLOBS_DIR,
  blobFilePattern,
  caseFilePattern,
  hex,
  INDEX_FILE,
  KEYS_FILE,
  PARTIAL_BACKUP_PREFIX,
  PREVIOUS_SUFFIX,
  PRUNING_BACKUP_PREFIX,
  recordFilePattern,
} from './file-names.ts';
import { toVaultError } from './fs-errors.ts';
import { isNotFound, type FsPort } from './fs-port.ts';

export interface BackupDeps {
  readonly fs: FsPort;
  readonly dir: string;
  readonly random: (n: number) => Uint8Array;
  readonly now: () => Date;
  readonly policy: BackupPolicy;
}

const backupNamePattern = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-[0-9a-f]{8}$/;
/** Reasons are machine words: they are stored unencrypted in the backup manifest. */
const reasonPattern = /^[a-z0-9][a-z0-9-]{0,39}$/;

export function backupName(at: Date, random: (n: number) => Uint8Array): string {
  return `${at.toISOString().replace(/[-:.]/g, '')}-${hex(random(4))}`;
}

/** The creation instant encoded in a backup folder name, or null for anything else. */
export function backupCreatedAt(name: string): string | null {
  const m = backupNamePattern.exec(name);
  if (!m) return null;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`;
}

async function listOrEmpty(fs: FsPort, dir: string): Promise<string[]> {
  try {
    return await fs.readdir(dir);
  } catch (error) {
    if (isNotFound(error)) return [];
    throw error;
  }
}

/** Copies the files and returns the SHA-256 of each copy, keyed by its path inside the backup. */
async function copyInto(
  fs: FsPort,
  fromDir: string,
  toDir: string,
  names: readonly string[],
  prefix: string,
): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  for (const name of names) {
    // A crash inside an atomic write can leave only `name.prev` (the vault reads it from there):
    // the backup takes that copy under the file's own name, or it would miss the file.
    for (const from of [name, name + PREVIOUS_SUFFIX]) {
      try {
        await fs.copyFile(path.join(fromDir, from), path.join(toDir, name));
        await fs.chmod(path.join(toDir, name), FILE_MODE);
        hashes[prefix + name] = createHash('sha256')
          .update(await fs.readFile(path.join(toDir, name)))
          .digest('hex');
        break;
      } catch (error) {
        if (!isNotFound(error)) throw error;
      }
    }
  }
  return hashes;
}

/**
 * Copies the current encrypted files into backups/<timestamp-id>/. The copy is assembled in a
 * hidden folder and renamed when complete, so pruning never counts a half-made backup.
 */
export async function takeBackup(deps: BackupDeps, reason: string): Promise<string> {
  if (!reasonPattern.test(reason))
    throw new DossierError('VALIDATION', 'A backup reason is a short lower-case word such as before-migration.');
  const { fs, dir } = deps;
  const backups = path.join(dir, BACKUPS_DIR);
  const createdAt = deps.now();
  const name = backupName(createdAt, deps.random);
  const partial = path.join(backups, PARTIAL_BACKUP_PREFIX + name);
  try {
    await ensurePrivateDir(fs, backups);
    await ensurePrivateDir(fs, partial);
    const isVaultFile = (n: string) => n === KEYS_FILE || n === INDEX_FILE || caseFilePattern.test(n) || recordFilePattern.test(n);
    const names = await fs.readdir(dir);
    const current = (n: string) => (n.endsWith(PREVIOUS_SUFFIX) ? n.slice(0, -PREVIOUS_SUFFIX.length) : n);
    const top = [...new Set(names.map(current))].filter(isVaultFile);
    const hashes = await copyInto(fs, dir, partial, top, '');
    const blobNames = (await listOrEmpty(fs, path.join(dir, BLOBS_DIR))).filter((n) => blobFilePattern.test(n));
    if (blobNames.length > 0) {
      await ensurePrivateDir(fs, path.join(partial, BLOBS_DIR));
      Object.assign(hashes, await copyInto(fs, path.join(dir, BLOBS_DIR), path.join(partial, BLOBS_DIR), blobNames, `${BLOBS_DIR}/`));
      await fs.fsyncDir(path.join(partial, BLOBS_DIR));
    }
    // The hashes of the encrypted copies let a backup be verified without the key (and with it, every record is decrypted too).
    const files = Object.keys(hashes).length;
    const manifest = { format: 'dossier-vault-backup', createdAt: createdAt.toISOString(), reason, files, hashes };
    await fs.writeNewFileDurably(
      path.join(partial, 'backup.json'),
      new Uint8Array(Buffer.from(JSON.stringify(manifest), 'utf8')),
      FILE_MODE,
    );
    await fs.fsyncDir(partial);
    await fs.rename(partial, path.join(backups, name));
    await fs.fsyncDir(backups);
  } catch (error) {
    await fs.removeTree(partial).catch(() => undefined);
    throw toVaultError(error, 'making a backup');
  }
  await pruneBackups(deps);
  return name;
}

export async function listBackups(fs: FsPort, dir: string): Promise<BackupInfo[]> {
  const names = await listOrEmpty(fs, path.join(dir, BACKUPS_DIR));
  return names.flatMap((name) => {
    const createdAt = backupCreatedAt(name);
    return createdAt ? [{ name, createdAt }] : [];
  });
}

export async function pruneBackups(deps: BackupDeps): Promise<string[]> {
  const doomed = selectBackupsToDelete(await listBackups(deps.fs, deps.dir), deps.policy);
  const backups = path.join(deps.dir, BACKUPS_DIR);
  try {
    // Renamed aside first: a crash while deleting must not leave half a backup listed under its name.
    for (const name of doomed) {
      await deps.fs.rename(path.join(backups, name), path.join(backups, PRUNING_BACKUP_PREFIX + name));
      await deps.fs.fsyncDir(backups);
      await deps.fs.removeTree(path.join(backups, PRUNING_BACKUP_PREFIX + name));
    }
  } catch (error) {
    throw toVaultError(error, 'removing old backups');
  }
  return doomed;
}

/** Removes half-made backup copies and half-deleted pruned backups a crash left behind (the originals are untouched). */
export async function removePartialBackups(fs: FsPort, dir: string): Promise<void> {
  const names = await listOrEmpty(fs, path.join(dir, BACKUPS_DIR));
  for (const name of names.filter((n) => n.startsWith(PARTIAL_BACKUP_PREFIX) || n.startsWith(PRUNING_BACKUP_PREFIX)))
    await fs.removeTree(path.join(dir, BACKUPS_DIR, name));
}
