import { createCipheriv, createDecipheriv } from 'node:crypto';
import { DossierError } from '../core/errors.ts';

/**
 * The encrypted container every vault file uses, as pure functions (the IV is a parameter):
 *
 *   offset  size  field
 *   0       4     magic "DSVF"
 *   4       1     container version (1)
 *   5       2     schema version of the payload, big-endian
 *   7       12    AES-GCM IV, fresh for every write
 *   19      16    AES-GCM tag
 *   35      n     ciphertext
 *
 * The AAD is the first 7 header bytes followed by the file id, so a file copied under another
 * id, or with its schema version edited, fails authentication like any other damage.
 */
export const MAGIC = Uint8Array.of(0x44, 0x53, 0x56, 0x46);
export const CONTAINER_VERSION = 1;
export const KEY_BYTES = 32;
export const IV_BYTES = 12;
export const TAG_BYTES = 16;
const PREFIX_BYTES = 7;
export const HEADER_BYTES = PREFIX_BYTES + IV_BYTES + TAG_BYTES;
const MAX_SCHEMA_VERSION = 0xffff;

export interface DecodedFile {
  readonly schemaVersion: number;
  readonly plaintext: Uint8Array;
}

function corrupt(reason: string): DossierError {
  return new DossierError('CORRUPT', `A vault file is damaged (${reason}).`);
}

function prefix(schemaVersion: number): Uint8Array {
  const out = new Uint8Array(PREFIX_BYTES);
  out.set(MAGIC, 0);
  out[4] = CONTAINER_VERSION;
  new DataView(out.buffer).setUint16(5, schemaVersion, false);
  return out;
}

function aad(headerPrefix: Uint8Array, fileId: string): Buffer {
  return Buffer.concat([headerPrefix, Buffer.from(fileId, 'utf8')]);
}

function checkKey(key: Uint8Array): void {
  if (key.length !== KEY_BYTES) throw new DossierError('KEY_UNAVAILABLE', 'The vault key has the wrong length.');
}

export function encryptFile(key: Uint8Array, fileId: string, schemaVersion: number, plaintext: Uint8Array, iv: Uint8Array): Uint8Array {
  checkKey(key);
  if (iv.length !== IV_BYTES) throw new RangeError(`The IV must be ${IV_BYTES} bytes.`);
  if (!Number.isInteger(schemaVersion) || schemaVersion < 0 || schemaVersion > MAX_SCHEMA_VERSION)
    throw new RangeError('Schema version out of range.');
  const head = prefix(schemaVersion);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad(head, fileId));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  const out = new Uint8Array(HEADER_BYTES + body.length);
  out.set(head, 0);
  out.set(iv, PREFIX_BYTES);
  out.set(cipher.getAuthTag(), PREFIX_BYTES + IV_BYTES);
  out.set(body, HEADER_BYTES);
  return out;
}

/** Reads the schema version without authenticating it: only for choosing what to do next. */
export function peekSchemaVersion(bytes: Uint8Array): number | null {
  if (bytes.length < HEADER_BYTES || !MAGIC.every((b, i) => bytes[i] === b)) return null;
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint16(5, false);
}

/** Authenticates and decrypts; any damage (flipped byte, truncation, empty file) is `CORRUPT`. */
export function decryptFile(key: Uint8Array, fileId: string, bytes: Uint8Array): DecodedFile {
  checkKey(key);
  if (bytes.length === 0) throw corrupt('empty file');
  if (bytes.length < HEADER_BYTES) throw corrupt('truncated header');
  if (!MAGIC.every((b, i) => bytes[i] === b)) throw corrupt('not a vault file');
  if (bytes[4] !== CONTAINER_VERSION) throw corrupt('unknown container version');
  const head = bytes.subarray(0, PREFIX_BYTES);
  const schemaVersion = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint16(5, false);
  const iv = bytes.subarray(PREFIX_BYTES, PREFIX_BYTES + IV_BYTES);
  const tag = bytes.subarray(PREFIX_BYTES + IV_BYTES, HEADER_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(aad(head, fileId));
  decipher.setAuthTag(tag);
  try {
    const plaintext = Buffer.concat([decipher.update(bytes.subarray(HEADER_BYTES)), decipher.final()]);
    return { schemaVersion, plaintext: new Uint8Array(plaintext.buffer, plaintext.byteOffset, plaintext.byteLength) };
  } catch {
    throw corrupt('authentication failed');
  }
}
