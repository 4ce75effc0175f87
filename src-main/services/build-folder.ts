import { createHash } from 'node:crypto';
import { lstat, mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { DossierError } from '../core/errors.ts';

/**
 * One build per output folder, all or nothing. The new build is written, file by file and
 * fsynced, into a fresh hidden folder beside the target (manifest last); the old folder is then
 * renamed aside, the new one renamed in, and the old one removed. A kill at any moment leaves
 * the target holding the complete old build or the complete new one, except between the two
 * renames, when the target is briefly absent and the old build sits beside it: the next write
 * (or `recoverBuildFolder`) puts it back before anything else. Nothing is ever written inside
 * the target itself, so a failure leaves the earlier build exactly as it was.
 */
export const MANIFEST_NAME = 'manifest.json';

export interface BuildFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** Names the system or an older Dossier leaves in a folder, never part of a build and safe to drop with it. */
const LITTER = /^(\.DS_Store|Thumbs\.db|desktop\.ini|\.dossier-build-.*\.tmp)$/iu;

/** The hidden siblings of `target` a swap uses: the new build being written, and the old one set aside. */
export function swapFolders(target: string): { readonly next: string; readonly prev: string } {
  const tag = createHash('sha256').update(path.basename(target)).digest('hex').slice(0, 12);
  const parent = path.dirname(target);
  return { next: path.join(parent, `.dossier-${tag}-next`), prev: path.join(parent, `.dossier-${tag}-prev`) };
}

async function exists(p: string): Promise<boolean> {
  try {
    await lstat(p);
    return true;
  } catch (error) {
    if (fsCode(error) === 'ENOENT') return false;
    throw error;
  }
}

function fsCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/**
 * Finishes or undoes a swap a kill interrupted: with the target absent and the old build set
 * aside, the old build goes back; a set-aside copy left after the new build went in is removed;
 * a half-written new build is removed.
 */
export async function recoverBuildFolder(target: string): Promise<void> {
  const { next, prev } = swapFolders(target);
  if (await exists(prev)) {
    if (await exists(target)) await rm(prev, { recursive: true, force: true });
    else await rename(prev, target);
  }
  await rm(next, { recursive: true, force: true });
}

/**
 * True when `dir` may be replaced as a whole: it does not exist, is empty, or holds one earlier
 * build (its manifest and only the files that manifest names). A folder with anything else in
 * it (the Desktop, a case folder with correspondence) is never swapped.
 */
export async function isBuildFolder(dir: string): Promise<boolean> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if (fsCode(error) === 'ENOENT') return true;
    if (fsCode(error) === 'ENOTDIR') return false;
    throw error;
  }
  const names = entries.filter((e) => !LITTER.test(e.name));
  if (names.length === 0) return true;
  const listed = await manifestFileNames(path.join(dir, MANIFEST_NAME));
  if (listed === null) return false;
  return names.every((e) => e.isFile() && (e.name === MANIFEST_NAME || listed.has(e.name)));
}

/** The file names a Dossier manifest lists, or null when the file is not one. */
async function manifestFileNames(file: string): Promise<Set<string> | null> {
  try {
    const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null || !('format' in parsed) || parsed.format !== 'dossier-packet-manifest') return null;
    const names = new Set<string>();
    for (const key of ['outputs', 'files'] as const) {
      const list = key in parsed ? (parsed as Record<string, unknown>)[key] : undefined;
      if (!Array.isArray(list)) continue;
      for (const item of list as unknown[]) {
        if (typeof item === 'object' && item !== null && 'fileName' in item && typeof item.fileName === 'string') names.add(item.fileName);
      }
    }
    return names;
  } catch {
    return null;
  }
}

async function writeDurably(file: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(file, 'wx', 0o600);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function syncDir(dir: string): Promise<void> {
  // Windows cannot open a folder for fsync; its renames are durable without it.
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Replaces the build in `target` with `files` (the manifest last), all or nothing. On failure the
 * half-written copy is removed, the earlier build is left as it was, and the error says so.
 */
export async function replaceBuildFolder(target: string, files: readonly BuildFile[]): Promise<void> {
  const { next, prev } = swapFolders(target);
  let step: 'write' | 'swap' = 'write';
  try {
    await mkdir(path.dirname(target), { recursive: true });
    await recoverBuildFolder(target);
    await mkdir(next, { mode: 0o700 });
    for (const file of files) await writeDurably(path.join(next, file.name), file.bytes);
    await syncDir(next);
    step = 'swap';
    const hadOld = await exists(target);
    if (hadOld) await rename(target, prev);
    try {
      await rename(next, target);
    } catch (error) {
      if (hadOld) await rename(prev, target);
      throw error;
    }
    await syncDir(path.dirname(target));
  } catch (error) {
    await rm(next, { recursive: true, force: true }).catch(() => undefined);
    throw writeError(error, step);
  }
  // The new build is in place; the old one set aside is only litter now.
  await rm(prev, { recursive: true, force: true }).catch(() => undefined);
}

/** The error for a failed write; like every error message, it names no path (a folder may be named after the client). */
function writeError(error: unknown, step: 'write' | 'swap'): DossierError {
  const where = 'the chosen folder';
  const kept = 'Any earlier build there is untouched.';
  switch (fsCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new DossierError(
        'NO_SPACE',
        `The disk is full, so the packet was not written to ${where}. ${kept} Free some space and build again.`,
      );
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return step === 'swap'
        ? new DossierError(
            'BUSY',
            `The packet could not replace the build in ${where}: a file there is open in another program. ${kept} Close it and build again.`,
          )
        : new DossierError(
            'ACCESS_DENIED',
            `Dossier may not write to ${where}, so the packet was not written. ${kept} Choose another folder.`,
          );
    case 'EBUSY':
      return new DossierError(
        'BUSY',
        `A file in ${where} is open in another program, so the packet was not written. ${kept} Close it and build again.`,
      );
    default:
      return new DossierError(
        'IO',
        `The packet could not be written to ${where}. ${kept} Check that the folder can be written to and has space, then build again.`,
      );
  }
}
