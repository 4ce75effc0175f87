import { createHash } from 'node:crypto';
import path from 'node:path';
import { DossierError } from '../core/errors.ts';
import { ensurePrivateDir, writeAtomic } from './atomic.ts';
import { BLOBS_DIR, blobFileName, blobIdPattern, newBlobId } from './file-names.ts';
import { readGenerations, repairGenerations } from './recovery.ts';
import { openFile, requireWritable, sealFramedParts, type Session, type VaultDeps } from './session.ts';
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
