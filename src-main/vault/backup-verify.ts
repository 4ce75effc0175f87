import { createHash } from 'node:crypto';
import path from 'node:path';
import { isDossierError } from '../core/errors.ts';
import { decodeCase } from './case-file.ts';
import {
  BLOBS_DIR,
  blobFilePattern,
  caseFileName,
  caseFilePattern,
  INDEX_FILE,
  INDEX_FILE_ID,
  KEYS_FILE,
  recordFileId,
  recordFilePattern,
  recordNames,
} from './file-names.ts';
import { decodeIndex } from './index-file.ts';
import { parseKeyFile } from './key-file.ts';
import { keyMatchesCheck } from './key-wrap.ts';
import { openFile, type Session } from './session.ts';
import type { BackupCheck, BackupProblem } from './types.ts';

/** A backup's files, wherever they are: a backup folder, or a backup file copied out. */
export interface BackupSource {
  /** SHA-256 of each encrypted file recorded when the backup was made (absent in backups made before they were). */
  readonly hashes: Readonly<Record<string, string>> | undefined;
  /** Every file path the backup holds, `blobs/` ones included. */
  readonly paths: readonly string[];
  read(file: string): Promise<Uint8Array>;
}

/** The file id a backup path's AAD is bound to, or undefined for a name the vault never writes. */
export function fileIdOf(file: string): string | undefined {
  const name = path.posix.basename(file);
  if (file === INDEX_FILE) return INDEX_FILE_ID;
  if (caseFilePattern.test(file)) return name.slice(0, -'.dsv'.length);
  if (recordFilePattern.test(file)) return recordFileId(recordNames.find((r) => `${r}.dsv` === file) ?? 'templates');
  if (file.startsWith(`${BLOBS_DIR}/`) && blobFilePattern.test(name)) return name.slice(0, -'.dsb'.length);
  return undefined;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Checks a backup without restoring it: every file it lists is there with the hash recorded when
 * it was made, its key file belongs to this vault, and every record decrypts with the open
 * vault's key (a passphrase change re-wraps the key; the key stays the same), case files as cases.
 */
export async function verifyBackupSource(session: Session, source: BackupSource): Promise<BackupCheck> {
  const problems: BackupProblem[] = [];
  const present = new Set(source.paths);
  for (const file of Object.keys(source.hashes ?? {})) if (!present.has(file)) problems.push({ file, problem: 'missing' });
  let cases = 0;
  const decrypted = new Map<string, Uint8Array>();
  for (const file of source.paths) {
    let bytes: Uint8Array;
    try {
      bytes = await source.read(file);
    } catch {
      problems.push({ file, problem: 'missing' });
      continue;
    }
    const expected = source.hashes?.[file];
    if (expected !== undefined && expected !== sha256(bytes)) {
      problems.push({ file, problem: 'hash-mismatch' });
      continue;
    }
    if (file === KEYS_FILE) {
      try {
        if (!keyMatchesCheck(session.key, parseKeyFile(bytes))) problems.push({ file, problem: 'other-vault' });
      } catch {
        problems.push({ file, problem: 'damaged' });
      }
      continue;
    }
    const fileId = fileIdOf(file);
    if (fileId === undefined) continue;
    try {
      const opened = openFile(session, fileId, bytes);
      if (caseFilePattern.test(file)) {
        decodeCase(opened.plaintext, opened.schemaVersion, undefined);
        cases += 1;
      }
      if (file === INDEX_FILE) decrypted.set(file, opened.plaintext);
    } catch (error) {
      if (isDossierError(error) && error.code === 'LOCKED') throw error;
      problems.push({ file, problem: 'damaged' });
    }
  }
  const index = decrypted.get(INDEX_FILE);
  if (index === undefined && !problems.some((p) => p.file === INDEX_FILE)) problems.push({ file: INDEX_FILE, problem: 'missing' });
  if (index !== undefined) {
    try {
      for (const entry of decodeIndex(index))
        if (!present.has(caseFileName(entry.fileId))) problems.push({ file: caseFileName(entry.fileId), problem: 'missing' });
    } catch {
      problems.push({ file: INDEX_FILE, problem: 'damaged' });
    }
  }
  return { ok: problems.length === 0, files: source.paths.length, cases, problems };
}
