import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encryptFile, IV_BYTES } from '../../../src-main/vault/codec.ts';
import {
  decryptFramed,
  encryptFramed,
  FRAMED_HEADER_BYTES,
  FRAMED_RANDOM_BYTES,
  framedSize,
  sealFrameStream,
} from '../../../src-main/vault/framed-codec.ts';
import { openFile, type Session } from '../../../src-main/vault/session.ts';
import { codeOf } from './support.ts';

const FRAME = 1024;
const SEALED_FRAME = FRAME + 16;
const key = randomBytes(32);
const seal = (plaintext: Uint8Array, fileId = 'b-0001') =>
  encryptFramed(key, fileId, 1, plaintext, randomBytes(FRAMED_RANDOM_BYTES), FRAME);
const fails = (bytes: Uint8Array, fileId = 'b-0001') => codeOf(Promise.resolve().then(() => decryptFramed(key, fileId, bytes)));

describe('framed vault container', () => {
  it('round-trips every size around the frame boundaries, at the documented length', () => {
    for (const size of [0, 1, FRAME - 1, FRAME, FRAME + 1, 3 * FRAME, 3 * FRAME + 7]) {
      const plaintext = randomBytes(size);
      const sealed = seal(plaintext);
      expect([size, sealed.length]).toEqual([size, framedSize(size, FRAME)]);
      const opened = decryptFramed(key, 'b-0001', sealed);
      expect([size, Buffer.from(opened.plaintext).equals(plaintext), opened.schemaVersion]).toEqual([size, true, 1]);
    }
  });

  it('matches a frozen known answer, so the on-disk format cannot drift', () => {
    const fixedKey = Buffer.alloc(32, 7);
    const random = Buffer.from(Array.from({ length: FRAMED_RANDOM_BYTES }, (_, i) => i));
    const plaintext = Buffer.from('Attachment bytes. '.repeat(100), 'utf8');
    const sealed = encryptFramed(fixedKey, 'b-known', 1, plaintext, random, FRAME);
    expect(Buffer.from(sealed.subarray(0, 11)).toString('hex')).toBe('4453564602000100000400');
    expect(createHash('sha256').update(sealed).digest('hex')).toBe(KNOWN_SHA256);
  });

  it('is HKDF-SHA256 then AES-256-GCM per frame with the STREAM nonce (checked with WebCrypto)', async () => {
    const plaintext = randomBytes(FRAME + 10);
    const sealed = seal(plaintext, 'b-web');
    const header = sealed.subarray(0, FRAMED_HEADER_BYTES);
    const hkdfKey = await crypto.subtle.importKey('raw', key, 'HKDF', false, ['deriveKey']);
    const subkey = await crypto.subtle.deriveKey(
      { name: 'HKDF', hash: 'SHA-256', salt: sealed.slice(11, 27), info: Buffer.from('dossier-frame-v2:b-web') },
      hkdfKey,
      { name: 'AES-GCM', length: 256 },
      false,
      ['decrypt'],
    );
    const additionalData = Buffer.concat([header, Buffer.from('b-web')]);
    const iv = (i: number, last: number) => Buffer.concat([sealed.subarray(27, 34), Buffer.from([0, 0, 0, i, last])]);
    const first = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: iv(0, 0), additionalData },
      subkey,
      sealed.slice(FRAMED_HEADER_BYTES, FRAMED_HEADER_BYTES + SEALED_FRAME),
    );
    const last = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: iv(1, 1), additionalData },
      subkey,
      sealed.slice(FRAMED_HEADER_BYTES + SEALED_FRAME),
    );
    expect(Buffer.concat([Buffer.from(first), Buffer.from(last)]).equals(plaintext)).toBe(true);
  });

  it('any changed byte, a cut at any offset, a dropped, repeated or swapped frame, or another file id is CORRUPT', async () => {
    const plaintext = randomBytes(3 * FRAME + 100);
    const sealed = seal(plaintext);
    for (let offset = 0; offset < sealed.length; offset += 37) {
      const damaged = Uint8Array.from(sealed);
      damaged[offset] = (damaged[offset] ?? 0) ^ 0x01;
      expect([offset, await fails(damaged)]).toEqual([offset, 'CORRUPT']);
    }
    for (const cut of [
      0,
      1,
      FRAMED_HEADER_BYTES,
      FRAMED_HEADER_BYTES + SEALED_FRAME,
      FRAMED_HEADER_BYTES + 3 * SEALED_FRAME,
      sealed.length - 1,
    ])
      expect([cut, await fails(sealed.subarray(0, cut))]).toEqual([cut, 'CORRUPT']);
    const frame = (i: number) => sealed.subarray(FRAMED_HEADER_BYTES + i * SEALED_FRAME, FRAMED_HEADER_BYTES + (i + 1) * SEALED_FRAME);
    const head = sealed.subarray(0, FRAMED_HEADER_BYTES);
    const tail = sealed.subarray(FRAMED_HEADER_BYTES + 3 * SEALED_FRAME);
    expect(await fails(Buffer.concat([head, frame(0), frame(2), tail]))).toBe('CORRUPT');
    expect(await fails(Buffer.concat([head, frame(0), frame(0), frame(1), frame(2), tail]))).toBe('CORRUPT');
    expect(await fails(Buffer.concat([head, frame(1), frame(0), frame(2), tail]))).toBe('CORRUPT');
    expect(await fails(Buffer.concat([sealed, frame(0)]))).toBe('CORRUPT');
    expect(await fails(sealed, 'b-0002')).toBe('CORRUPT');
    expect(await codeOf(Promise.resolve().then(() => decryptFramed(randomBytes(32), 'b-0001', sealed)))).toBe('CORRUPT');
  });

  it('sealed from chunks of any size, a payload is the same bytes as sealed whole', async () => {
    const random = randomBytes(FRAMED_RANDOM_BYTES);
    for (const size of [0, 1, FRAME - 1, FRAME, FRAME + 1, 3 * FRAME, 3 * FRAME + 7]) {
      const plaintext = randomBytes(size);
      const whole = Buffer.from(encryptFramed(key, 'b-0001', 1, plaintext, random, FRAME));
      for (const piece of [1, 7, FRAME - 1, FRAME, FRAME + 3, 5 * FRAME]) {
        async function* pieces(): AsyncGenerator<Uint8Array> {
          // An empty chunk now and then, as a stream may give.
          for (let at = 0; at < size; at += piece) {
            yield await Promise.resolve(plaintext.subarray(at, at + piece));
            yield new Uint8Array(0);
          }
        }
        const parts: Uint8Array[] = [];
        for await (const part of sealFrameStream(key, 'b-0001', 1, pieces(), random, FRAME)) parts.push(part);
        expect([size, piece, Buffer.concat(parts).equals(whole)]).toEqual([size, piece, true]);
      }
    }
  });

  it('a stream whose source fails seals nothing more and passes the failure on', async () => {
    async function* failing(): AsyncGenerator<Uint8Array> {
      yield await Promise.resolve(randomBytes(3 * FRAME));
      throw new Error('the file went away');
    }
    const parts: Uint8Array[] = [];
    const sealing = (async () => {
      for await (const part of sealFrameStream(key, 'b-0001', 1, failing(), randomBytes(FRAMED_RANDOM_BYTES), FRAME)) parts.push(part);
    })();
    await expect(sealing).rejects.toThrow('the file went away');
    // The header and the frames known not to be last; never a frame flagged last.
    expect(parts).toHaveLength(3);
    expect(await fails(Buffer.concat(parts))).toBe('CORRUPT');
  });

  it('a session opens both containers: blobs written before framing still read', () => {
    const session: Session = {
      key,
      alive: true,
      keyMethod: 'passphrase',
      hasRecoveryCode: false,
      index: new Map(),
      readOnlyReason: undefined,
      migrationBackupTaken: false,
      recovered: [],
      dailyBackupFailed: false,
    };
    const plaintext = randomBytes(5000);
    const old = encryptFile(key, 'b-old', 1, plaintext, randomBytes(IV_BYTES));
    expect(Buffer.from(openFile(session, 'b-old', old).plaintext).equals(plaintext)).toBe(true);
    expect(Buffer.from(openFile(session, 'b-new', seal(plaintext, 'b-new')).plaintext).equals(plaintext)).toBe(true);
  });
});

const KNOWN_SHA256 = 'e3b2e5905df3f48548dba6ca2a4df208c1f04e6f3b2e52047138c1aa71e01d9b';
