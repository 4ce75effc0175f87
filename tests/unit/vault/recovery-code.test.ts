import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyFileSchema, parseKeyFile } from '../../../src-main/vault/key-file.ts';
import { unwrapWithKeychain, unwrapWithPassphrase } from '../../../src-main/vault/key-wrap.ts';
import { formatRecoveryCode, parseRecoveryCode, unwrapWithRecoveryCode } from '../../../src-main/vault/recovery-code.ts';
import { CANARY, PASSPHRASE, codeOf, fakeKeyStore, newVault, sampleCase, testVault, tempVaultDir } from './support.ts';

const keysOf = (dir: string) => parseKeyFile(readFileSync(path.join(dir, 'keys.json')));

describe('recovery code', () => {
  it('is shown as eight groups of four base32 letters and read back whatever the case, spacing and look-alike digits', () => {
    const bytes = new Uint8Array(20).map((_, i) => i * 13 + 7);
    const code = formatRecoveryCode(bytes);
    expect(code).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){7}$/u);
    expect(parseRecoveryCode(code)).toEqual(bytes);
    const typed = ` ${code.toLowerCase().replaceAll('-', ' ').replaceAll('o', '0').replaceAll('i', '1').replaceAll('b', '8')} `;
    expect(parseRecoveryCode(typed)).toEqual(bytes);
    expect(parseRecoveryCode(code.slice(1))).toBeNull();
    expect(parseRecoveryCode(`${code.slice(1)}9`)).toBeNull();
  });

  it('opens a keychain vault whose keychain is gone, and a passphrase vault, without touching the other wrapping', async () => {
    const dir = tempVaultDir();
    const keyStore = fakeKeyStore();
    const vault = testVault(dir, { keyStore });
    await vault.init({ method: 'keychain' });
    expect((await vault.status()).hasRecoveryCode).toBe(false);
    await vault.writeCase(sampleCase('case-0001'), 0);
    const code = await vault.createRecoveryCode();
    expect((await vault.status()).hasRecoveryCode).toBe(true);
    vault.lock();
    expect(await vault.status()).toMatchObject({ state: 'locked', keyMethod: 'keychain', hasRecoveryCode: true });

    // The keychain backend changed: the keychain no longer opens the vault, the code does.
    keyStore.backendName = 'kwallet5';
    expect(await codeOf(vault.unlock({ method: 'keychain' }))).toBe('KEY_UNAVAILABLE');
    expect(await vault.unlock({ method: 'recovery', code: code.toLowerCase() })).toMatchObject({
      state: 'unlocked',
      keyMethod: 'keychain',
    });
    expect((await vault.readCase('case-0001')).case.client.familyName).toBe(CANARY);

    const passDir = tempVaultDir();
    const passVault = await newVault(passDir);
    const passCode = await passVault.createRecoveryCode();
    passVault.lock();
    expect(await passVault.unlock({ method: 'recovery', code: passCode })).toMatchObject({ state: 'unlocked', keyMethod: 'passphrase' });
    passVault.lock();
    expect(await passVault.unlock({ method: 'passphrase', passphrase: PASSPHRASE })).toMatchObject({ state: 'unlocked' });
  });

  it('refuses a wrong or mistyped code as a wrong code, never as damage, and changes nothing', async () => {
    const dir = tempVaultDir();
    const vault = await newVault(dir);
    const code = await vault.createRecoveryCode();
    vault.lock();
    const before = readFileSync(path.join(dir, 'keys.json'));
    const other = formatRecoveryCode(new Uint8Array(20).fill(9));
    for (const wrong of [other, code.slice(0, -1), 'not a code at all']) {
      const error = await vault.unlock({ method: 'recovery', code: wrong }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'WRONG_PASSPHRASE' });
      expect(error instanceof Error ? error.message : '').toMatch(/recovery code does not open/u);
    }
    expect(readFileSync(path.join(dir, 'keys.json'))).toEqual(before);
    expect(() => unwrapWithRecoveryCode(keysOf(dir), other)).toThrow(/recovery code does not open/u);
  });

  it('says a vault without a code has none, and a new code replaces the earlier one (in the previous copy too)', async () => {
    const dir = tempVaultDir();
    const vault = await newVault(dir);
    vault.lock();
    expect(await codeOf(vault.unlock({ method: 'recovery', code: formatRecoveryCode(new Uint8Array(20)) }))).toBe('KEY_UNAVAILABLE');
    await vault.unlock({ method: 'passphrase', passphrase: PASSPHRASE });
    const first = await vault.createRecoveryCode();
    const second = await vault.createRecoveryCode();
    expect(second).not.toBe(first);
    vault.lock();
    expect(readFileSync(path.join(dir, 'keys.json.prev'))).toEqual(readFileSync(path.join(dir, 'keys.json')));
    expect(await codeOf(vault.unlock({ method: 'recovery', code: first }))).toBe('WRONG_PASSPHRASE');
    expect(await vault.unlock({ method: 'recovery', code: second })).toMatchObject({ state: 'unlocked' });
  });

  it('keeps keys.json readable by the unlock of a version that knows no recovery code, and survives a passphrase change', async () => {
    const dir = tempVaultDir();
    const vault = await newVault(dir);
    const code = await vault.createRecoveryCode();
    const json: unknown = JSON.parse(readFileSync(path.join(dir, 'keys.json'), 'utf8'));
    const older = keyFileSchema.omit({ recovery: true }).parse(json);
    expect(older).not.toHaveProperty('recovery');
    (await unwrapWithPassphrase(older, PASSPHRASE)).fill(0);

    await vault.changePassphrase(PASSPHRASE, 'a new and longer passphrase');
    vault.lock();
    expect(await vault.unlock({ method: 'recovery', code })).toMatchObject({ state: 'unlocked' });

    const keychainDir = tempVaultDir();
    const keyStore = fakeKeyStore();
    const keychainVault = testVault(keychainDir, { keyStore });
    await keychainVault.init({ method: 'keychain' });
    await keychainVault.createRecoveryCode();
    const olderKeychain = keyFileSchema
      .omit({ recovery: true })
      .parse(JSON.parse(readFileSync(path.join(keychainDir, 'keys.json'), 'utf8')));
    (await unwrapWithKeychain(olderKeychain, keyStore)).fill(0);
  });

  it('a damaged recovery wrapping is damage: the previous copy opens', async () => {
    const dir = tempVaultDir();
    const vault = await newVault(dir);
    const code = await vault.createRecoveryCode();
    vault.lock();
    const file = keysOf(dir);
    const wrapped = Buffer.from(file.recovery?.wrapped ?? '', 'base64');
    wrapped[wrapped.length - 1] = (wrapped[wrapped.length - 1] ?? 0) ^ 1;
    writeFileSync(
      path.join(dir, 'keys.json'),
      JSON.stringify({ ...file, recovery: { ...file.recovery, wrapped: wrapped.toString('base64') } }),
    );
    const status = await vault.unlock({ method: 'recovery', code });
    expect(status.recovered).toEqual([{ file: 'keys.json', restoredFrom: 'previous' }]);
  });
});
