import path from 'node:path';
import { DossierError, isDossierError } from '../core/errors.ts';
import { ensurePrivateDir, writeAtomic } from './atomic.ts';
import { IV_BYTES, KEY_BYTES } from './codec.ts';
import { BLOBS_DIR, blobFilePattern, caseFilePattern, hex, INDEX_FILE, KEYS_FILE, PREVIOUS_SUFFIX, RESTORE_JOURNAL } from './file-names.ts';
import { toVaultError } from './fs-errors.ts';
import { isNotFound } from './fs-port.ts';
import { KEY_FILE_FORMAT, KEY_FILE_VERSION, parseKeyFile, serialiseKeyFile, type KeyFile } from './key-file.ts';
import {
  checkValue,
  keyMatchesCheck,
  requirePassphrase,
  unwrapWithKeychain,
  unwrapWithPassphrase,
  usableBackend,
  wrapWithKeychain,
  wrapWithPassphrase,
} from './key-wrap.ts';
import { unwrapWithRecoveryCode, wrapWithRecoveryCode } from './recovery-code.ts';
import { isDamaged, readGenerations, readPrevious, repairGenerations, type GenerationRead } from './recovery.ts';
import type { VaultDeps } from './session.ts';
import type { KeyMethodInput, UnlockInput, VaultStatus } from './types.ts';

/** Reads keys.json (falling back to its previous copy). Writes nothing. Null when there is none. */
export async function readKeyFile(deps: VaultDeps): Promise<GenerationRead<KeyFile> | null> {
  const read = await readGenerations(deps.fs, deps.dir, KEYS_FILE, parseKeyFile);
  if (read.value) return read;
  if (read.current === 'missing' && read.previous === 'missing') return null;
  throw new DossierError(
    'CORRUPT',
    'The vault key file is damaged and has no readable copy. Restore the vault from a backup; nothing was changed.',
  );
}

/** Sets a damaged key file aside and restores its good copy; returns what to report. */
export async function repairKeyFile(deps: VaultDeps, read: GenerationRead<KeyFile>): Promise<VaultStatus['recovered']> {
  if (!isDamaged(read)) return [];
  await repairGenerations(deps.fs, deps.dir, KEYS_FILE, read, deps.quarantineDir, deps.random);
  return [{ file: KEYS_FILE, restoredFrom: read.source === 'previous' ? 'previous' : 'none' }];
}

/**
 * After an unlock through the current key file, makes its `.prev` the same again when it differs:
 * a passphrase change interrupted between its two writes leaves the old wrapping there, and the
 * old passphrase must stop working once the new one has opened the vault. Nothing is reported:
 * nothing was lost.
 */
export async function syncKeyFilePrevious(deps: VaultDeps, read: GenerationRead<KeyFile>): Promise<void> {
  if (read.source !== 'current' || !read.bytes) return;
  let previous: Uint8Array | undefined;
  try {
    previous = await deps.fs.readFile(path.join(deps.dir, KEYS_FILE + PREVIOUS_SUFFIX));
  } catch (error) {
    if (!isNotFound(error)) throw toVaultError(error, 'reading the vault key');
  }
  if (previous && Buffer.from(previous).equals(Buffer.from(read.bytes))) return;
  await writeAtomic(deps.fs, deps.dir, KEYS_FILE, read.bytes, { random: deps.random, keepPrevious: true, action: 'saving the vault key' });
}

/** True when the folder already holds vault data: init must never put a new key over it. */
export async function hasVaultData(deps: VaultDeps): Promise<boolean> {
  let names: string[];
  try {
    names = await deps.fs.readdir(deps.dir);
  } catch (error) {
    if (isNotFound(error)) return false;
    throw toVaultError(error, 'checking the vault folder');
  }
  const base = (n: string) => (n.endsWith(PREVIOUS_SUFFIX) ? n.slice(0, -PREVIOUS_SUFFIX.length) : n);
  // A restore journal is a restore into this folder that was decided: unlocking finishes it.
  if (names.includes(RESTORE_JOURNAL)) return true;
  if (names.some((n) => base(n) === KEYS_FILE || base(n) === INDEX_FILE || caseFilePattern.test(base(n)))) return true;
  // An empty blobs/ folder is what an interrupted init leaves; only stored attachments count as data.
  if (!names.includes(BLOBS_DIR)) return false;
  try {
    return (await deps.fs.readdir(path.join(deps.dir, BLOBS_DIR))).some((n) => blobFilePattern.test(base(n)));
  } catch (error) {
    if (isNotFound(error)) return false;
    throw toVaultError(error, 'checking the vault folder');
  }
}

