import path from 'node:path';
import { DossierError } from '../core/errors.ts';
import type { BackupPolicy } from './backup-rotation.ts';
import { decryptFile, encryptFile, IV_BYTES, type DecodedFile } from './codec.ts';
import { QUARANTINE_DIR } from './file-names.ts';
import type { FsPort } from './fs-port.ts';
import type { IndexEntry } from './index-file.ts';
import type { ScryptParams } from './key-file.ts';
import type { KeyStorePort, VaultStatus } from './types.ts';

/** The vault's capabilities, resolved from the options once. */
export interface VaultDeps {
  readonly dir: string;
  readonly fs: FsPort;
  readonly now: () => Date;
  readonly random: (n: number) => Uint8Array;
  readonly keyStore: KeyStorePort | undefined;
  readonly scrypt: ScryptParams;
  readonly backupPolicy: BackupPolicy;
  readonly quarantineDir: string;
}

/** Everything that exists only while the vault is unlocked. */
export interface Session {
  /** The data key; zero-filled on lock. */
  readonly key: Buffer;
  alive: boolean;
  /** Changes when the key is moved to the other method in this session. */
  keyMethod: 'passphrase' | 'keychain';
  /** The key file holds a recovery-code wrapping; set when one is made in this session. */
  hasRecoveryCode: boolean;
  readonly index: Map<string, IndexEntry>;
  readOnlyReason: string | undefined;
  migrationBackupTaken: boolean;
  readonly recovered: VaultStatus['recovered'][number][];
  /** The first unlock of the day could not make its backup (the unlock itself went ahead). */
  dailyBackupFailed: boolean;
}

export function createSession(key: Buffer, keyMethod: Session['keyMethod'], hasRecoveryCode: boolean): Session {
  return {
    key,
    alive: true,
    keyMethod,
    hasRecoveryCode,
    index: new Map(),
    readOnlyReason: undefined,
    migrationBackupTaken: false,
    recovered: [],
    dailyBackupFailed: false,
  };
}

export function quarantineDirOf(dir: string): string {
  return path.join(dir, QUARANTINE_DIR);
}

/**
 * Checked right before each use of the key: an operation that awaited across a lock must not
 * encrypt with the zeroed buffer, or it would write a file nobody can read.
 */
export function liveKey(session: Session): Buffer {
  if (!session.alive) throw new DossierError('LOCKED', 'The vault was locked. Unlock it to continue.');
  return session.key;
}

export function requireWritable(session: Session): void {
  liveKey(session);
  if (session.readOnlyReason !== undefined) throw new DossierError('READ_ONLY', `The vault is open read-only: ${session.readOnlyReason}`);
}

export function sealFile(deps: VaultDeps, session: Session, fileId: string, schemaVersion: number, plaintext: Uint8Array): Uint8Array {
  return encryptFile(liveKey(session), fileId, schemaVersion, plaintext, deps.random(IV_BYTES));
}

export function openFile(session: Session, fileId: string, bytes: Uint8Array): DecodedFile {
  return decryptFile(liveKey(session), fileId, bytes);
}

export function markReadOnly(session: Session, schemaVersion: number): void {
  session.readOnlyReason ??= `it holds data saved by a newer version of Dossier (format ${schemaVersion}). Update Dossier to make changes; nothing will be overwritten meanwhile.`;
}

export function endSession(session: Session): void {
  session.alive = false;
  session.key.fill(0);
  session.index.clear();
}
