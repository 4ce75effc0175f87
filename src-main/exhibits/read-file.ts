import { createHash } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { DossierError } from '../core/errors.ts';
import { exhibitError } from './exhibit-errors.ts';

/** quality.md §5: a 300 MB scan must import; larger files are refused before they are read. */
export const DEFAULT_MAX_EXHIBIT_BYTES = 300 * 2 ** 20;

/** How much of a file is read at a time when it is streamed into the vault. */
const CHUNK_BYTES = 2 ** 20;

function cannotRead(name: string): DossierError {
  return new DossierError('NOT_FOUND', `Cannot read ${name}: check the path and permissions.`);
}

async function openExhibit(file: string, maxBytes: number): Promise<{ handle: FileHandle; size: number }> {
  const name = path.basename(file);
  let handle: FileHandle;
  let size: number;
  try {
    handle = await open(file, 'r');
  } catch {
    throw cannotRead(name);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new Error('not a file');
    size = info.size;
  } catch {
    await handle.close();
    throw cannotRead(name);
  }
  if (size > maxBytes) {
    await handle.close();
    throw exhibitError(
      'TOO_LARGE',
      name,
      `the file is ${Math.ceil(size / 2 ** 20)} MB, over the ${Math.floor(maxBytes / 2 ** 20)} MB limit per exhibit.`,
      'Scan it again at a lower resolution, or split it into parts and import each part.',
    );
  }
  return { handle, size };
}

/**
 * Reads an exhibit file once, after a size check on the open file: exactly the size it had then,
 * so a file still growing is never read past the limit. A Buffer, so pdf-lib opens it in place.
 */
export async function readExhibitFile(file: string, maxBytes = DEFAULT_MAX_EXHIBIT_BYTES): Promise<Buffer> {
  const { handle, size } = await openExhibit(file, maxBytes);
  try {
    const bytes = Buffer.allocUnsafe(size);
    let at = 0;
    while (at < size) {
      const { bytesRead } = await handle.read(bytes, at, size - at, at);
      if (bytesRead === 0) throw new Error('shorter than it was');
      at += bytesRead;
    }
    return bytes;
  } catch {
    throw cannotRead(path.basename(file));
  } finally {
    await handle.close();
  }
}

/** The fingerprint of bytes as import proved them: the stream below must give the same. */
export interface ProvenBytes {
  readonly sha256: string;
  readonly bytes: number;
}

export function fingerprint(bytes: Uint8Array): ProvenBytes {
  return { sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
}

/**
 * The file again, in chunks of 1 MB, for the vault to seal as they come: the whole file is never
 * held. The chunks are hashed as they pass; if the file is not the one proved (changed, grown or
 * cut since it was read), the stream fails at the end, before the vault keeps anything.
 */
export async function* readExhibitChunks(file: string, proven: ProvenBytes): AsyncGenerator<Uint8Array, void, undefined> {
  const name = path.basename(file);
  // No size limit here: a file grown since it was proved is told as such below, not as too large.
  const { handle } = await openExhibit(file, Number.POSITIVE_INFINITY);
  const hash = createHash('sha256');
  let total = 0;
  try {
    for (;;) {
      let bytesRead: number;
      const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
      try {
        ({ bytesRead } = await handle.read(chunk, 0, CHUNK_BYTES, total));
      } catch {
        throw cannotRead(name);
      }
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > proven.bytes) throw changedWhileImported(name);
      const piece = chunk.subarray(0, bytesRead);
      hash.update(piece);
      yield piece;
    }
  } finally {
    await handle.close();
  }
  if (total !== proven.bytes || hash.digest('hex') !== proven.sha256) throw changedWhileImported(name);
}

function changedWhileImported(name: string): DossierError {
  return exhibitError(
    'BAD_EXHIBIT',
    name,
    'the file changed while it was being imported, so nothing was stored.',
    'Wait until it has finished copying or saving, then import it again.',
  );
}
