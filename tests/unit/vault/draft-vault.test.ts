import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDraftVault, draftVaultDir } from '../../../src-main/vault/draft-vault.ts';
import { CANARY, codeOf, TEST_SCRYPT, tempVaultDir } from './support.ts';

const PASSPHRASE = 'interpreter drafts passphrase';

describe('the interpreter drafts vault', () => {
  it('lives beside the data folder, not inside it', () => {
    expect(draftVaultDir('/home/a/.config/Dossier/vault')).toBe(path.resolve('/home/a/.config/Dossier/interpreter-drafts'));
  });

  it('is absent until created, keeps drafts encrypted, and opens only with its passphrase', async () => {
    const dir = tempVaultDir();
    const drafts = createDraftVault({ dir, scrypt: TEST_SCRYPT });
    expect(await drafts.status()).toBe('absent');
    expect(await codeOf(drafts.save({ requestId: 'r-1', title: 'Statement', work: {} }))).toBe('LOCKED');
    await drafts.create(PASSPHRASE);
    await drafts.save({ requestId: 'r-1', title: 'Statement', work: { text: CANARY } });
    await drafts.save({ requestId: 'r-2', title: 'Letter', work: { text: 'second' } });
    drafts.lock();
    expect(await drafts.status()).toBe('locked');
    expect(await codeOf(drafts.unlock('not the passphrase'))).toBe('WRONG_PASSPHRASE');
    await drafts.unlock(PASSPHRASE);
    expect((await drafts.list()).map((d) => d.requestId).sort()).toEqual(['r-1', 'r-2']);
    expect((await drafts.read('r-1'))?.work).toEqual({ text: CANARY });
    expect(await drafts.read('r-3')).toBeUndefined();
    for (const name of readdirSync(dir)) {
      expect(name).not.toContain('r-1');
      if (name.endsWith('.dsv')) expect(readFileSync(path.join(dir, name)).includes(Buffer.from(CANARY))).toBe(false);
    }
    await drafts.remove('r-1');
    expect(await drafts.read('r-1')).toBeUndefined();
    expect((await drafts.list()).map((d) => d.requestId)).toEqual(['r-2']);
    expect(await codeOf(drafts.create(PASSPHRASE))).toBe('ALREADY_INITIALISED');
  });
});
