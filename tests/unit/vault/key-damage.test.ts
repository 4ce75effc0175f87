import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DossierError } from '../../../src-main/core/errors.ts';
import { isDossierError } from '../../../src-main/core/errors.ts';
import { createVault } from '../../../src-main/vault/vault.ts';
import { CANARY, newVault, PASSPHRASE, sampleCase, tempVaultDir, TEST_SCRYPT } from './support.ts';

/** A vault with one case, locked; returns its folder and the bytes of its key file. */
async function lockedVault(): Promise<{ dir: string; keys: Buffer }> {
  const dir = tempVaultDir();
  const vault = await newVault(dir);
  await vault.writeCase(sampleCase('case-0001'), 0);
  vault.lock();
  return { dir, keys: readFileSync(path.join(dir, 'keys.json')) };
}

/** A copy of the vault with one byte of keys.json changed (its copy keys.json.prev left as it was). */
function damagedCopy(source: string, keys: Buffer, offset: number): string {
  const dir = tempVaultDir();
  cpSync(source, dir, { recursive: true });
  const bytes = Buffer.from(keys);
  bytes[offset] = (bytes[offset] ?? 0) ^ 0x01;
  writeFileSync(path.join(dir, 'keys.json'), bytes);
  return dir;
}

/** The DossierError an unlock with a wrong passphrase fails with. */
async function wrongPassphrase(dir: string): Promise<DossierError> {
  const vault = createVault({ dir, scrypt: TEST_SCRYPT });
  const error: unknown = await vault.unlock({ method: 'passphrase', passphrase: 'not the passphrase at all' }).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isDossierError(error)) throw new Error('Expected the unlock to fail with a DossierError.');
  return error;
}

describe('a damaged key file', () => {
  it('opens through its previous copy at every offset, and reports and repairs the damage', async () => {
    const { dir: source, keys } = await lockedVault();
    const text = keys.toString('utf8');
    const wrapped = text.indexOf('"wrapped"');
    expect(wrapped).toBeGreaterThan(0);
    let restored = 0;
    for (let offset = 0; offset < keys.length; offset += 1) {
      const dir = damagedCopy(source, keys, offset);
      const vault = createVault({ dir, scrypt: TEST_SCRYPT });
      const status = await vault.unlock({ method: 'passphrase', passphrase: PASSPHRASE });
      expect((await vault.readCase('case-0001')).case.client.familyName, `offset ${String(offset)}`).toBe(CANARY);
      if (status.recovered.length > 0) {
        restored += 1;
        expect(status.recovered).toEqual([{ file: 'keys.json', restoredFrom: 'previous' }]);
        // The good copy is back under the current name, so the next start reads it directly.
        expect(readFileSync(path.join(dir, 'keys.json')).equals(keys), `offset ${String(offset)}`).toBe(true);
      }
      vault.lock();
      // Removed as it goes: hundreds of copies left for the shared clean-up outlast its time limit on a loaded machine.
      rmSync(dir, { recursive: true, force: true });
    }
    // Only the creation time and similar free text can change without making the file unusable.
    expect(restored).toBeGreaterThan(keys.length * 0.8);
  }, 120_000);

  it('opens through the previous copy when a byte of the wrapped key itself changes', async () => {
    const { dir: source, keys } = await lockedVault();
    const start = keys.toString('utf8').indexOf('"wrapped": "') + '"wrapped": "'.length;
    for (const offset of [start, start + 10, start + 40]) {
      const vault = createVault({ dir: damagedCopy(source, keys, offset), scrypt: TEST_SCRYPT });
      const status = await vault.unlock({ method: 'passphrase', passphrase: PASSPHRASE });
      expect(status.recovered).toEqual([{ file: 'keys.json', restoredFrom: 'previous' }]);
      vault.lock();
    }
  });

  it('says the key file may be damaged when a wrong passphrase meets a damaged file', async () => {
    const { dir: source, keys } = await lockedVault();
    const start = keys.toString('utf8').indexOf('"salt": "') + '"salt": "'.length;
    const error = await wrongPassphrase(damagedCopy(source, keys, start + 2));
    expect(error.code).toBe('WRONG_PASSPHRASE');
    expect(error.message).toMatch(/may be damaged/u);
  });

  it('says only "wrong passphrase" when the key file and its copy agree', async () => {
    const { dir } = await lockedVault();
    const error = await wrongPassphrase(dir);
    expect(error.code).toBe('WRONG_PASSPHRASE');
    expect(error.message).not.toMatch(/damaged/u);
  });
});
