import { chmod, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DossierError, isDossierError } from '../core/errors.ts';

const PREFIX = 'dossier-import-';
const OWNED = /^dossier-import-(\d+)-/u;

/**
 * Runs `work` with a folder of its own under the system's temp folder, readable only by this
 * user (0700), and removes the folder and everything in it afterwards, whether `work` succeeded
 * or failed. Import proves a file there: the clean copy written to prove it saves, and for a
 * damaged file the copy qpdf repairs from and the repaired copy. The folder's name carries the
 * process id, so a folder left by a process that was killed is removed by the next import.
 */
export async function withPrivateFolder<T>(work: (folder: string) => Promise<T>): Promise<T> {
  await removeAbandoned();
  let folder: string;
  try {
    folder = await mkdtemp(path.join(tmpdir(), `${PREFIX}${process.pid}-`));
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

/** Removes the private folders of processes that no longer run (killed, or the power cut mid-import). */
async function removeAbandoned(): Promise<void> {
  let names: string[];
  try {
    names = await readdir(tmpdir());
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(OWNED.exec(name)?.[1] ?? Number.NaN);
    if (!Number.isSafeInteger(pid) || pid === process.pid || running(pid)) continue;
    await rm(path.join(tmpdir(), name), { recursive: true, force: true }).catch(() => undefined);
  }
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user. Only "no such process" lets a folder go.
    return !(typeof error === 'object' && error !== null && 'code' in error && error.code === 'ESRCH');
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
