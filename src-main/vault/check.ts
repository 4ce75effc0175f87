import path from 'node:path';
import { isDossierError } from '../core/errors.ts';
import { liveBlobRefs, removeBlobFiles } from './blob-sweep.ts';
import { BLOBS_DIR, blobFilePattern } from './file-names.ts';
import { toVaultError } from './fs-errors.ts';
import { isNotFound } from './fs-port.ts';
import { openFile, type Session, type VaultDeps } from './session.ts';
import type { VaultCheckReport } from './types.ts';

export interface CheckOptions {
  /** Remove the orphaned blobs found (only when every case could be read). */
  readonly clean: boolean;
  /** Blob ids referred to from outside the cases (counsel's signature in the settings). */
  readonly keep: ReadonlySet<string>;
  /** Blobs stored in this session that a case may be about to refer to (an import under way). */
  readonly fresh: ReadonlySet<string>;
}

async function namesIn(deps: VaultDeps, dir: string): Promise<string[]> {
  try {
    return await deps.fs.readdir(dir);
  } catch (error) {
    if (isNotFound(error)) return [];
    throw toVaultError(error, 'checking the vault');
  }
}

/**
 * Walks the vault: every case is read (a damaged one is set aside as on any read, and listed),
 * every blob file is opened with the key, and the quarantine folder is listed. Orphans are blob
 * files that no case refers to; with `clean` they are removed, unless a case could not be read.
 */
export async function checkVault(deps: VaultDeps, session: Session, options: CheckOptions): Promise<VaultCheckReport> {
  const { refs, unreadableCases } = await liveBlobRefs(deps, session);
  const blobsDir = path.join(deps.dir, BLOBS_DIR);
  const blobNames = (await namesIn(deps, blobsDir)).filter((n) => blobFilePattern.test(n)).sort();
  const unreadable: { file: string; caseId?: string }[] = unreadableCases.map((caseId) => ({ file: 'case', caseId }));
  const orphans: { blobId: string; bytes: number }[] = [];
  for (const name of blobNames) {
    const blobId = name.slice(0, -'.dsb'.length);
    const file = path.join(blobsDir, name);
    let bytes: Uint8Array;
    try {
      bytes = await deps.fs.readFile(file);
    } catch (error) {
      if (isNotFound(error)) continue;
      throw toVaultError(error, 'checking the vault');
    }
    try {
      openFile(session, blobId, bytes);
    } catch (error) {
      if (!isDossierError(error) || error.code === 'LOCKED') throw error;
      unreadable.push({ file: `${BLOBS_DIR}/${name}` });
      continue;
    }
    if (!refs.has(blobId) && !options.keep.has(blobId) && !options.fresh.has(blobId)) orphans.push({ blobId, bytes: bytes.length });
  }
  const quarantined: { file: string; bytes: number }[] = [];
  for (const name of (await namesIn(deps, deps.quarantineDir)).sort()) {
    const stat = await deps.fs.stat(path.join(deps.quarantineDir, name)).catch(() => undefined);
    if (stat?.isFile) quarantined.push({ file: `quarantine/${name}`, bytes: stat.size });
  }
  const canClean = options.clean && unreadableCases.length === 0 && session.readOnlyReason === undefined;
  const cleaned = canClean
    ? await removeBlobFiles(
        deps,
        session,
        orphans.map((o) => o.blobId),
      )
    : 0;
  return {
    blobs: blobNames.length,
    orphans,
    unreadable,
    quarantined,
    cleaned,
    ...(options.clean && !canClean ? { notCleaned: unreadableCases.length > 0 ? 'unreadable-cases' : 'read-only' } : {}),
  };
}
