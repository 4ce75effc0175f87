import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseKeyFile } from '../../../src-main/vault/key-file.ts';
import { createVault } from '../../../src-main/vault/vault.ts';
import {
  CANARY,
  PASSPHRASE,
  codeOf,
  fakeKeyStore,
  hashTree,
  newVault,
  recordingFs,
  sampleCase,
  testVault,
  tempVaultDir,
  TEST_SCRYPT,
} from './support.ts';

describe('vault keys', () => {
  it('creates a passphrase vault, locks and unlocks it', async () => {
    const dir = tempVaultDir();
    const vault = testVault(dir);
    expect((await vault.status()).state).toBe('absent');
    expect(await vault.init({ method: 'passphrase', passphrase: PASSPHRASE })).toMatchObject({
      state: 'unlocked',
      keyMethod: 'passphrase',
      recovered: [],
    });
    await vault.writeCase(sampleCase('case-0001'), 0);
    vault.lock();
    expect(await vault.status()).toMatchObject({ state: 'locked', keyMethod: 'passphrase' });
    await vault.unlock({ method: 'passphrase', passphrase: PASSPHRASE });
    expect((await vault.readCase('case-0001')).case.client.familyName).toBe(CANARY);
  });

  it('stores the scrypt parameters and salt beside the wrapped key', async () => {
    const dir = tempVaultDir();
    await newVault(dir);
    const file = parseKeyFile(readFileSync(path.join(dir, 'keys.json')));
    expect(file.passphrase?.params).toEqual(TEST_SCRYPT);
    expect(Buffer.from(file.passphrase?.salt ?? '', 'base64')).toHaveLength(16);
  });

  it('defaults to scrypt N=2^17, r=8, p=1', async () => {
    const dir = tempVaultDir();
    await createVault({ dir }).init({ method: 'passphrase', passphrase: PASSPHRASE });
    expect(parseKeyFile(readFileSync(path.join(dir, 'keys.json'))).passphrase?.params).toEqual({ N: 2 ** 17, r: 8, p: 1 });
  });

  it('refuses a wrong passphrase with a typed error and zero writes', async () => {
    const dir = tempVaultDir();
    const first = await newVault(dir);
    await first.writeCase(sampleCase('case-0001'), 0);
    first.lock();
    const before = hashTree(dir);
    const { fs, writes } = recordingFs();
    const vault = testVault(dir, { fs });
    expect(await codeOf(vault.unlock({ method: 'passphrase', passphrase: 'not the passphrase' }))).toBe('WRONG_PASSPHRASE');
    expect(await codeOf(vault.unlock({ method: 'passphrase', passphrase: '' }))).toBe('PASSPHRASE_REQUIRED');
    expect(await codeOf(vault.listCases())).toBe('LOCKED');
    expect(writes).toEqual([]);
    expect(hashTree(dir)).toEqual(before);
  });

  it('never initialises over an existing vault: ALREADY_INITIALISED, files unchanged', async () => {
    const dir = tempVaultDir();
    const first = await newVault(dir);
    await first.writeCase(sampleCase('case-0001'), 0);
    first.lock();
    const before = hashTree(dir);
    const { fs, writes } = recordingFs();
    const vault = testVault(dir, { fs, keyStore: fakeKeyStore() });
    expect(await codeOf(vault.init({ method: 'passphrase', passphrase: 'another passphrase' }))).toBe('ALREADY_INITIALISED');
    expect(await codeOf(vault.init({ method: 'keychain' }))).toBe('ALREADY_INITIALISED');
    expect(writes).toEqual([]);
    expect(hashTree(dir)).toEqual(before);
  });

  it('refuses to initialise over case files even when the key file is gone', async () => {
    const dir = tempVaultDir();
    const first = await newVault(dir);
    await first.writeCase(sampleCase('case-0001'), 0);
    first.lock();
    rmSync(path.join(dir, 'keys.json'));
    rmSync(path.join(dir, 'keys.json.prev'));
    const before = hashTree(dir);
    const vault = testVault(dir);
    expect(await vault.status()).toMatchObject({ state: 'locked', keyMethod: null });
    expect(await codeOf(vault.init({ method: 'passphrase', passphrase: PASSPHRASE }))).toBe('ALREADY_INITIALISED');
    expect(await codeOf(vault.unlock({ method: 'passphrase', passphrase: PASSPHRASE }))).toBe('KEY_UNAVAILABLE');
    expect(hashTree(dir)).toEqual(before);
  });

  it('wraps the key with the keychain and unlocks with it', async () => {
    const dir = tempVaultDir();
    const keyStore = fakeKeyStore();
    const vault = testVault(dir, { keyStore });
    expect(await vault.init({ method: 'keychain' })).toMatchObject({ state: 'unlocked', keyMethod: 'keychain' });
    await vault.writeCase(sampleCase('case-0001'), 0);
    vault.lock();
    await vault.unlock({ method: 'keychain' });
    expect((await vault.listCases()).map((s) => s.id)).toEqual(['case-0001']);
    expect(await codeOf(vault.unlock({ method: 'passphrase', passphrase: PASSPHRASE }))).toBe('KEY_UNAVAILABLE');
  });

  it('treats basic_text, an unavailable keychain or no keychain as "passphrase required"', async () => {
    for (const keyStore of [fakeKeyStore('basic_text'), { ...fakeKeyStore(), isAvailable: () => Promise.resolve(false) }, undefined]) {
      const dir = tempVaultDir();
      const { fs, writes } = recordingFs();
      const vault = testVault(dir, { fs, ...(keyStore ? { keyStore } : {}) });
      expect(await codeOf(vault.init({ method: 'keychain' }))).toBe('PASSPHRASE_REQUIRED');
      expect(writes).toEqual([]);
    }
  });

  it('refuses to unlock with basic_text even if the vault was made with a real keychain', async () => {
    const dir = tempVaultDir();
    const keyStore = fakeKeyStore();
    await testVault(dir, { keyStore }).init({ method: 'keychain' });
    keyStore.backendName = 'basic_text';
    expect(await codeOf(testVault(dir, { keyStore }).unlock({ method: 'keychain' }))).toBe('PASSPHRASE_REQUIRED');
  });

  it('a keychain backend change or unwrap failure never creates a new key: typed error, zero writes, hashes unchanged', async () => {
    const dir = tempVaultDir();
    const keyStore = fakeKeyStore('gnome_libsecret');
    const first = testVault(dir, { keyStore });
    await first.init({ method: 'keychain' });
    await first.writeCase(sampleCase('case-0001'), 0);
    first.lock();
    const before = hashTree(dir);

    const { fs, writes } = recordingFs();
    keyStore.backendName = 'kwallet5';
    const vault = testVault(dir, { fs, keyStore });
    expect(await codeOf(vault.unlock({ method: 'keychain' }))).toBe('KEY_UNAVAILABLE');
    expect(await codeOf(vault.init({ method: 'keychain' }))).toBe('ALREADY_INITIALISED');

    keyStore.backendName = 'gnome_libsecret';
    const broken = testVault(dir, { fs, keyStore: { ...keyStore, decrypt: () => Promise.reject(new Error('secret service gone')) } });
    expect(await codeOf(broken.unlock({ method: 'keychain' }))).toBe('KEY_UNAVAILABLE');
    const lying = testVault(dir, { fs, keyStore: { ...keyStore, decrypt: () => Promise.resolve(Buffer.alloc(32, 7).toString('base64')) } });
    expect(await codeOf(lying.unlock({ method: 'keychain' }))).toBe('KEY_UNAVAILABLE');

    expect(writes).toEqual([]);
    expect(hashTree(dir)).toEqual(before);
    expect(await vault.status()).toMatchObject({ state: 'locked', keyMethod: 'keychain' });
  });

  it('changePassphrase re-wraps the key only: case files untouched, old passphrase refused, new one works', async () => {
    const dir = tempVaultDir();
    const vault = await newVault(dir);
    await vault.writeCase(sampleCase('case-0001'), 0);
    const caseHashes = () => Object.fromEntries(Object.entries(hashTree(dir)).filter(([name]) => !name.startsWith('keys.json')));
    const before = caseHashes();
    expect(await codeOf(vault.changePassphrase('wrong passphrase', 'a new passphrase here'))).toBe('WRONG_PASSPHRASE');
    await vault.changePassphrase(PASSPHRASE, 'a new passphrase here');
    expect(caseHashes()).toEqual(before);
    vault.lock();
    expect(await codeOf(vault.unlock({ method: 'passphrase', passphrase: PASSPHRASE }))).toBe('WRONG_PASSPHRASE');
    await vault.unlock({ method: 'passphrase', passphrase: 'a new passphrase here' });
    expect((await vault.readCase('case-0001')).revision).toBe(1);
    // The previous generation of the key file must not keep the old passphrase working.
    rmSync(path.join(dir, 'keys.json'));
    copyFileSync(path.join(dir, 'keys.json.prev'), path.join(dir, 'keys.json'));
    vault.lock();
    expect(await codeOf(vault.unlock({ method: 'passphrase', passphrase: PASSPHRASE }))).toBe('WRONG_PASSPHRASE');
  });

  it('treats NFC and NFD spellings of a passphrase as the same', async () => {
    const dir = tempVaultDir();
    const vault = testVault(dir);
    await vault.init({ method: 'passphrase', passphrase: 'Nguyễn passphrase'.normalize('NFC') });
    vault.lock();
    await vault.unlock({ method: 'passphrase', passphrase: 'Nguyễn passphrase'.normalize('NFD') });
    expect((await vault.status()).state).toBe('unlocked');
  });
});
