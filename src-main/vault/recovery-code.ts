import { hkdfSync } from 'node:crypto';
import { DossierError, isDossierError } from '../core/errors.ts';
import { decryptFile, encryptFile, IV_BYTES, KEY_BYTES } from './codec.ts';
import { SALT_BYTES, type KeyFile } from './key-file.ts';
import { keyMatchesCheck } from './key-wrap.ts';

/**
 * The recovery code: 160 random bits shown once as eight groups of four base32 letters. It wraps
 * the data key beside the passphrase or keychain wrapping, so a vault whose keychain is lost can
 * still be opened. The code is a random key, not something a person chose, so HKDF (not scrypt)
 * turns it into the wrapping key.
 */
export const RECOVERY_CODE_BYTES = 20;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const GROUP = 4;
const CODE_CHARS = (RECOVERY_CODE_BYTES * 8) / 5;
const WRAP_SCHEMA = 1;
const wrapId = (vaultId: string) => `dossier-recovery-wrap:${vaultId}`;
const kdfInfo = (vaultId: string) => `dossier-recovery-kek:${vaultId}`;

const b64 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
const unb64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));

/** The code as printed: `ABCD-EFGH-…`, eight groups of four letters and digits 2-7. */
export function formatRecoveryCode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return (out.match(new RegExp(`.{1,${GROUP}}`, 'gu')) ?? []).join('-');
}

/**
 * The code's bytes from what a person typed: case, spaces and dashes do not matter, and 0, 1 and
 * 8 (which the code never holds) are read as O, I and B. Null when it cannot be a recovery code.
 */
export function parseRecoveryCode(text: string): Uint8Array | null {
  const clean = text
    .toUpperCase()
    .replace(/[\s\-_.]/gu, '')
    .replace(/0/gu, 'O')
    .replace(/1/gu, 'I')
    .replace(/8/gu, 'B');
  if (clean.length !== CODE_CHARS) return null;
  const bytes = new Uint8Array(RECOVERY_CODE_BYTES);
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const char of clean) {
    const digit = ALPHABET.indexOf(char);
    if (digit < 0) return null;
    value = (value << 5) | digit;
    bits += 5;
    if (bits >= 8) {
      bytes[at] = (value >>> (bits - 8)) & 255;
      at += 1;
      bits -= 8;
      value &= (1 << bits) - 1;
    }
  }
  return bytes;
}

function deriveKek(code: Uint8Array, salt: Uint8Array, vaultId: string): Buffer {
  return Buffer.from(hkdfSync('sha256', code, salt, kdfInfo(vaultId), KEY_BYTES));
}

/** A new recovery code and the wrapping of `dataKey` under it, for the key file's `recovery` field. */
export function wrapWithRecoveryCode(
  dataKey: Uint8Array,
  vaultId: string,
  random: (n: number) => Uint8Array,
  now: Date,
): { code: string; wrap: NonNullable<KeyFile['recovery']> } {
  const code = random(RECOVERY_CODE_BYTES);
  const salt = random(SALT_BYTES);
  const kek = deriveKek(code, salt, vaultId);
  try {
    const wrapped = encryptFile(kek, wrapId(vaultId), WRAP_SCHEMA, dataKey, random(IV_BYTES));
    return {
      code: formatRecoveryCode(code),
      wrap: { kdf: 'hkdf-sha256', salt: b64(salt), wrapped: b64(wrapped), createdAt: now.toISOString() },
    };
  } finally {
    kek.fill(0);
    code.fill(0);
  }
}

const wrongCode = () =>
  new DossierError('WRONG_PASSPHRASE', 'That recovery code does not open this vault. Check each group and try again.');

/** Returns the data key, or throws WRONG_PASSPHRASE (saying recovery code). Never writes anything. */
export function unwrapWithRecoveryCode(file: KeyFile, typed: string): Buffer {
  const wrap = file.recovery;
  if (!wrap) throw new DossierError('KEY_UNAVAILABLE', 'This vault has no recovery code. Restore the keychain or a backup.');
  const code = parseRecoveryCode(typed);
  if (!code) throw wrongCode();
  const kek = deriveKek(code, unb64(wrap.salt), file.vaultId);
  code.fill(0);
  try {
    const plain = decryptFile(kek, wrapId(file.vaultId), unb64(wrap.wrapped)).plaintext;
    const key = Buffer.from(plain);
    plain.fill(0);
    if (key.length !== KEY_BYTES || !keyMatchesCheck(key, file)) {
      key.fill(0);
      throw wrongCode();
    }
    return key;
  } catch (error) {
    if (isDossierError(error) && error.code === 'CORRUPT') throw wrongCode();
    throw error;
  } finally {
    kek.fill(0);
  }
}
