import { Inflate } from 'fflate';
import { DossierError } from '../core/errors.ts';
import { bundleLimits, type BundleLimits } from './limits.ts';

/**
 * Reads a zip as hostile input, entirely in memory. fflate inflates; the central directory is
 * read here because fflate does not expose what must be refused before inflating anything:
 * external attributes (symbolic links), the declared sizes, and where each entry lies.
 * Every refusal is a DossierError naming the rule broken and the entry's number, never its
 * name (names are attacker-chosen text).
 */

const EOCD_SIG = 0x06054b50;
const CEN_SIG = 0x02014b50;
const LOC_SIG = 0x04034b50;
const EOCD_BYTES = 22;
const CEN_BYTES = 46;
const LOC_BYTES = 30;
const UNIX_HOST = 3;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
/** FILE_ATTRIBUTE_REPARSE_POINT: a Windows link or junction. */
const DOS_REPARSE_POINT = 0x400;
const INFLATE_CHUNK = 4096;

export interface ZipEntry {
  readonly name: string;
  readonly data: Uint8Array;
}

function refuse(message: string): DossierError {
  return new DossierError('UNSUPPORTED_FORMAT', `The bundle was refused: ${message} Nothing was changed.`);
}

function tooLarge(message: string): DossierError {
  return new DossierError('TOO_LARGE', `The bundle was refused: ${message} Nothing was changed.`);
}

interface CentralEntry {
  readonly index: number;
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Why an entry name is unsafe, or null when it is a plain relative path. */
export function unsafeNameReason(name: string, limits: BundleLimits = bundleLimits): string | null {
  if (name.includes('\u0000')) return 'contains a NUL character';
  if (/^(?:\\\\|\/\/)/u.test(name)) return 'is a network (UNC) path';
  if (/^[A-Za-z]:/u.test(name)) return 'starts with a drive letter';
  if (name.startsWith('/')) return 'is an absolute path';
  if (name.includes('\\')) return 'contains a backslash';
  const segments = name.split('/');
  if (segments.includes('..')) return 'climbs out of its folder (../)';
  if (/\p{Cc}/u.test(name)) return 'contains a control character';
  if (segments.some((s) => s === '' || s === '.')) return 'has an empty or "." folder';
  if (segments.length > limits.maxDepth) return `is nested more than ${limits.maxDepth} folders deep`;
  if (new TextEncoder().encode(name).length > limits.maxNameBytes) return `is longer than ${limits.maxNameBytes} bytes`;
  return null;
}

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - EOCD_BYTES;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at -= 1) if (view.getUint32(at, true) === EOCD_SIG) return at;
  throw refuse('it is not a zip archive.');
}

function readCentralDirectory(bytes: Uint8Array, limits: BundleLimits): CentralEntry[] {
  if (bytes.length < EOCD_BYTES) throw refuse('it is not a zip archive.');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  const disk = view.getUint16(eocd + 4, true);
  const cdDisk = view.getUint16(eocd + 6, true);
  const onDisk = view.getUint16(eocd + 8, true);
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (disk !== 0 || cdDisk !== 0 || onDisk !== count) throw refuse('it spans several disks.');
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) throw refuse('it uses ZIP64, which a bundle never needs.');
  if (count > limits.maxEntries) throw tooLarge(`it holds ${count} entries, more than the ${limits.maxEntries} a bundle may hold.`);
  if (cdOffset + cdSize > eocd) throw refuse('its directory lies outside the file.');
  const entries: CentralEntry[] = [];
  let at = cdOffset;
  for (let index = 1; index <= count; index += 1) {
    if (at + CEN_BYTES > cdOffset + cdSize || view.getUint32(at, true) !== CEN_SIG) throw refuse('its directory is damaged.');
    const madeBy = view.getUint16(at + 4, true);
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const external = view.getUint32(at + 38, true);
    const localOffset = view.getUint32(at + 42, true);
    const nameEnd = at + CEN_BYTES + nameLength;
    if (nameEnd > cdOffset + cdSize) throw refuse('its directory is damaged.');
    if ((flags & 0x1) !== 0) throw refuse(`entry ${index} is encrypted inside the zip.`);
    if (method !== 0 && method !== 8) throw refuse(`entry ${index} uses a compression method Dossier does not read.`);
    let name: string;
    try {
      name = utf8.decode(bytes.subarray(at + CEN_BYTES, nameEnd));
    } catch {
      throw refuse(`entry ${index} has a name that is not valid UTF-8.`);
    }
    const host = madeBy >> 8;
    if ((host === UNIX_HOST && ((external >>> 16) & S_IFMT) === S_IFLNK) || (external & DOS_REPARSE_POINT) !== 0)
      throw refuse(`entry ${index} is a symbolic link.`);
    if (name.endsWith('/')) throw refuse(`entry ${index} is a folder; a bundle holds files only.`);
    const reason = unsafeNameReason(name, limits);
    if (reason !== null) throw refuse(`the name of entry ${index} ${reason}.`);
    entries.push({ index, name, method, compressedSize, size, localOffset });
    at = nameEnd + extraLength + commentLength;
  }
  return entries;
}

