import path from 'node:path';
import { DossierError, isDossierError } from '../core/errors.ts';
import { parseBackupFile, type BackupFileHeader } from './backup-file.ts';
import { verifyBackupSource, type BackupSource } from './backup-verify.ts';
import { INDEX_FILE, INDEX_FILE_ID, KEYS_FILE } from './file-names.ts';
import { toVaultError } from './fs-errors.ts';
import { isNotFound, type FsPort } from './fs-port.ts';
import { decodeIndex, type IndexEntry } from './index-file.ts';
import { parseKeyFile, type KeyFile } from './key-file.ts';
import { unwrapWithPassphrase } from './key-wrap.ts';
import { createSession, endSession, openFile, type Session } from './session.ts';
import type { BackupFileContents } from './types.ts';

/** A backup file read from disk, with the key its own key file gives under the passphrase it was made under. */
export interface OpenedBackupFile {
  readonly source: BackupSource & { header: BackupFileHeader };
  readonly keyFile: KeyFile;
  /** Holds the backup's data key, not the open vault's; end it with closeBackupFile. */
  readonly session: Session;
}

export async function readBackupFileAt(fs: FsPort, file: string): Promise<BackupSource & { header: BackupFileHeader }> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(path.resolve(file));
  } catch (error) {
    if (isNotFound(error)) throw new DossierError('NOT_FOUND', 'That backup file does not exist. Check the path.');
    throw toVaultError(error, 'reading the backup file');
  }
  return parseBackupFile(bytes);
}

/**
 * Opens a backup file with the passphrase in use when its backup was made (its key file is the
 * one the vault had then). Nothing is written. WRONG_PASSPHRASE names the passphrase to use.
 */
export async function openBackupFile(fs: FsPort, file: string, passphrase: string): Promise<OpenedBackupFile> {
  const source = await readBackupFileAt(fs, file);
  let keyFile: KeyFile;
  try {
    keyFile = parseKeyFile(await source.read(KEYS_FILE));
  } catch {
    throw new DossierError('CORRUPT', 'This backup file holds no readable key file. Use another copy.');
  }
  if (!keyFile.passphrase)
    throw new DossierError(
      'KEY_UNAVAILABLE',
      'This backup was made while the vault key was kept in the system keychain of the computer it came from, so no passphrase opens it. Restore it on that computer, or move the key to a passphrase there and copy a new backup.',
    );
  let key: Buffer;
  try {
    key = await unwrapWithPassphrase(keyFile, passphrase);
  } catch (error) {
    if (isDossierError(error) && error.code === 'WRONG_PASSPHRASE')
      throw new DossierError(
        'WRONG_PASSPHRASE',
        'That passphrase does not open this backup file. It opens with the passphrase the vault had when the backup was made.',
      );
    throw error;
  }
  return { source, keyFile, session: createSession(key, 'passphrase', keyFile.recovery !== undefined) };
}

export function closeBackupFile(opened: OpenedBackupFile): void {
  endSession(opened.session);
}

/** The backup file's case list, read with its own key. */
export async function backupFileIndex(opened: OpenedBackupFile): Promise<IndexEntry[]> {
  let bytes: Uint8Array;
  try {
    bytes = await opened.source.read(INDEX_FILE);
  } catch {
    throw new DossierError('CORRUPT', 'This backup file holds no case list. Use another copy.');
  }
  return decodeIndex(openFile(opened.session, INDEX_FILE_ID, bytes).plaintext);
}

/** Verifies a backup file with its own passphrase and lists its cases; works with no vault open, or none at all. */
export async function inspectBackupFile(fs: FsPort, file: string, passphrase: string): Promise<BackupFileContents> {
  const opened = await openBackupFile(fs, file, passphrase);
  try {
    const check = await verifyBackupSource(opened.session, opened.source);
    let cases: BackupFileContents['cases'] = [];
    try {
      cases = (await backupFileIndex(opened)).map((e) => ({ id: e.id, displayName: e.displayName, kind: e.kind, updatedAt: e.updatedAt }));
    } catch {
      // A damaged case list is among check.problems already.
    }
    return { check, createdAt: opened.source.header.createdAt, reason: opened.source.header.reason, cases };
  } finally {
    closeBackupFile(opened);
  }
}
