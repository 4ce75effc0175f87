import path from 'node:path';
import { toVaultError } from './fs-errors.ts';
import { isNotFound, type FsPort } from './fs-port.ts';
import { PREVIOUS_SUFFIX, TEMP_SUFFIX, tempName, tempFilePattern } from './file-names.ts';

export const FILE_MODE = 0o600;
export const DIR_MODE = 0o700;

export interface AtomicWriteOptions {
  readonly random: (n: number) => Uint8Array;
  /** Keep the replaced file as `<name>.prev` so an unreadable newest file can fall back to it. */
  readonly keepPrevious: boolean;
  /** Words for the error message, e.g. "saving the case". */
  readonly action: string;
}

async function ignoreMissing(work: Promise<void>): Promise<void> {
  try {
    await work;
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
}

/**
 * Replaces `dir/name` with `data` (one buffer, or the file's parts in order, possibly arriving
 * one by one from a stream, for data too large to hold sealed at once) so that a crash at any
 * moment leaves either the old or the new content under `name` or `name.prev`: temp file in the
 * same folder, fsync, previous
 * generation renamed aside, temp renamed in, folder fsynced. There is no in-place fallback:
 * if any step fails the error is typed and the old data stays where it was.
 */
export async function writeAtomic(
  fs: FsPort,
  dir: string,
  name: string,
  data: Uint8Array | Iterable<Uint8Array> | AsyncIterable<Uint8Array>,
  options: AtomicWriteOptions,
): Promise<void> {
  const target = path.join(dir, name);
  const previous = target + PREVIOUS_SUFFIX;
  const temp = path.join(dir, tempName(name, options.random));
  try {
    if (data instanceof Uint8Array) await fs.writeNewFileDurably(temp, data, FILE_MODE);
    else await fs.writeNewFileFromParts(temp, data, FILE_MODE);
  } catch (error) {
    await ignoreMissing(fs.unlink(temp)).catch(() => undefined);
    throw toVaultError(error, options.action);
  }
  let movedAside = false;
  try {
    if (options.keepPrevious) {
      try {
        await fs.rename(target, previous);
        movedAside = true;
      } catch (error) {
        // The first write of a file has nothing to keep.
        if (!isNotFound(error)) throw error;
      }
    }
    await fs.rename(temp, target);
  } catch (error) {
    if (movedAside) await fs.rename(previous, target).catch(() => undefined);
    await ignoreMissing(fs.unlink(temp)).catch(() => undefined);
    throw toVaultError(error, options.action);
  }
  try {
    await fs.fsyncDir(dir);
  } catch (error) {
    throw toVaultError(error, options.action);
  }
}

/** Removes temp files a crash left behind. Returns how many were removed. */
export async function removeLeftoverTemps(fs: FsPort, dir: string): Promise<number> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (error) {
    if (isNotFound(error)) return 0;
    throw toVaultError(error, 'cleaning up');
  }
  const temps = names.filter((n) => n.endsWith(TEMP_SUFFIX) && tempFilePattern.test(n));
  for (const name of temps) await ignoreMissing(fs.unlink(path.join(dir, name)));
  if (temps.length > 0) await fs.fsyncDir(dir);
  return temps.length;
}

/** Creates a folder with owner-only access, tightening it if it already existed. */
export async function ensurePrivateDir(fs: FsPort, dir: string): Promise<void> {
  try {
    await fs.mkdir(dir, DIR_MODE);
    await fs.chmod(dir, DIR_MODE);
  } catch (error) {
    throw toVaultError(error, 'creating the vault folder');
  }
}
