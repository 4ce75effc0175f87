import { createCipheriv, createDecipheriv, hkdfSync } from 'node:crypto';
import { DossierError } from '../core/errors.ts';
import { KEY_BYTES, MAGIC, TAG_BYTES, type DecodedFile } from './codec.ts';

/**
 * The framed container (version 2) for attachments: the payload is sealed in frames of at most
 * `frameSize` bytes, each its own AES-256-GCM message, so sealing streams frame by frame to disk
 * and opening decrypts frame by frame into one buffer, instead of holding the ciphertext two or
 * three times over.
 *
 *   offset  size  field
 *   0       4     magic "DSVF"
 *   4       1     container version (2)
 *   5       2     schema version of the payload, big-endian
 *   7       4     frame size in plaintext bytes, big-endian
 *   11      16    salt, fresh for every write
 *   27      7     nonce prefix, fresh for every write
 *   34      ...   frames: ciphertext then its 16-byte tag; every frame is full but the last
 *
 * Each file has its own key, HKDF-SHA256(data key, salt, "dossier-frame-v2:" + file id), and
 * frame i uses the nonce prefix ‖ i (4 bytes, big-endian) ‖ 1 for the last frame, 0 otherwise
 * (the STREAM construction): frames cannot be reordered, dropped, repeated or cut off at a frame
 * boundary without failing authentication. Every frame's AAD is the whole header followed by the
 * file id, so a copy under another id, or an edited header, fails like any other damage.
 */
export const FRAMED_VERSION = 2;
export const FRAMED_HEADER_BYTES = 34;
export const SALT_BYTES = 16;
export const NONCE_PREFIX_BYTES = 7;
/** What a caller supplies fresh for every write: the salt followed by the nonce prefix. */
export const FRAMED_RANDOM_BYTES = SALT_BYTES + NONCE_PREFIX_BYTES;
export const DEFAULT_FRAME_BYTES = 2 ** 20;
const MIN_FRAME_BYTES = 2 ** 10;
const MAX_FRAME_BYTES = 2 ** 24;
const MAX_FRAMES = 2 ** 32 - 1;
const MAX_SCHEMA_VERSION = 0xffff;

function corrupt(reason: string): DossierError {
  return new DossierError('CORRUPT', `A vault file is damaged (${reason}).`);
}

function fileKey(key: Uint8Array, salt: Uint8Array, fileId: string): Buffer {
  if (key.length !== KEY_BYTES) throw new DossierError('KEY_UNAVAILABLE', 'The vault key has the wrong length.');
  return Buffer.from(hkdfSync('sha256', key, salt, `dossier-frame-v2:${fileId}`, KEY_BYTES));
}

function nonce(prefix: Uint8Array, index: number, last: boolean): Buffer {
  const out = Buffer.alloc(NONCE_PREFIX_BYTES + 5);
  out.set(prefix, 0);
  out.writeUInt32BE(index, NONCE_PREFIX_BYTES);
  out[NONCE_PREFIX_BYTES + 4] = last ? 1 : 0;
  return out;
}

function frameCount(plaintextBytes: number, frameSize: number): number {
  return Math.max(1, Math.ceil(plaintextBytes / frameSize));
}

/** The sealed size of `plaintextBytes`: the header, the payload and one tag per frame. */
export function framedSize(plaintextBytes: number, frameSize = DEFAULT_FRAME_BYTES): number {
  return FRAMED_HEADER_BYTES + plaintextBytes + frameCount(plaintextBytes, frameSize) * TAG_BYTES;
}

/** The header and per-file key of one write, and how to seal frame `index`; `wipe` zero-fills the key. */
interface FrameSealer {
  readonly header: Uint8Array;
  seal(index: number, chunk: Uint8Array, last: boolean): Buffer;
  wipe(): void;
}

function frameSealer(key: Uint8Array, fileId: string, schemaVersion: number, random: Uint8Array, frameSize: number): FrameSealer {
  if (random.length !== FRAMED_RANDOM_BYTES) throw new RangeError(`The framed container needs ${FRAMED_RANDOM_BYTES} random bytes.`);
  if (!Number.isInteger(schemaVersion) || schemaVersion < 0 || schemaVersion > MAX_SCHEMA_VERSION)
    throw new RangeError('Schema version out of range.');
  if (!Number.isInteger(frameSize) || frameSize < MIN_FRAME_BYTES || frameSize > MAX_FRAME_BYTES)
    throw new RangeError('Frame size out of range.');
  const header = new Uint8Array(FRAMED_HEADER_BYTES);
  const view = new DataView(header.buffer);
  header.set(MAGIC, 0);
  header[4] = FRAMED_VERSION;
  view.setUint16(5, schemaVersion, false);
  view.setUint32(7, frameSize, false);
  header.set(random, 11);
  const aad = Buffer.concat([header, Buffer.from(fileId, 'utf8')]);
  const prefix = random.subarray(SALT_BYTES);
  const subkey = fileKey(key, random.subarray(0, SALT_BYTES), fileId);
  return {
    header,
    seal: (index, chunk, last) => {
      if (index >= MAX_FRAMES) throw new RangeError('The payload is too large for one vault file.');
      const cipher = createCipheriv('aes-256-gcm', subkey, nonce(prefix, index, last), { authTagLength: TAG_BYTES });
      cipher.setAAD(aad);
      const body = cipher.update(chunk);
      const tail = cipher.final();
      return Buffer.concat([body, tail, cipher.getAuthTag()]);
    },
    wipe: () => subkey.fill(0),
  };
}

