import path from 'node:path';
import { isDossierError } from '../core/errors.ts';
import { ensurePrivateDir, writeAtomic } from './atomic.ts';
import { PREVIOUS_SUFFIX, quarantineName } from './file-names.ts';
import { toVaultError } from './fs-errors.ts';
import { isNotFound, type FsPort } from './fs-port.ts';

export type SlotState = 'ok' | 'missing' | 'bad';

/** What reading `name`, then `name.prev` if needed, found. Reading never writes. */
export interface GenerationRead<T> {
  readonly value: T | undefined;
  /** Raw bytes of the generation that was used, so a repair can put them back under `name`. */
  readonly bytes: Uint8Array | undefined;
  readonly source: 'current' | 'previous' | 'none';
  readonly current: SlotState;
  readonly previous: SlotState | 'unread';
}

async function readSlot<T>(
  fs: FsPort,
  file: string,
  decode: (bytes: Uint8Array) => T,
): Promise<{ state: SlotState; value?: T; bytes?: Uint8Array }> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    if (isNotFound(error)) return { state: 'missing' };
    throw toVaultError(error, 'reading the vault');
  }
  try {
    return { state: 'ok', value: decode(bytes), bytes };
  } catch (error) {
    // Only damage falls back to the previous generation; anything else (a newer format) must surface.
    if (isDossierError(error) && error.code === 'CORRUPT') return { state: 'bad' };
    throw error;
  }
}

export async function readGenerations<T>(
  fs: FsPort,
  dir: string,
  name: string,
  decode: (bytes: Uint8Array) => T,
): Promise<GenerationRead<T>> {
  const file = path.join(dir, name);
  const current = await readSlot(fs, file, decode);
  if (current.state === 'ok') return { value: current.value, bytes: current.bytes, source: 'current', current: 'ok', previous: 'unread' };
  const previous = await readSlot(fs, file + PREVIOUS_SUFFIX, decode);
  const source = previous.state === 'ok' ? 'previous' : 'none';
  return { value: previous.value, bytes: previous.bytes, source, current: current.state, previous: previous.state };
}

/** Reads `name.prev` alone: what an unlock tries when the current generation opens nothing. */
export async function readPrevious<T>(fs: FsPort, dir: string, name: string, decode: (bytes: Uint8Array) => T) {
  return readSlot(fs, path.join(dir, name) + PREVIOUS_SUFFIX, decode);
}

export function isDamaged(read: GenerationRead<unknown>): boolean {
  return read.current === 'bad' || read.previous === 'bad';
}

/** Moves an unreadable file into quarantine/ under a random name. Never deletes it. */
export async function quarantine(fs: FsPort, quarantineDir: string, file: string, random: (n: number) => Uint8Array): Promise<void> {
  await ensurePrivateDir(fs, quarantineDir);
  try {
    await fs.rename(file, path.join(quarantineDir, quarantineName(random)));
    await fs.fsyncDir(quarantineDir);
    await fs.fsyncDir(path.dirname(file));
  } catch (error) {
    if (!isNotFound(error)) throw toVaultError(error, 'setting a damaged file aside');
  }
}

/**
 * Sets damaged generations aside and, when the previous generation was good, puts it back
 * under the current name so the next start reads it directly.
 */
export async function repairGenerations(
  fs: FsPort,
  dir: string,
  name: string,
  read: GenerationRead<unknown>,
  quarantineDir: string,
  random: (n: number) => Uint8Array,
): Promise<void> {
  const file = path.join(dir, name);
  if (read.current === 'bad') await quarantine(fs, quarantineDir, file, random);
  if (read.previous === 'bad') await quarantine(fs, quarantineDir, file + PREVIOUS_SUFFIX, random);
  if (read.current === 'bad' && read.source === 'previous' && read.bytes) {
    await writeAtomic(fs, dir, name, read.bytes, { random, keepPrevious: true, action: 'restoring the previous copy' });
  }
}
