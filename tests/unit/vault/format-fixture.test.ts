import { cpSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeOf, testVault, tempVaultDir } from './support.ts';

const fixture = path.join(import.meta.dirname, '../../fixtures/vault/v1-vault');

describe('frozen version-1 vault', () => {
  it('still opens and reads: keys.json, scrypt wrap, index and case file formats are stable', async () => {
    const dir = tempVaultDir();
    cpSync(fixture, dir, { recursive: true });
    const vault = testVault(dir);
    expect(await codeOf(vault.unlock({ method: 'passphrase', passphrase: 'wrong' }))).toBe('WRONG_PASSPHRASE');
    expect(await vault.unlock({ method: 'passphrase', passphrase: 'frozen fixture passphrase' })).toMatchObject({
      state: 'unlocked',
      recovered: [],
    });
    expect(await vault.listCases()).toEqual([
      expect.objectContaining({ id: 'fixture-case-0001', displayName: 'SRISUK Kanokwan (กนกวรรณ ศรีสุข)', kind: 'hc', archived: false }),
    ]);
    expect(await vault.readCase('fixture-case-0001')).toMatchObject({
      revision: 1,
      createdAt: '2026-01-15T09:30:02.000Z',
      case: { notes: 'Frozen vault fixture, format v1.', client: { familyName: 'Srisuk' } },
    });
  });
});
