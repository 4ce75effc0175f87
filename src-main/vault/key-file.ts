import { z } from 'zod';
import { DossierError } from '../core/errors.ts';
import { CONTAINER_VERSION, HEADER_BYTES, KEY_BYTES, MAGIC } from './codec.ts';

/**
 * `keys.json`: the data key, wrapped. Not sensitive on its own (the key inside is encrypted
 * by scrypt(passphrase) or by the OS keychain), so it stays readable JSON for support.
 */
export const KEY_FILE_FORMAT = 'dossier-vault-keys';
export const KEY_FILE_VERSION = 1;

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

/** Bounds keep a tampered key file from asking for absurd memory or time. */
export const scryptParamsSchema = z.object({
  N: z
    .int()
    .min(2 ** 10)
    .max(2 ** 20)
    .refine((n) => (n & (n - 1)) === 0, 'N must be a power of two.'),
  r: z.int().min(1).max(32),
  p: z.int().min(1).max(16),
});
export type ScryptParams = z.infer<typeof scryptParamsSchema>;

export const keyFileSchema = z.object({
  format: z.literal(KEY_FILE_FORMAT),
  version: z.literal(KEY_FILE_VERSION),
  vaultId: z.string().regex(/^[0-9a-f]{32}$/),
  createdAt: z.string(),
  method: z.enum(['passphrase', 'keychain']),
  /** An empty payload encrypted with the data key: proves a key from the keychain is the right one. */
  check: base64,
  passphrase: z.object({ kdf: z.literal('scrypt'), params: scryptParamsSchema, salt: base64, wrapped: base64 }).optional(),
  keychain: z.object({ backend: z.string().max(64), wrapped: base64 }).optional(),
  /** A further wrapping under the recovery code (vault/recovery-code.ts); absent in vaults made before it. */
  recovery: z.object({ kdf: z.literal('hkdf-sha256'), salt: base64, wrapped: base64, createdAt: z.string() }).optional(),
});
export type KeyFile = z.infer<typeof keyFileSchema>;

/** Parses the key file; throws CORRUPT when damaged, FUTURE_SCHEMA when written by a newer version. */
export function parseKeyFile(bytes: Uint8Array): KeyFile {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    throw new DossierError('CORRUPT', 'The vault key file is damaged.');
  }
  if (
    typeof json === 'object' &&
    json !== null &&
    'version' in json &&
    typeof json.version === 'number' &&
    json.version > KEY_FILE_VERSION
  ) {
    throw new DossierError('FUTURE_SCHEMA', 'This vault was set up by a newer version of Dossier. Update Dossier to open it.');
  }
  const parsed = keyFileSchema.safeParse(json);
  if (!parsed.success || !wellFormed(parsed.data)) throw new DossierError('CORRUPT', 'The vault key file is damaged.');
  return parsed.data;
}

/** The salt's length used by every passphrase wrap; a key file with another is damaged, not a wrong passphrase. */
export const SALT_BYTES = 16;

/** A sealed container of `payload` bytes: the right length, magic and container version. */
function isContainer(text: string, payload: number): boolean {
  const bytes = Buffer.from(text, 'base64');
  return bytes.length === HEADER_BYTES + payload && MAGIC.every((b, i) => bytes[i] === b) && bytes[MAGIC.length] === CONTAINER_VERSION;
}

/**
 * The shape the wrapped values must have. Damage here is told apart from a wrong passphrase
 * (which only the decryption itself can reveal) and sends the reader to the previous copy.
 */
function wellFormed(file: KeyFile): boolean {
  if (!isContainer(file.check, 0)) return false;
  if (
    file.passphrase &&
    (Buffer.from(file.passphrase.salt, 'base64').length !== SALT_BYTES || !isContainer(file.passphrase.wrapped, KEY_BYTES))
  )
    return false;
  if (file.recovery && (Buffer.from(file.recovery.salt, 'base64').length !== SALT_BYTES || !isContainer(file.recovery.wrapped, KEY_BYTES)))
    return false;
  if (file.method === 'passphrase' ? !file.passphrase : !file.keychain) return false;
  return true;
}

export function serialiseKeyFile(file: KeyFile): Uint8Array {
  return new Uint8Array(Buffer.from(`${JSON.stringify(file, null, 2)}\n`, 'utf8'));
}
