import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FsPort } from '../../../src-main/vault/fs-port.ts';
import { nodeFsPort } from '../../../src-main/vault/fs-port.ts';
import { codeOf, fsError, hashTree, newVault, PASSPHRASE, sampleCase, testVault, tempVaultDir } from './support.ts';

type Op = 'writeNewFileDurably' | 'rename' | 'fsyncDir';

/** The real port, except that `op` fails with `code` while `armed` is true. */
function faultyFs(op: Op, code: string) {
  const state = { armed: false, failures: 0 };
  const fs: FsPort = {
    ...nodeFsPort,
    [op]: (...args: [string, ...unknown[]]) => {
      if (state.armed) {
        state.failures += 1;
        return Promise.reject(fsError(code));
      }
      return (nodeFsPort[op] as (...a: unknown[]) => Promise<void>)(...args);
    },
  };
  return { fs, state };
}

const expected = { ENOSPC: 'NO_SPACE', EACCES: 'ACCESS_DENIED', EBUSY: 'BUSY', EXDEV: 'CROSS_DEVICE', EIO: 'IO' } as const;

describe('vault under file-system failures', () => {
  for (const [code, typed] of Object.entries(expected)) {
    for (const op of ['writeNewFileDurably', 'rename'] as const) {
      it(`${code} during ${op} gives ${typed}, leaves the old data readable and no temp file`, async () => {
        const dir = tempVaultDir();
        const { fs, state } = faultyFs(op, code);
        const vault = await newVault(dir, { fs });
        const first = await vault.writeCase(sampleCase('case-0001', { notes: 'old' }), 0);
        const before = hashTree(dir);
        state.armed = true;
        expect(await codeOf(vault.writeCase({ ...first.case, notes: 'new' }, 1))).toBe(typed);
        expect(await codeOf(vault.writeCase(sampleCase('case-0002'), 0))).toBe(typed);
        expect(state.failures).toBeGreaterThan(0);
        state.armed = false;
        expect(hashTree(dir)).toEqual(before);
        expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
        expect(await vault.readCase('case-0001')).toMatchObject({ revision: 1, case: { notes: 'old' } });
        expect((await vault.listCases()).map((c) => c.id)).toEqual(['case-0001']);
        // A fresh process sees the same old state.
        vault.lock();
        const reopened = testVault(dir);
        await reopened.unlock({ method: 'passphrase', passphrase: PASSPHRASE });
        expect(await reopened.readCase('case-0001')).toMatchObject({ revision: 1, case: { notes: 'old' } });
      });
    }
  }

  it('ENOSPC while writing the index after the case file: the case file is the truth and nothing is lost', async () => {
    const dir = tempVaultDir();
    let writes = 0;
    let failOnWrite = -1;
    const fs: FsPort = {
      ...nodeFsPort,
      writeNewFileDurably: (p, data, mode) => {
        writes += 1;
        return writes === failOnWrite ? Promise.reject(fsError('ENOSPC')) : nodeFsPort.writeNewFileDurably(p, data, mode);
      },
    };
    const vault = await newVault(dir, { fs });
    const first = await vault.writeCase(sampleCase('case-0001', { notes: 'old' }), 0);
    failOnWrite = writes + 2; // the case file succeeds, the index write fails
    expect(await codeOf(vault.writeCase({ ...first.case, notes: 'new' }, 1))).toBe('NO_SPACE');
    vault.lock();
    const reopened = testVault(dir);
    await reopened.unlock({ method: 'passphrase', passphrase: PASSPHRASE });
    const stored = await reopened.readCase('case-0001');
    expect(stored).toMatchObject({ revision: 2, case: { notes: 'new' } });
    await reopened.writeCase({ ...stored.case, notes: 'third' }, 2);
    expect((await reopened.listCases())[0]?.updatedAt).toBe((await reopened.readCase('case-0001')).updatedAt);
  });

  it('a full disk part-way through a streamed attachment gives NO_SPACE and leaves no temp file; a lock mid-write gives LOCKED', async () => {
    const dir = tempVaultDir();
    let failAfter = -1;
    const fs: FsPort = {
      ...nodeFsPort,
      writeNewFileFromParts: (p, parts, mode) => {
        if (failAfter < 0) return nodeFsPort.writeNewFileFromParts(p, parts, mode);
        let seen = 0;
        async function* failing() {
          for await (const part of parts) {
            if (seen++ === failAfter) throw fsError('ENOSPC');
            yield part;
          }
        }
        return nodeFsPort.writeNewFileFromParts(p, failing(), mode);
      },
    };
    const vault = await newVault(dir, { fs });
    const kept = await vault.putBlob(new Uint8Array(3 * 2 ** 20).fill(7));
    const before = hashTree(dir);
    failAfter = 2;
    expect(await codeOf(vault.putBlob(new Uint8Array(3 * 2 ** 20).fill(9)))).toBe('NO_SPACE');
    expect(hashTree(dir)).toEqual(before);
    expect(readdirSync(path.join(dir, 'blobs')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect((await vault.getBlob(kept.blobId)).every((b) => b === 7)).toBe(true);

    failAfter = -1;
    const writing = vault.putBlob(new Uint8Array(4 * 2 ** 20).fill(5));
    vault.lock();
    expect(await codeOf(writing)).toBe('LOCKED');
    expect(hashTree(dir)).toEqual(before);
  });

  it('a failure on the final rename puts the previous generation back', async () => {
    const dir = tempVaultDir();
    let armed = false;
    const fs: FsPort = {
      ...nodeFsPort,
      rename: (from, to) => (armed && from.endsWith('.tmp') ? Promise.reject(fsError('EBUSY')) : nodeFsPort.rename(from, to)),
    };
    const vault = await newVault(dir, { fs });
    const first = await vault.writeCase(sampleCase('case-0001', { notes: 'old' }), 0);
    const before = hashTree(dir);
    armed = true;
    expect(await codeOf(vault.writeCase({ ...first.case, notes: 'new' }, 1))).toBe('BUSY');
    armed = false;
    const after = hashTree(dir);
    // The rollback moves the replaced file back, so only the older `.prev` copy may be gone.
    for (const [name, hash] of Object.entries(before)) if (!name.endsWith('.prev')) expect([name, after[name]]).toEqual([name, hash]);
    expect(await vault.readCase('case-0001')).toMatchObject({ revision: 1, case: { notes: 'old' } });
  });

  it('an init that fails on a full disk leaves nothing that blocks a retry', async () => {
    const dir = tempVaultDir();
    const fs: FsPort = { ...nodeFsPort, writeNewFileDurably: () => Promise.reject(fsError('ENOSPC')) };
    expect(await codeOf(testVault(dir, { fs }).init({ method: 'passphrase', passphrase: PASSPHRASE }))).toBe('NO_SPACE');
    const vault = testVault(dir);
    expect((await vault.status()).state).toBe('absent');
    expect((await vault.init({ method: 'passphrase', passphrase: PASSPHRASE })).state).toBe('unlocked');
  });

  it('EACCES when creating the vault folder gives ACCESS_DENIED', async () => {
    const dir = tempVaultDir();
    const fs: FsPort = { ...nodeFsPort, mkdir: () => Promise.reject(fsError('EACCES')) };
    expect(await codeOf(testVault(path.join(dir, 'nested'), { fs }).init({ method: 'passphrase', passphrase: PASSPHRASE }))).toBe(
      'ACCESS_DENIED',
    );
  });
});
