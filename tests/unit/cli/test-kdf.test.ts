import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testScryptFrom } from '../../../src-main/cli/test-kdf.ts';
import { parseKeyFile } from '../../../src-main/vault/key-file.ts';
import { cliInProcess } from '../../helpers/cli-in-process.ts';

const work = mkdtempSync(path.join(tmpdir(), 'dossier-test-kdf-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const keyParams = (vault: string) => parseKeyFile(readFileSync(path.join(vault, 'keys.json'))).passphrase?.params;

describe('the test-only scrypt cost', () => {
  it('is absent unless the variable is set, and never above the default', () => {
    expect(testScryptFrom({})).toBeUndefined();
    expect(testScryptFrom({ DOSSIER_TEST_SCRYPT_LOG2N: '' })).toBeUndefined();
    expect(testScryptFrom({ DOSSIER_TEST_SCRYPT_LOG2N: '10' })).toEqual({ N: 2 ** 10, r: 8, p: 1 });
    for (const bad of ['9', '17', '20', '12.5', 'low'])
      expect(() => testScryptFrom({ DOSSIER_TEST_SCRYPT_LOG2N: bad })).toThrow(/DOSSIER_TEST_SCRYPT_LOG2N must be a whole number/u);
  });

  it('a vault created without it keeps the production cost; with it, the lower one, and both unlock', async () => {
    const plain = path.join(work, 'plain');
    const cheap = path.join(work, 'cheap');
    const pass = { DOSSIER_PASS: 'correct horse battery staple' };
    expect((await cliInProcess(plain, { ...pass, DOSSIER_TEST_SCRYPT_LOG2N: '' })('vault', 'init')).code).toBe(0);
    expect(keyParams(plain)).toEqual({ N: 2 ** 17, r: 8, p: 1 });
    expect((await cliInProcess(cheap, pass)('vault', 'init')).code).toBe(0);
    expect(keyParams(cheap)).toEqual({ N: 2 ** 10, r: 8, p: 1 });
    // Unlocking reads the cost stored with the wrap, whatever the variable says now.
    expect((await cliInProcess(plain, pass)('case', 'list')).stdout.trim()).toBe('[]');
    expect((await cliInProcess(cheap, { ...pass, DOSSIER_TEST_SCRYPT_LOG2N: '' })('case', 'list')).stdout.trim()).toBe('[]');
  }, 30_000);
});
