import path from 'node:path';
import { DossierError } from '../core/errors.ts';
import type { BackupSource } from './backup-verify.ts';
import { BACKUPS_DIR, BLOBS_DIR, blobFilePattern, caseFilePattern, INDEX_FILE, KEYS_FILE, recordFilePattern } from './file-names.ts';
import { toVaultError } from './fs-errors.ts';
import { isNotFound, type FsPort } from './fs-port.ts';

export const BACKUP_MANIFEST = 'backup.json';
const backupIdPattern = /^\d{8}T\d{9}Z-[0-9a-f]{8}$/;

/** What backup.json says (it is not encrypted: reasons are machine words, hashes are of encrypted files). */
export interface BackupManifest {
  readonly createdAt: string;
  readonly reason: string;
  readonly files: number;
  readonly hashes: Readonly<Record<string, string>> | undefined;
}

/** The folder of a backup id; the id becomes a path, so only the generated shape is accepted. */
export function backupFolder(vaultDir: string, backupId: string): string {
  if (!backupIdPattern.test(backupId)) throw new DossierError('NOT_FOUND', 'There is no such backup. See the list of backups.');
  return path.join(vaultDir, BACKUPS_DIR, backupId);
}

export async function readManifest(fs: FsPort, folder: string): Promise<BackupManifest> {
  try {
    const json = JSON.parse(Buffer.from(await fs.readFile(path.join(folder, BACKUP_MANIFEST))).toString('utf8')) as Record<string, unknown>;
    const hashes = json['hashes'];
    const valid =
      typeof hashes === 'object' &&
      hashes !== null &&
      Object.values(hashes).every((h) => typeof h === 'string' && /^[0-9a-f]{64}$/.test(h));
    return {
      createdAt: typeof json['createdAt'] === 'string' ? json['createdAt'] : '',
      reason: typeof json['reason'] === 'string' ? json['reason'] : '',
      files: typeof json['files'] === 'number' ? json['files'] : 0,
      hashes: valid ? (hashes as Record<string, string>) : undefined,
    };
  } catch {
    return { createdAt: '', reason: '', files: 0, hashes: undefined };
  }
}

/** The vault files a backup folder holds (its manifest aside), `blobs/` ones with their folder. */
async function listBackupFiles(fs: FsPort, folder: string): Promise<string[]> {
  let top: string[];
  try {
    top = await fs.readdir(folder);
  } catch (error) {
    if (isNotFound(error)) throw new DossierError('NOT_FOUND', 'There is no such backup. See the list of backups.');
    throw toVaultError(error, 'reading a backup');
  }
  const files = top.filter((n) => n === KEYS_FILE || n === INDEX_FILE || caseFilePattern.test(n) || recordFilePattern.test(n)).sort();
  if (top.includes(BLOBS_DIR)) {
    const blobs = (await fs.readdir(path.join(folder, BLOBS_DIR))).filter((n) => blobFilePattern.test(n)).sort();
    files.push(...blobs.map((n) => `${BLOBS_DIR}/${n}`));
  }
  return files;
}

/** A backup folder as a source of files for verification and copying out. */
export async function backupFolderSource(fs: FsPort, folder: string): Promise<BackupSource & { manifest: BackupManifest }> {
  const paths = await listBackupFiles(fs, folder);
  const manifest = await readManifest(fs, folder);
  return {
    manifest,
    hashes: manifest.hashes,
    paths,
    read: (file) => fs.readFile(path.join(folder, ...file.split('/'))),
  };
}
