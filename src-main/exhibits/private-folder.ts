import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DossierError, isDossierError } from '../core/errors.ts';

/**
 * Runs `work` with a folder of its own under the system's temp folder, readable only by this
 * user (0700), and removes the folder and everything in it afterwards, whether `work` succeeded
 * or failed. Import proves a file there: the clean copy written to prove it saves, and for a
 * damaged file the copy qpdf repairs from and the repaired copy.
 */
export async function withPrivateFolder<T>(work: (folder: string) => Promise<T>): Promise<T> {
  let folder: string;
  try {
    folder = await mkdtemp(path.join(tmpdir(), 'dossier-import-'));
    await chmod(folder, 0o700);
  } catch (error) {
    throw tempFolderError(error);
  }
  try {
    return await work(folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** A failure of the temp folder's disk, in words: it is no fault of the file being imported. */
export function tempFolderError(error: unknown): DossierError {
  if (isDossierError(error)) return error;
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return code === 'ENOSPC' || code === 'EDQUOT'
    ? new DossierError(
        'NO_SPACE',
        'The disk that holds the temporary folder is full, so the file could not be checked and nothing was imported. Free some space and try again.',
      )
    : new DossierError(
        'IO',
        'The temporary folder could not be written, so the file could not be checked and nothing was imported. Try again.',
      );
}