/**
 * Seals `plaintext` as the file's parts in order (the header, then each frame with its tag), so a
 * writer can put them on disk one by one and never hold the whole ciphertext; `random` is
 * FRAMED_RANDOM_BYTES fresh bytes (a parameter, so this stays pure). The per-file key is wiped
 * when the last part has been taken or the caller stops early.
 */
export function* sealFrames(
  key: Uint8Array,
  fileId: string,
  schemaVersion: number,
  plaintext: Uint8Array,
  random: Uint8Array,
  frameSize = DEFAULT_FRAME_BYTES,
): Generator<Uint8Array, void, undefined> {
  const frames = frameCount(plaintext.length, frameSize);
  if (frames > MAX_FRAMES) throw new RangeError('The payload is too large for one vault file.');
  const sealer = frameSealer(key, fileId, schemaVersion, random, frameSize);
  try {
    yield sealer.header;
    for (let i = 0; i < frames; i++) {
      const chunk = plaintext.subarray(i * frameSize, Math.min(plaintext.length, (i + 1) * frameSize));
      yield sealer.seal(i, chunk, i === frames - 1);
    }
  } finally {
    sealer.wipe();
  }
}

/**
 * Seals a payload that arrives as chunks of any size (a file read piece by piece) into the same
 * bytes `sealFrames` makes of the whole: at most one frame of plaintext is held, plus the chunk
 * being cut, and a frame is sealed only once the next byte (or the end) shows whether it is the
 * last. An error from the source ends the sealing with it; the key is wiped either way.
 */
export async function* sealFrameStream(
  key: Uint8Array,
  fileId: string,
  schemaVersion: number,
  source: AsyncIterable<Uint8Array>,
  random: Uint8Array,
  frameSize = DEFAULT_FRAME_BYTES,
): AsyncGenerator<Uint8Array, void, undefined> {
  const sealer = frameSealer(key, fileId, schemaVersion, random, frameSize);
  try {
    yield sealer.header;
    // One buffer, filled again for each frame: a sealed frame is a new buffer of its own.
    const frame = new Uint8Array(frameSize);
    let filled = 0;
    let index = 0;
    for await (const chunk of source) {
      for (let at = 0; at < chunk.length;) {
        if (filled === frameSize) {
          // A full frame and more bytes after it: it is not the last.
          yield sealer.seal(index, frame, false);
          index += 1;
          filled = 0;
        }
        const take = Math.min(frameSize - filled, chunk.length - at);
        frame.set(chunk.subarray(at, at + take), filled);
        filled += take;
        at += take;
      }
    }
    yield sealer.seal(index, frame.subarray(0, filled), true);
    frame.fill(0);
  } finally {
    sealer.wipe();
  }
}

/** Seals `plaintext` into one buffer: the same bytes as `sealFrames` writes, for small payloads and tests. */
export function encryptFramed(
  key: Uint8Array,
  fileId: string,
  schemaVersion: number,
  plaintext: Uint8Array,
  random: Uint8Array,
  frameSize = DEFAULT_FRAME_BYTES,
): Uint8Array {
  const out = new Uint8Array(framedSize(plaintext.length, frameSize));
  let at = 0;
  for (const part of sealFrames(key, fileId, schemaVersion, plaintext, random, frameSize)) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Authenticates and decrypts a framed file; any damage is `CORRUPT`, and nothing unauthenticated is returned. */
export function decryptFramed(key: Uint8Array, fileId: string, bytes: Uint8Array): DecodedFile {
  if (bytes.length < FRAMED_HEADER_BYTES + TAG_BYTES) throw corrupt('truncated file');
  if (!MAGIC.every((b, i) => bytes[i] === b)) throw corrupt('not a vault file');
  if (bytes[4] !== FRAMED_VERSION) throw corrupt('unknown container version');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const schemaVersion = view.getUint16(5, false);
  const frameSize = view.getUint32(7, false);
  if (frameSize < MIN_FRAME_BYTES || frameSize > MAX_FRAME_BYTES) throw corrupt('bad frame size');
  const body = bytes.length - FRAMED_HEADER_BYTES;
  const sealedFrame = frameSize + TAG_BYTES;
  const frames = Math.ceil(body / sealedFrame);
  const lastSealed = body - (frames - 1) * sealedFrame;
  if (lastSealed < TAG_BYTES || (frames > 1 && lastSealed === TAG_BYTES)) throw corrupt('truncated frame');
  const plaintext = new Uint8Array(body - frames * TAG_BYTES);
  const salt = bytes.subarray(11, 11 + SALT_BYTES);
  const prefix = bytes.subarray(11 + SALT_BYTES, FRAMED_HEADER_BYTES);
  const aad = Buffer.concat([bytes.subarray(0, FRAMED_HEADER_BYTES), Buffer.from(fileId, 'utf8')]);
  const subkey = fileKey(key, salt, fileId);
  try {
    let at = 0;
    for (let i = 0; i < frames; i++) {
      const start = FRAMED_HEADER_BYTES + i * sealedFrame;
      const end = i === frames - 1 ? bytes.length : start + sealedFrame;
      const decipher = createDecipheriv('aes-256-gcm', subkey, nonce(prefix, i, i === frames - 1), { authTagLength: TAG_BYTES });
      decipher.setAAD(aad);
      decipher.setAuthTag(bytes.subarray(end - TAG_BYTES, end));
      const part = decipher.update(bytes.subarray(start, end - TAG_BYTES));
      decipher.final();
      plaintext.set(part, at);
      at += part.length;
    }
  } catch {
    plaintext.fill(0);
    throw corrupt('authentication failed');
  } finally {
    subkey.fill(0);
  }
  return { schemaVersion, plaintext };
}
