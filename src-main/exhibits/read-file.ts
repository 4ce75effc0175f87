import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { DossierError } from '../core/errors.ts';
import { exhibitError } from './exhibit-errors.ts';

/** quality.md §5: a 300 MB scan must import; larger files are refused before they are read. */
export const DEFAULT_MAX_EXHIBIT_BYTES = 300 * 2 ** 20;

/** Reads an exhibit file once (the same bytes are hashed, stored and checked), after a size check. */
export async function readExhibitFile(file: string, maxBytes = DEFAULT_MAX_EXHIBIT_BYTES): Promise<Uint8Array> {
  const name = path.basename(file);
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error('not a file');
    size = info.size;
  } catch {
    throw new DossierError('NOT_FOUND', `Cannot read ${name}: check the path and permissions.`);
  }
  if (size > maxBytes) {
    throw exhibitError(
      'TOO_LARGE',
      name,
      `the file is ${Math.ceil(size / 2 ** 20)} MB, over the ${Math.floor(maxBytes / 2 ** 20)} MB limit per exhibit.`,
      'Scan it again at a lower resolution, or split it into parts and import each part.',
    );
  }
  const bytes = await readFile(file);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
