import path from 'node:path';
import { blobRefsOf } from './blob-refs.ts';
import { readCase } from './case-store.ts';
import { BLOBS_DIR, blobFileName, blobIdPattern, PREVIOUS_SUFFIX } from './file-names.ts';
import { toVaultError } from './fs-errors.ts';
import { isNotFound } from './fs-port.ts';
import { requireWritable, type Session, type VaultDeps } from './session.ts';

/** The blob ids every case in the vault refers to, or the ids of the cases that could not be read. */
export async function liveBlobRefs(
  deps: VaultDeps,
  session: Session,
): Promise<{ readonly refs: Set<string>; readonly unreadableCases: readonly string[] }> {
  const refs = new Set<string>();
  const unreadableCases: string[] = [];
  for (const id of [...session.index.keys()]) {
    try {
      blobRefsOf(await readCase(deps, session, id), refs);
    } catch {
      unreadableCases.push(id);
    }
  }
  return { refs, unreadableCases };
}

/** Removes blob files and their previous generations; a file already gone is not an error. */
export async function removeBlobFiles(deps: VaultDeps, session: Session, blobIds: readonly string[]): Promise<number> {
  requireWritable(session);
  const dir = path.join(deps.dir, BLOBS_DIR);
  let removed = 0;
  try {
    for (const blobId of blobIds) {
      if (!blobIdPattern.test(blobId)) continue;
      const file = path.join(dir, blobFileName(blobId));
      for (const target of [file + PREVIOUS_SUFFIX, file]) {
        try {
          await deps.fs.unlink(target);
          if (target === file) removed += 1;
        } catch (error) {
          if (!isNotFound(error)) throw error;
        }
      }
    }
    if (blobIds.length > 0)
      await deps.fs.fsyncDir(dir).catch((error: unknown) => {
        if (!isNotFound(error)) throw error;
      });
  } catch (error) {
    throw toVaultError(error, 'removing attachments');
  }
  return removed;
}

/**
 * Removes the given blobs that no case in the vault refers to any more and that are not in
 * `keep` (references held outside the cases, such as counsel's signature). Backups hold their
 * own copies of every blob file, so a blob a backup refers to stays restorable from that backup.
 * When any case cannot be read, nothing is removed: that case might be the one that refers to them.
 */
export async function sweepBlobs(
  deps: VaultDeps,
  session: Session,
  candidates: Iterable<string>,
  keep: ReadonlySet<string> = new Set(),
): Promise<{ readonly removed: number; readonly kept: number }> {
  const wanted = [...new Set(candidates)].filter((id) => !keep.has(id));
  if (wanted.length === 0) return { removed: 0, kept: 0 };
  const { refs, unreadableCases } = await liveBlobRefs(deps, session);
  if (unreadableCases.length > 0) return { removed: 0, kept: wanted.length };
  const doomed = wanted.filter((id) => !refs.has(id));
  return { removed: await removeBlobFiles(deps, session, doomed), kept: wanted.length - doomed.length };
}
