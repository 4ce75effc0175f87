import { scrypt } from 'node:crypto';
import { DossierError, isDossierError } from '../core/errors.ts';
import { decryptFile, encryptFile, IV_BYTES, KEY_BYTES } from './codec.ts';
import { SALT_BYTES, type KeyFile, type ScryptParams } from './key-file.ts';

export { SALT_BYTES };
import type { KeyStorePort } from './types.ts';

/** Security parameters of the passphrase wrap; changing them is a format change, not a tweak. */
export const DEFAULT_SCRYPT: ScryptParams = Object.freeze({ N: 2 ** 17, r: 8, p: 1 });
const WRAP_SCHEMA = 1;
const wrapId = (vaultId: string) => `dossier-key-wrap:${vaultId}`;
const checkId = (vaultId: string) => `dossier-key-check:${vaultId}`;
/** Backends that store the secret in plain text or are not known yet: treated as no keychain. */
const unusableBackends: ReadonlySet<string> = new Set(['basic_text', 'unknown']);

const b64 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
const unb64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));

export function deriveKek(passphrase: string, salt: Uint8Array, params: ScryptParams): Promise<Buffer> {
  // scrypt needs 128 * N * r bytes; Node's default cap (32 MiB) is below N = 2^17.
  const maxmem = 256 * params.N * params.r + 1024 * 1024;
  return new Promise((resolve, reject) => {
    scrypt(passphrase.normalize('NFC'), salt, KEY_BYTES, { N: params.N, r: params.r, p: params.p, maxmem }, (error, key) => {
      if (error) reject(error);
      else resolve(key);
    });
  });
}

export function checkValue(dataKey: Uint8Array, vaultId: string, iv: Uint8Array): string {
  return b64(encryptFile(dataKey, checkId(vaultId), WRAP_SCHEMA, new Uint8Array(0), iv));
}

export function keyMatchesCheck(dataKey: Uint8Array, file: KeyFile): boolean {
  try {
    decryptFile(dataKey, checkId(file.vaultId), unb64(file.check));
    return true;
  } catch {
    return false;
  }
}

export function requirePassphrase(passphrase: string): void {
  if (passphrase.length === 0) throw new DossierError('PASSPHRASE_REQUIRED', 'Enter the vault passphrase.');
}

export async function wrapWithPassphrase(
  dataKey: Uint8Array,
  vaultId: string,
  passphrase: string,
  params: ScryptParams,
  random: (n: number) => Uint8Array,
): Promise<NonNullable<KeyFile['passphrase']>> {
  requirePassphrase(passphrase);
  const salt = random(SALT_BYTES);
  const kek = await deriveKek(passphrase, salt, params);
  try {
    return {
      kdf: 'scrypt',
      params: { ...params },
      salt: b64(salt),
      wrapped: b64(encryptFile(kek, wrapId(vaultId), WRAP_SCHEMA, dataKey, random(IV_BYTES))),
    };
  } finally {
    kek.fill(0);
  }
}

/** Returns the data key, or throws WRONG_PASSPHRASE. Never writes anything. */
export async function unwrapWithPassphrase(file: KeyFile, passphrase: string): Promise<Buffer> {
  requirePassphrase(passphrase);
  const wrap = file.passphrase;
  if (!wrap) throw new DossierError('KEY_UNAVAILABLE', 'This vault is protected by the system keychain, not a passphrase.');
  const kek = await deriveKek(passphrase, unb64(wrap.salt), wrap.params);
  try {
    const plain = decryptFile(kek, wrapId(file.vaultId), unb64(wrap.wrapped)).plaintext;
    const key = Buffer.from(plain);
    plain.fill(0);
    if (key.length !== KEY_BYTES || !keyMatchesCheck(key, file)) {
      key.fill(0);
      throw new DossierError('CORRUPT', 'wrapped key mismatch');
    }
    return key;
  } catch (error) {
    if (isDossierError(error) && error.code === 'CORRUPT')
      throw new DossierError('WRONG_PASSPHRASE', 'That passphrase does not open this vault.');
    throw error;
  } finally {
    kek.fill(0);
  }
}

/** The keychain backend, or PASSPHRASE_REQUIRED when there is no real keychain to use. */
export async function usableBackend(keyStore: KeyStorePort | undefined): Promise<{ store: KeyStorePort; backend: string }> {
  const refuse = () =>
    new DossierError(
      'PASSPHRASE_REQUIRED',
      'This computer has no secure keychain Dossier can use. Protect the vault with a passphrase instead.',
    );
  if (!keyStore) throw refuse();
  let backend: string;
  let available: boolean;
  try {
    [backend, available] = await Promise.all([keyStore.backend(), keyStore.isAvailable()]);
  } catch {
    throw refuse();
  }
  if (!available || unusableBackends.has(backend)) throw refuse();
  return { store: keyStore, backend };
}

export async function wrapWithKeychain(dataKey: Uint8Array, keyStore: KeyStorePort | undefined): Promise<NonNullable<KeyFile['keychain']>> {
  const { store, backend } = await usableBackend(keyStore);
  return { backend, wrapped: b64(await store.encrypt(b64(dataKey))) };
}

/**
 * Returns the data key from the keychain. A changed backend or a failed decryption is
 * KEY_UNAVAILABLE: the caller must offer recovery, never a fresh key over the old data.
 */
export async function unwrapWithKeychain(file: KeyFile, keyStore: KeyStorePort | undefined): Promise<Buffer> {
  const wrap = file.keychain;
  if (!wrap) throw new DossierError('PASSPHRASE_REQUIRED', 'This vault is protected by a passphrase.');
  const { store, backend } = await usableBackend(keyStore);
  const unavailable = (why: string) =>
    new DossierError(
      'KEY_UNAVAILABLE',
      `The system keychain cannot open this vault (${why}). Nothing was changed; restore the keychain or a backup.`,
    );
  if (backend !== wrap.backend) throw unavailable(`it was set up with ${wrap.backend} and the keychain is now ${backend}`);
  let encoded: string;
  try {
    encoded = await store.decrypt(unb64(wrap.wrapped));
  } catch {
    throw unavailable('the keychain refused to decrypt the key');
  }
  const key = Buffer.from(encoded, 'base64');
  if (key.length !== KEY_BYTES || !keyMatchesCheck(key, file)) {
    key.fill(0);
    throw unavailable('the keychain returned a different key');
  }
  return key;
}
