import path from 'node:path';
import { DossierError } from '../core/errors.ts';
import type { BackupPolicy } from './backup-rotation.ts';
import { decryptFile, encryptFile, IV_BYTES, type DecodedFile } from './codec.ts';
import { decryptFramed, FRAMED_RANDOM_BYTES, FRAMED_VERSION, sealFrameStream, sealFrames } from './framed-codec.ts';
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

/**
 * Attachments use the framed container, sealed as parts for the writer to put on disk one by
 * one: a 300 MB scan is never held a second time as ciphertext. The session is checked before
 * every frame, so a lock during the write stops it (the temp file is removed, nothing replaced).
 */
export function* sealFramedParts(
  deps: VaultDeps,
  session: Session,
  fileId: string,
  schemaVersion: number,
  plaintext: Uint8Array,
): Generator<Uint8Array, void, undefined> {
  for (const part of sealFrames(liveKey(session), fileId, schemaVersion, plaintext, deps.random(FRAMED_RANDOM_BYTES))) {
    liveKey(session);
    yield part;
  }
}

/**
 * The same for a payload read piece by piece (an exhibit streamed from its file): neither the
 * plaintext nor the ciphertext is ever held whole, and a lock stops the write between frames.
 */
export async function* sealFramedStream(
  deps: VaultDeps,
  session: Session,
  fileId: string,
  schemaVersion: number,
  source: AsyncIterable<Uint8Array>,
): AsyncGenerator<Uint8Array, void, undefined> {
  for await (const part of sealFrameStream(liveKey(session), fileId, schemaVersion, source, deps.random(FRAMED_RANDOM_BYTES))) {
    liveKey(session);
    yield part;
  }
}

/** Opens either container: version 1 (every file written before framing, and the small records) or framed. */
export function openFile(session: Session, fileId: string, bytes: Uint8Array): DecodedFile {
  const key = liveKey(session);
  return bytes[4] === FRAMED_VERSION ? decryptFramed(key, fileId, bytes) : decryptFile(key, fileId, bytes);
}

export function markReadOnly(session: Session, schemaVersion: number): void {
  session.readOnlyReason ??= `it holds data saved by a newer version of Dossier (format ${schemaVersion}). Update Dossier to make changes; nothing will be overwritten meanwhile.`;
}

export function endSession(session: Session): void {
  session.alive = false;
  session.key.fill(0);
  session.index.clear();
}