/**
 * Writes the key file twice so its `.prev` holds the same wrapping: a replaced passphrase must
 * not keep opening the vault through the previous generation.
 */
async function writeKeyFile(deps: VaultDeps, file: KeyFile): Promise<void> {
  const bytes = serialiseKeyFile(file);
  for (let i = 0; i < 2; i += 1)
    await writeAtomic(deps.fs, deps.dir, KEYS_FILE, bytes, { random: deps.random, keepPrevious: true, action: 'saving the vault key' });
}

/** Creates the folder and a new data key. Refuses (ALREADY_INITIALISED) if any vault data exists. */
export async function createKeys(deps: VaultDeps, input: KeyMethodInput): Promise<Buffer> {
  if (await hasVaultData(deps))
    throw new DossierError('ALREADY_INITIALISED', 'This folder already holds a vault. Unlock it instead; nothing was changed.');
  // Check the method can work before the first byte is written.
  if (input.method === 'passphrase') requirePassphrase(input.passphrase);
  else await usableBackend(deps.keyStore);
  const fresh = deps.random(KEY_BYTES);
  const key = Buffer.from(fresh);
  fresh.fill(0);
  const vaultId = hex(deps.random(16));
  try {
    const file: KeyFile = {
      format: KEY_FILE_FORMAT,
      version: KEY_FILE_VERSION,
      vaultId,
      createdAt: deps.now().toISOString(),
      method: input.method,
      check: checkValue(key, vaultId, deps.random(IV_BYTES)),
      ...(input.method === 'passphrase'
        ? { passphrase: await wrapWithPassphrase(key, vaultId, input.passphrase, deps.scrypt, deps.random) }
        : { keychain: await wrapWithKeychain(key, deps.keyStore) }),
    };
    await ensurePrivateDir(deps.fs, deps.dir);
    await writeKeyFile(deps, file);
    await ensurePrivateDir(deps.fs, path.join(deps.dir, BLOBS_DIR));
    return key;
  } catch (error) {
    key.fill(0);
    throw error;
  }
}

async function unwrapKey(deps: VaultDeps, file: KeyFile, input: UnlockInput): Promise<Buffer> {
  if (input.method === 'recovery') return unwrapWithRecoveryCode(file, input.code);
  return input.method === 'passphrase' ? unwrapWithPassphrase(file, input.passphrase) : unwrapWithKeychain(file, deps.keyStore);
}

/** Failures a damaged but well-formed key file can cause, which its previous copy may not. */
const retryable: ReadonlySet<string> = new Set(['WRONG_PASSPHRASE', 'KEY_UNAVAILABLE', 'PASSPHRASE_REQUIRED']);

function mayBeDamaged(error: DossierError): DossierError {
  return new DossierError(
    error.code,
    `${error.message} The vault key file also differs from the copy kept beside it, so one of them may be damaged: if you are sure, restore the vault from a backup. Nothing was changed.`,
  );
}

/**
 * Opens the data key from the key file read, and when that fails, from the previous generation
 * if it differs: one damaged byte in keys.json must not lock the user out while keys.json.prev
 * (written with every key change) is intact. The returned read tells the repair to set the
 * damaged generation aside and restore the good one, and the unlock to report it. When neither
 * opens and they differ, the error says that one may be damaged, never only "wrong passphrase".
 */
export async function openKey(
  deps: VaultDeps,
  read: GenerationRead<KeyFile> & { readonly value: KeyFile },
  input: UnlockInput,
): Promise<{ key: Buffer; read: GenerationRead<KeyFile> }> {
  try {
    return { key: await unwrapKey(deps, read.value, input), read };
  } catch (error) {
    // The current copy was unreadable and the previous one does not open either: both may be damaged.
    if (read.source === 'previous' && isDossierError(error) && retryable.has(error.code)) throw mayBeDamaged(error);
    if (read.source !== 'current' || !isDossierError(error) || !retryable.has(error.code)) throw error;
    const previous = await readPrevious(deps.fs, deps.dir, KEYS_FILE, parseKeyFile).catch(() => undefined);
    // A damaged previous copy says the current one may be damaged too, not only that the passphrase is wrong.
    if (previous?.state === 'bad') throw mayBeDamaged(error);
    if (previous?.value === undefined || !previous.bytes || (read.bytes && Buffer.from(previous.bytes).equals(Buffer.from(read.bytes))))
      throw error;
    let key: Buffer;
    try {
      key = await unwrapKey(deps, previous.value, input);
    } catch {
      throw mayBeDamaged(error);
    }
    return { key, read: { value: previous.value, bytes: previous.bytes, source: 'previous', current: 'bad', previous: 'ok' } };
  }
}

