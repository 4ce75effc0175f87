import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseKeyFile } from '../../../src-main/vault/key-file.ts';
import { CANARY, PASSPHRASE, codeOf, fakeKeyStore, sampleCase, testVault, tempVaultDir } from './support.ts';

const keysOf = (dir: string) => parseKeyFile(readFileSync(path.join(dir, 'keys.json')));
const NEW = 'a brand new passphrase for the vault';

describe('switching between the keychain and a passphrase', () => {
  it('moves a passphrase vault to the keychain and back; the old secret stops working and the recovery code stays', async () => {
    const dir = tempVaultDir();
    const keyStore = fakeKeyStore();
    const vault = testVault(dir, { keyStore });
    await vault.init({ method: 'passphrase', passphrase: PASSPHRASE });
    await vault.writeCase(sampleCase('case-0001'), 0);
    const code = await vault.createRecoveryCode();

    expect(await codeOf(vault.switchKeyMethod({ method: 'keychain' }, 'not the passphrase'))).toBe('WRONG_PASSPHRASE');
    expect(keysOf(dir).method).toBe('passphrase');
    await vault.switchKeyMethod({ method: 'keychain' }, PASSPHRASE);
    expect(await vault.status()).toMatchObject({ keyMethod: 'keychain', hasRecoveryCode: true });
    expect(keysOf(dir)).not.toHaveProperty('passphrase');
    expect(parseKeyFile(readFileSync(path.join(dir, 'keys.json.prev')))).not.toHaveProperty('passphrase');
    vault.lock();
    expect(await codeOf(vault.unlock({ method: 'passphrase', passphrase: PASSPHRASE }))).toBe('KEY_UNAVAILABLE');
    await vault.unlock({ method: 'keychain' });

    await vault.switchKeyMethod({ method: 'passphrase', passphrase: NEW });
    expect(keysOf(dir)).not.toHaveProperty('keychain');
    vault.lock();
    expect(await codeOf(vault.unlock({ method: 'keychain' }))).toBe('PASSPHRASE_REQUIRED');
    expect(await vault.unlock({ method: 'passphrase', passphrase: NEW })).toMatchObject({ keyMethod: 'passphrase' });
    vault.lock();
    await vault.unlock({ method: 'recovery', code });
    expect((await vault.readCase('case-0001')).case.client.familyName).toBe(CANARY);
    expect(await codeOf(vault.switchKeyMethod({ method: 'passphrase', passphrase: NEW }, NEW))).toBe('VALIDATION');
  });

  it('refuses the keychain where there is none, and changes nothing', async () => {
    const dir = tempVaultDir();
    const vault = testVault(dir);
    await vault.init({ method: 'passphrase', passphrase: PASSPHRASE });
    const before = readFileSync(path.join(dir, 'keys.json'));
    expect(await codeOf(vault.switchKeyMethod({ method: 'keychain' }, PASSPHRASE))).toBe('PASSPHRASE_REQUIRED');
    expect(readFileSync(path.join(dir, 'keys.json'))).toEqual(before);
  });
});
