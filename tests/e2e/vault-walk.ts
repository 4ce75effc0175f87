import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Every regular file under `dir`, recursively (symbolic links are not followed). */
export async function allFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

export interface Hit {
  readonly file: string;
  readonly needle: string;
  readonly encoding: string;
}

/**
 * Looks for each needle's UTF-8 and UTF-16LE bytes in every file, ignoring ASCII case so that
 * folded search keys ("lai wing-sze") count too.
 */
export async function findPlaintext(dir: string, needles: readonly string[]): Promise<{ files: number; hits: Hit[] }> {
  const files = await allFiles(dir);
  const hits: Hit[] = [];
  const patterns = needles.flatMap((needle) =>
    (['utf8', 'utf16le'] as const).flatMap((encoding) =>
      [...new Set([needle, needle.toLowerCase(), needle.toUpperCase()])].map((form) => ({
        needle,
        encoding,
        bytes: Buffer.from(form, encoding),
      })),
    ),
  );
  for (const file of files) {
    const content = await readFile(file).catch((error: unknown) => {
      // A browser cache entry can vanish between listing and reading; anything else is a failure.
      if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return Buffer.alloc(0);
      throw error;
    });
    const found = new Set<string>();
    for (const pattern of patterns) {
      const key = `${pattern.needle}\u0000${pattern.encoding}`;
      if (!found.has(key) && content.includes(pattern.bytes)) {
        found.add(key);
        hits.push({ file: path.relative(dir, file), needle: pattern.needle, encoding: pattern.encoding });
      }
    }
  }
  return { files: files.length, hits };
}
