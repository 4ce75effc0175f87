import { constants } from 'node:fs';
import { chmod, copyFile, mkdir, open, readdir, readFile, rename, rm, stat, unlink } from 'node:fs/promises';

export interface FileStat {
  readonly isFile: boolean;
  readonly isDirectory: boolean;
  readonly size: number;
  /** Permission bits only (`mode & 0o777`). */
  readonly mode: number;
}

/**
 * The few file-system operations the vault needs. Errors keep Node's shape (an `Error` with a
 * string `code` such as `ENOENT` or `ENOSPC`) so a fake port can reproduce any failure.
 */
export interface FsPort {
  readFile(path: string): Promise<Uint8Array>;
  /** Creates a file that must not exist yet, writes all of `data` and fsyncs it before closing. */
  writeNewFileDurably(path: string, data: Uint8Array, mode: number): Promise<void>;
  /** Like writeNewFileDurably, for data too large to hold at once: writes the parts in order. */
  writeNewFileFromParts(path: string, parts: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, mode: number): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** Makes renames and unlinks inside `path` durable. */
  fsyncDir(path: string): Promise<void>;
  /** Creates the folder and any missing parents; no error when it exists. */
  mkdir(path: string, mode: number): Promise<void>;
  chmod(path: string, mode: number): Promise<void>;
  readdir(path: string): Promise<string[]>;
  stat(path: string): Promise<FileStat>;
  /** Copies a file that must not exist at `to` yet. */
  copyFile(from: string, to: string): Promise<void>;
  /** Removes a folder and everything in it (used for pruned backups and unfinished backup copies). */
  removeTree(path: string): Promise<void>;
}

export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}

export function isNotFound(error: unknown): boolean {
  return errorCode(error) === 'ENOENT';
}

async function writeNewFileDurably(path: string, data: Uint8Array, mode: number): Promise<void> {
  const handle = await open(path, 'wx', mode);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function writeNewFileFromParts(path: string, parts: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, mode: number): Promise<void> {
  const handle = await open(path, 'wx', mode);
  try {
    for await (const part of parts) await handle.write(part);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function fsyncDir(path: string): Promise<void> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    // Windows cannot open a folder for fsync; NTFS journals the rename itself.
    if (process.platform === 'win32') return;
    throw error;
  }
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The real port over node:fs/promises. */
export const nodeFsPort: FsPort = {
  readFile: async (path) => new Uint8Array(await readFile(path)),
  writeNewFileDurably,
  writeNewFileFromParts,
  rename,
  unlink,
  fsyncDir,
  mkdir: async (path, mode) => {
    await mkdir(path, { recursive: true, mode });
  },
  chmod,
  readdir: (path) => readdir(path),
  stat: async (path) => {
    const s = await stat(path);
    return { isFile: s.isFile(), isDirectory: s.isDirectory(), size: s.size, mode: s.mode & 0o777 };
  },
  // FICLONE shares blocks on file systems that support it and falls back to a copy elsewhere.
  copyFile: (from, to) => copyFile(from, to, constants.COPYFILE_EXCL | constants.COPYFILE_FICLONE),
  removeTree: (path) => rm(path, { recursive: true, force: true }),
};
