import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Resolves request segments to a real file strictly inside the root folder. Both sides go
 * through `realpath`, so a symlink inside the renderer folder cannot point outside it; on
 * Windows the comparison ignores case because the file system does.
 */
export type ContainedFile =
  { readonly ok: true; readonly path: string } | { readonly ok: false; readonly reason: 'missing' | 'outside-root' | 'not-a-file' };

export function isInsideRoot(root: string, target: string, platform: NodeJS.Platform = process.platform): boolean {
  const paths = platform === 'win32' ? path.win32 : path.posix;
  const fold = (value: string) => (platform === 'win32' ? value.toLowerCase() : value);
  const normalisedRoot = paths.normalize(root);
  const prefix = fold(normalisedRoot.endsWith(paths.sep) ? normalisedRoot : normalisedRoot + paths.sep);
  return fold(paths.normalize(target)).startsWith(prefix);
}

export async function resolveContainedFile(
  rootDir: string,
  segments: readonly string[],
  platform: NodeJS.Platform = process.platform,
): Promise<ContainedFile> {
  const root = await realpath(rootDir);
  const candidate = path.join(root, ...segments);
  // Checked before touching the disk too, so a path that would escape is never even stat'ed.
  if (!isInsideRoot(root, candidate, platform)) return { ok: false, reason: 'outside-root' };
  let real: string;
  try {
    real = await realpath(candidate);
  } catch {
    return { ok: false, reason: 'missing' };
  }
  if (!isInsideRoot(root, real, platform)) return { ok: false, reason: 'outside-root' };
  const info = await stat(real);
  if (!info.isFile()) return { ok: false, reason: 'not-a-file' };
  return { ok: true, path: real };
}
