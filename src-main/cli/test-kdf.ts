import { DossierError } from '../core/errors.ts';
import type { ScryptParams } from '../vault/key-file.ts';

/**
 * The one test-only knob on key derivation: `DOSSIER_TEST_SCRYPT_LOG2N=10` makes the vaults and
 * bundles this CLI run creates wrap their key with scrypt N=2^10 instead of the default 2^17,
 * so a test suite that calls the CLI dozens of times does not pay 0.4 s of scrypt per call.
 * Unset (every real run), nothing changes: the default cost applies and existing wraps always
 * use the parameters stored beside them. It can only lower the cost within the range the key
 * file accepts; any other value is refused rather than ignored.
 */
export const TEST_KDF_ENV = 'DOSSIER_TEST_SCRYPT_LOG2N';

export function testScryptFrom(env: Readonly<Record<string, string | undefined>>): ScryptParams | undefined {
  const raw = env[TEST_KDF_ENV];
  if (raw === undefined || raw === '') return undefined;
  const log2n = Number(raw);
  if (!Number.isInteger(log2n) || log2n < 10 || log2n > 16)
    throw new DossierError('VALIDATION', `${TEST_KDF_ENV} must be a whole number from 10 to 16 (tests only); unset it for real vaults.`);
  return { N: 2 ** log2n, r: 8, p: 1 };
}