/**
 * Moves the open vault's data key to the other method: to the keychain once the current
 * passphrase is given (it then stops working), or to a new passphrase. The recovery code stays.
 */
export async function switchKeyMethod(deps: VaultDeps, liveKey: Buffer, next: KeyMethodInput, current?: string): Promise<void> {
  const read = await readKeyFile(deps);
  if (!read?.value) throw new DossierError('NOT_INITIALISED', 'There is no vault here.');
  const { passphrase: _passphrase, keychain: _keychain, ...file } = read.value;
  if (read.value.method === next.method)
    throw new DossierError(
      'VALIDATION',
      `The vault is already protected by ${next.method === 'keychain' ? 'the keychain' : 'a passphrase'}.`,
    );
  if (read.value.method === 'passphrase') {
    const key = await unwrapWithPassphrase(read.value, current ?? '');
    const same = key.equals(liveKey);
    key.fill(0);
    if (!same) throw new DossierError('KEY_UNAVAILABLE', 'The key file does not belong to the open vault. Nothing was changed.');
  } else if (!keyMatchesCheck(liveKey, read.value)) {
    throw new DossierError('KEY_UNAVAILABLE', 'The key file does not belong to the open vault. Nothing was changed.');
  }
  try {
    await writeKeyFile(
      deps,
      next.method === 'passphrase'
        ? {
            ...file,
            method: 'passphrase',
            passphrase: await wrapWithPassphrase(liveKey, file.vaultId, next.passphrase, deps.scrypt, deps.random),
          }
        : { ...file, method: 'keychain', keychain: await wrapWithKeychain(liveKey, deps.keyStore) },
    );
  } catch (error) {
    if (isDossierError(error)) throw error;
    throw toVaultError(error, 'changing how the vault key is protected');
  }
}

/** Re-wraps the data key under a new passphrase. Case files are not touched. */
export async function rewrapPassphrase(deps: VaultDeps, liveKey: Buffer, current: string, next: string): Promise<void> {
  requirePassphrase(next);
  const read = await readKeyFile(deps);
  if (!read?.value) throw new DossierError('NOT_INITIALISED', 'There is no vault here.');
  const file = read.value;
  const key = await unwrapWithPassphrase(file, current);
  try {
    if (!key.equals(liveKey))
      throw new DossierError('KEY_UNAVAILABLE', 'The key file does not belong to the open vault. Nothing was changed.');
    await writeKeyFile(deps, { ...file, passphrase: await wrapWithPassphrase(key, file.vaultId, next, deps.scrypt, deps.random) });
  } catch (error) {
    if (isDossierError(error)) throw error;
    throw toVaultError(error, 'changing the passphrase');
  } finally {
    key.fill(0);
  }
}

/**
 * Wraps the open vault's data key under a new recovery code, replacing any earlier one (which
 * stops working, in `.prev` too); the passphrase or keychain wrapping is kept as it is.
 */
export async function createRecoveryCode(deps: VaultDeps, liveKey: Buffer): Promise<string> {
  const read = await readKeyFile(deps);
  if (!read?.value) throw new DossierError('NOT_INITIALISED', 'There is no vault here.');
  const file = read.value;
  if (!keyMatchesCheck(liveKey, file))
    throw new DossierError('KEY_UNAVAILABLE', 'The key file does not belong to the open vault. Nothing was changed.');
  const { code, wrap } = wrapWithRecoveryCode(liveKey, file.vaultId, deps.random, deps.now());
  try {
    await writeKeyFile(deps, { ...file, recovery: wrap });
  } catch (error) {
    if (isDossierError(error)) throw error;
    throw toVaultError(error, 'saving the recovery code');
  }
  return code;
}