function checkNames(entries: readonly CentralEntry[]): void {
  const exact = new Set<string>();
  const folded = new Set<string>();
  for (const entry of entries) {
    if (exact.has(entry.name)) throw refuse(`entry ${entry.index} has the same name as an earlier entry.`);
    const key = entry.name.normalize('NFC').toLowerCase();
    if (folded.has(key)) throw refuse(`entry ${entry.index} differs from an earlier entry’s name only by case or Unicode form.`);
    exact.add(entry.name);
    folded.add(key);
  }
}

function checkSizes(entries: readonly CentralEntry[], limits: BundleLimits): void {
  let total = 0;
  for (const entry of entries) {
    if (entry.size > limits.maxEntryBytes)
      throw tooLarge(`entry ${entry.index} would inflate to ${entry.size} bytes, over the ${limits.maxEntryBytes}-byte limit per entry.`);
    if (entry.size > limits.ratioFloorBytes && entry.size > entry.compressedSize * limits.maxRatio)
      throw tooLarge(`entry ${entry.index} inflates more than ${limits.maxRatio} times its size (a zip bomb).`);
    if (entry.method === 0 && entry.size !== entry.compressedSize) throw refuse(`entry ${entry.index} states two sizes for stored data.`);
    total += entry.size;
    if (total > limits.maxTotalBytes) throw tooLarge(`its entries would inflate to more than ${limits.maxTotalBytes} bytes in all.`);
  }
}

/** Where each entry's data lies, checked against its local header; overlapping entries are refused. */
function dataRanges(bytes: Uint8Array, entries: readonly CentralEntry[]): { start: number; end: number }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ranges = entries.map((entry) => {
    const at = entry.localOffset;
    if (at + LOC_BYTES > bytes.length || view.getUint32(at, true) !== LOC_SIG) throw refuse(`entry ${entry.index} is damaged.`);
    const nameLength = view.getUint16(at + 26, true);
    const extraLength = view.getUint16(at + 28, true);
    const start = at + LOC_BYTES + nameLength + extraLength;
    const end = start + entry.compressedSize;
    if (end > bytes.length) throw refuse(`entry ${entry.index} runs past the end of the file.`);
    const localName = bytes.subarray(at + LOC_BYTES, at + LOC_BYTES + nameLength);
    const centralName = new TextEncoder().encode(entry.name);
    if (localName.length !== centralName.length || !localName.every((b, i) => b === centralName[i]))
      throw refuse(`entry ${entry.index} has two different names.`);
    return { start: at, dataStart: start, end };
  });
  const sorted = ranges.toSorted((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i += 1) {
    const previous = sorted[i - 1];
    const current = sorted[i];
    if (previous && current && current.start < previous.end) throw refuse('two entries share the same bytes (a zip bomb).');
  }
  return ranges.map((r) => ({ start: r.dataStart, end: r.end }));
}

/** Inflates one entry, stopping as soon as it produces more than it declared. */
function inflateEntry(entry: CentralEntry, compressed: Uint8Array): Uint8Array {
  if (entry.method === 0) return compressed.slice();
  const out = new Uint8Array(entry.size);
  let written = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    if (written + chunk.length > entry.size) throw tooLarge(`entry ${entry.index} inflates to more than it declares (a zip bomb).`);
    out.set(chunk, written);
    written += chunk.length;
    if (final) ended = true;
  });
  try {
    for (let at = 0; at < compressed.length; at += INFLATE_CHUNK) {
      const end = Math.min(compressed.length, at + INFLATE_CHUNK);
      inflater.push(compressed.subarray(at, end), end === compressed.length);
    }
    if (compressed.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof DossierError) throw error;
    throw refuse(`entry ${entry.index} is not valid compressed data.`);
  }
  if (!ended || written !== entry.size) throw refuse(`entry ${entry.index} is shorter or longer than it declares.`);
  return out;
}

const isZip = (data: Uint8Array) => data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;

/**
 * Every entry of the zip, after every check has passed: names, links, counts, sizes, ratio,
 * overlap, and no zip inside the zip. Reads only the bytes given; writes nothing anywhere.
 */
export function readZip(bytes: Uint8Array, limits: BundleLimits = bundleLimits): ZipEntry[] {
  const entries = readCentralDirectory(bytes, limits);
  checkNames(entries);
  checkSizes(entries, limits);
  const ranges = dataRanges(bytes, entries);
  return entries.map((entry, i) => {
    const range = ranges[i];
    if (!range) throw refuse('its directory is damaged.');
    const data = inflateEntry(entry, bytes.subarray(range.start, range.end));
    if (isZip(data)) throw refuse(`entry ${entry.index} is itself a zip archive; bundles are never nested.`);
    return { name: entry.name, data };
  });
}
