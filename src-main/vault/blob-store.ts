import { createHash } from 'node:crypto';
import path from 'node:path';
import { DossierError } from '../core/errors.ts';
import { ensurePrivateDir, writeAtomic } from './atomic.ts';
import { BLOBS_DIR, blobFileName, blobIdPattern, newBlobId } from './file-names.ts';
import { readGenerations, repairGenerations } from './recovery.ts';
import { openFile, requireWritable, sealFramedParts, sealFramedStream, type Session, type VaultDeps } from './session.ts';
import type { BlobRef } from './types.ts';

/**
 * Blobs are opaque bytes; their schema version is independent of the case schema. New blobs are
 * written in the framed container (`framed-codec.ts`); blobs written before it stay readable.
 */
export const BLOB_FORMAT_VERSION = 1;

export async function putBlob(deps: VaultDeps, session: Session, bytes: Uint8Array): Promise<BlobRef> {
  requireWritable(session);
  const blobId = newBlobId(deps.random);
  const dir = path.join(deps.dir, BLOBS_DIR);
  await ensurePrivateDir(deps.fs, dir);
  const sealed = sealFramedParts(deps, session, blobId, BLOB_FORMAT_VERSION, bytes);
  // Blobs are written once under a fresh name, so there is no previous generation to keep.
  await writeAtomic(deps.fs, dir, blobFileName(blobId), sealed, {
    random: deps.random,
    keepPrevious: false,
    action: 'storing the attachment',
  });
  return { blobId, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
}

/**
 * Stores a payload that arrives piece by piece (an exhibit read from its file in chunks): it is
 * hashed and sealed as it passes, frame by frame straight into the temp file, so neither the
 * file nor its ciphertext is ever held whole. If the source fails (or the vault locks) part way,
 * the temp file is removed and nothing is stored under the blob's name; a crash leaves only a
 * temp file, removed on the next unlock.
 */
export async function putBlobStream(deps: VaultDeps, session: Session, source: AsyncIterable<Uint8Array>): Promise<BlobRef> {
  requireWritable(session);
  const blobId = newBlobId(deps.random);
  const dir = path.join(deps.dir, BLOBS_DIR);
  await ensurePrivateDir(deps.fs, dir);
  const hash = createHash('sha256');
  let bytes = 0;
  async function* counted(): AsyncGenerator<Uint8Array, void, undefined> {
    for await (const chunk of source) {
      hash.update(chunk);
      bytes += chunk.length;
      yield chunk;
    }
  }
  await writeAtomic(deps.fs, dir, blobFileName(blobId), sealFramedStream(deps, session, blobId, BLOB_FORMAT_VERSION, counted()), {
    random: deps.random,
    keepPrevious: false,
    action: 'storing the attachment',
  });
  return { blobId, sha256: hash.digest('hex'), bytes };
}

export async function getBlob(deps: VaultDeps, session: Session, blobId: string): Promise<Uint8Array> {
  // The id becomes part of a path: only the exact generated shape is accepted.
  if (!blobIdPattern.test(blobId)) throw new DossierError('NOT_FOUND', 'That attachment is not in the vault.');
  const dir = path.join(deps.dir, BLOBS_DIR);
  const name = blobFileName(blobId);
  const read = await readGenerations(deps.fs, dir, name, (bytes) => openFile(session, blobId, bytes).plaintext);
  if (read.current === 'missing' && read.source === 'none') throw new DossierError('NOT_FOUND', 'That attachment is not in the vault.');
  if (read.current === 'bad') {
    session.recovered.push({ file: `${BLOBS_DIR}/${name}`, restoredFrom: read.source === 'previous' ? 'previous' : 'none' });
    if (session.readOnlyReason === undefined) await repairGenerations(deps.fs, dir, name, read, deps.quarantineDir, deps.random);
  }
  if (!read.value)
    throw new DossierError('CORRUPT', 'This attachment is damaged. It was set aside, not deleted; restore it from a backup.');
  return read.value;
}
