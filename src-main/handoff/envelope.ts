import { DossierError, isDossierError } from '../core/errors.ts';
import { decryptFile, encryptFile, HEADER_BYTES, IV_BYTES } from '../vault/codec.ts';
import type { ScryptParams } from '../vault/key-file.ts';
import { deriveKek, SALT_BYTES } from '../vault/key-wrap.ts';

/**
 * The passphrase envelope around a hand-off bundle (docs/handoff-format.md), built from the
 * vault's own primitives: scrypt derives the key, the vault's AES-256-GCM container seals.
 *
 *   offset  size  field
 *   0       4     magic "DSHB"
 *   4       1     envelope version (1)
 *   5       1     KDF (1 = scrypt)
 *   6       1     log2 N
 *   7       1     r
 *   8       1     p
 *   9       16    salt
 *   25      35    check: an empty vault container, so a wrong passphrase is told from damage
 *   60      n     body: a vault container holding the zip
 *
 * Both containers take the 25-byte header into their AAD (through the file id), so an edited
 * header, salt or KDF parameter fails authentication like any other damage.
 */
export const ENVELOPE_MAGIC = Uint8Array.of(0x44, 0x53, 0x48, 0x42);
export const ENVELOPE_VERSION = 1;
const KDF_SCRYPT = 1;
export const ENVELOPE_HEADER_BYTES = 9 + SALT_BYTES;
const CHECK_BYTES = HEADER_BYTES;
const BODY_SCHEMA = 1;
/** scrypt memory the reader accepts (128 · N · r · p); the default N = 2^17, r = 8 uses 128 MiB. */
const MAX_KDF_MEMORY = 256 * 2 ** 20;
/** scrypt work the reader accepts (N · r · p): four times the default, a few seconds at most. */
const MAX_KDF_WORK = 2 ** 22;

export interface SealOptions {
  readonly scrypt: ScryptParams;
  readonly random: (n: number) => Uint8Array;
}

const b64 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
const checkId = (header: Uint8Array) => `dossier-handoff-check:${b64(header)}`;
const bodyId = (header: Uint8Array) => `dossier-handoff-body:${b64(header)}`;

function notABundle(): DossierError {
  return new DossierError('UNSUPPORTED_FORMAT', 'This file is not a Dossier translation bundle. Nothing was changed.');
}

function header(params: ScryptParams, salt: Uint8Array): Uint8Array {
  const log2N = Math.log2(params.N);
  if (!Number.isInteger(log2N) || log2N < 1 || log2N > 40) throw new RangeError('scrypt N must be a power of two.');
  const out = new Uint8Array(ENVELOPE_HEADER_BYTES);
  out.set(ENVELOPE_MAGIC, 0);
  out[4] = ENVELOPE_VERSION;
  out[5] = KDF_SCRYPT;
  out[6] = log2N;
  out[7] = params.r;
  out[8] = params.p;
  out.set(salt, 9);
  return out;
}

/** Encrypts `plaintext` (the zip) under a key derived from the passphrase. */
export async function sealEnvelope(plaintext: Uint8Array, passphrase: string, options: SealOptions): Promise<Uint8Array> {
  if (passphrase.length === 0) throw new DossierError('PASSPHRASE_REQUIRED', 'Enter a passphrase for the bundle.');
  const head = header(options.scrypt, options.random(SALT_BYTES));
  const kek = await deriveKek(passphrase, head.subarray(9), options.scrypt);
  try {
    const check = encryptFile(kek, checkId(head), BODY_SCHEMA, new Uint8Array(0), options.random(IV_BYTES));
    const body = encryptFile(kek, bodyId(head), BODY_SCHEMA, plaintext, options.random(IV_BYTES));
    const out = new Uint8Array(head.length + check.length + body.length);
    out.set(head, 0);
    out.set(check, head.length);
    out.set(body, head.length + check.length);
    return out;
  } finally {
    kek.fill(0);
  }
}

/** The KDF parameters a bundle states, refused when they are not ours or would cost too much memory. */
function readParams(bytes: Uint8Array): ScryptParams {
  if (bytes[5] !== KDF_SCRYPT) throw notABundle();
  const log2N = bytes[6] ?? 0;
  const r = bytes[7] ?? 0;
  const p = bytes[8] ?? 0;
  const work = 2 ** log2N * r * p;
  // scrypt itself refuses N ≥ 2^(16·r); such a header is a bad bundle, never an internal failure.
  if (log2N < 10 || log2N > 22 || r < 1 || p < 1 || log2N >= 16 * r || 128 * work > MAX_KDF_MEMORY || work > MAX_KDF_WORK) throw badKdf();
  return { N: 2 ** log2N, r, p };
}

function badKdf(): DossierError {
  return new DossierError(
    'UNSUPPORTED_FORMAT',
    'This bundle asks for key-derivation settings Dossier does not accept. Nothing was changed.',
  );
}

/** The key from the bundle's passphrase; settings the KDF refuses make a bad bundle. */
async function bundleKek(passphrase: string, salt: Uint8Array, params: ScryptParams): Promise<Buffer> {
  try {
    return await deriveKek(passphrase, salt, params);
  } catch {
    throw badKdf();
  }
}

/**
 * Authenticates and decrypts. A wrong passphrase is WRONG_PASSPHRASE (the check fails); a
 * flipped byte anywhere in the body is CORRUPT. Pure: reads nothing, writes nothing.
 */
export async function openEnvelope(bytes: Uint8Array, passphrase: string): Promise<Uint8Array> {
  if (passphrase.length === 0) throw new DossierError('PASSPHRASE_REQUIRED', 'Enter the bundle’s passphrase.');
  if (bytes.length < ENVELOPE_HEADER_BYTES + CHECK_BYTES + HEADER_BYTES || !ENVELOPE_MAGIC.every((b, i) => bytes[i] === b))
    throw notABundle();
  if (bytes[4] !== ENVELOPE_VERSION)
    throw new DossierError(
      'FUTURE_SCHEMA',
      'This bundle was made by a newer version of Dossier: update Dossier to open it. Nothing was changed.',
    );
  const params = readParams(bytes);
  const head = bytes.slice(0, ENVELOPE_HEADER_BYTES);
  const kek = await bundleKek(passphrase, head.subarray(9), params);
  try {
    try {
      decryptFile(kek, checkId(head), bytes.subarray(ENVELOPE_HEADER_BYTES, ENVELOPE_HEADER_BYTES + CHECK_BYTES));
    } catch (error) {
      if (isDossierError(error) && error.code === 'CORRUPT')
        throw new DossierError(
          'WRONG_PASSPHRASE',
          'That passphrase does not open this bundle. Check it with the person who sent the bundle; nothing was changed.',
        );
      throw error;
    }
    try {
      return decryptFile(kek, bodyId(head), bytes.subarray(ENVELOPE_HEADER_BYTES + CHECK_BYTES)).plaintext;
    } catch (error) {
      if (isDossierError(error) && error.code === 'CORRUPT')
        throw new DossierError(
          'CORRUPT',
          'The bundle is damaged: it fails its integrity check, so it was changed or cut short on the way. Ask for it to be sent again; nothing was changed.',
        );
      throw error;
    }
  } finally {
    kek.fill(0);
  }
}
