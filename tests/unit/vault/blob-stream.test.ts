import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DossierError } from '../../../src-main/core/errors.ts';
import { BLOBS_DIR } from '../../../src-main/vault/file-names.ts';
import { CANARY, codeOf, newVault, tempVaultDir } from './support.ts';

/** The bytes in pieces of `size`, each after a turn of the event loop, as a file read gives them. */
async function* chunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) {
    await Promise.resolve();
    yield bytes.subarray(at, at + size);
  }
}

describe('attachments stored from a stream', () => {
  it('are hashed and sealed as they arrive, and read back whole', async () => {
    const dir = tempVaultDir();
    const vault = await newVault(dir);
    // Two and a half frames, marked so a plaintext copy on disk would show.
    const bytes = new Uint8Array(Buffer.concat([Buffer.from(`%PDF-1.7 ${CANARY}`), randomBytes(5 * 2 ** 19)]));
    const ref = await vault.putBlobStream(chunks(bytes, 65_536));
    expect(ref).toEqual({
      blobId: expect.stringMatching(/^b-[0-9a-f]{32}$/) as unknown,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.length,
    });
    expect(Buffer.from(await vault.getBlob(ref.blobId)).equals(Buffer.from(bytes))).toBe(true);
    const stored = readFileSync(path.join(dir, BLOBS_DIR, readdirSync(path.join(dir, BLOBS_DIR))[0] ?? ''));
    expect(stored.includes(CANARY)).toBe(false);
  });

  it('an empty stream is an empty attachment', async () => {
    const vault = await newVault(tempVaultDir());
    const ref = await vault.putBlobStream(chunks(new Uint8Array(0), 1));
    expect(ref.bytes).toBe(0);
    expect((await vault.getBlob(ref.blobId)).length).toBe(0);
  });

  it('a source that fails part way stores nothing and leaves no temp file; its error is passed on as it was', async () => {
    const dir = tempVaultDir();
    const vault = await newVault(dir);
    async function* failing(): AsyncGenerator<Uint8Array> {
      yield await Promise.resolve(randomBytes(3 * 2 ** 20));
      throw new DossierError('BAD_EXHIBIT', 'The file changed while it was being imported.');
    }
    expect(await codeOf(vault.putBlobStream(failing()))).toBe('BAD_EXHIBIT');
    expect(readdirSync(path.join(dir, BLOBS_DIR))).toEqual([]);
    expect(await vault.check({ clean: false, keep: new Set() })).toMatchObject({ orphans: [], unreadable: [] });
  });

  it('a lock part way stops the write: nothing is stored', async () => {
    const dir = tempVaultDir();
    const vault = await newVault(dir);
    async function* lockingMidway(): AsyncGenerator<Uint8Array> {
      yield await Promise.resolve(randomBytes(2 ** 20));
      vault.lock();
      yield randomBytes(2 ** 21);
    }
    expect(await codeOf(vault.putBlobStream(lockingMidway()))).toBe('LOCKED');
    expect(readdirSync(path.join(dir, BLOBS_DIR))).toEqual([]);
  });
});
