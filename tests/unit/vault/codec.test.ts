import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decryptFile, encryptFile, HEADER_BYTES, peekSchemaVersion } from '../../../src-main/vault/codec.ts';
import { codeOf } from './support.ts';

const kat = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../fixtures/vault/codec-known-answer.json'), 'utf8')) as {
  keyHex: string;
  ivHex: string;
  fileId: string;
  schemaVersion: number;
  plaintext: string;
  fileHex: string;
};
const hexBytes = (hex: string) => new Uint8Array(Buffer.from(hex, 'hex'));
const key = randomBytes(32);
const iv = () => randomBytes(12);
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

describe('vault container codec', () => {
  it('matches the frozen known answer, so the on-disk format cannot drift', () => {
    const file = encryptFile(hexBytes(kat.keyHex), kat.fileId, kat.schemaVersion, Buffer.from(kat.plaintext, 'utf8'), hexBytes(kat.ivHex));
    expect(Buffer.from(file).toString('hex')).toBe(kat.fileHex);
    const decoded = decryptFile(hexBytes(kat.keyHex), kat.fileId, hexBytes(kat.fileHex));
    expect(text(decoded.plaintext)).toBe(kat.plaintext);
    expect(decoded.schemaVersion).toBe(1);
  });

  it('is plain AES-256-GCM with AAD = header prefix + file id (checked with WebCrypto)', async () => {
    const file = hexBytes(kat.fileHex);
    const cryptoKey = await crypto.subtle.importKey('raw', hexBytes(kat.keyHex), 'AES-GCM', false, ['decrypt']);
    const additionalData = Buffer.concat([file.subarray(0, 7), Buffer.from(kat.fileId, 'utf8')]);
    const sealed = Buffer.concat([file.subarray(HEADER_BYTES), file.subarray(19, HEADER_BYTES)]);
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: file.subarray(7, 19), additionalData, tagLength: 128 },
      cryptoKey,
      sealed,
    );
    expect(Buffer.from(plain).toString('utf8')).toBe(kat.plaintext);
  });

  it('round-trips and uses a fresh IV per write', () => {
    const plain = Buffer.from('Nguyễn 黎詠詩', 'utf8');
    const a = encryptFile(key, 'c-1', 1, plain, iv());
    const b = encryptFile(key, 'c-1', 1, plain, iv());
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
    expect(text(decryptFile(key, 'c-1', a).plaintext)).toBe('Nguyễn 黎詠詩');
    expect(peekSchemaVersion(a)).toBe(1);
  });

  it('never leaks the plaintext into the file', () => {
    const file = encryptFile(key, 'c-1', 1, Buffer.from('Zyxwquantrell', 'utf8'), iv());
    expect(Buffer.from(file).includes('Zyxwquantrell')).toBe(false);
  });

  it('gives CORRUPT for a flipped bit at every position: header, IV, tag and body', async () => {
    const file = encryptFile(key, 'c-1', 1, Buffer.from('{"a":1}', 'utf8'), iv());
    for (let i = 0; i < file.length; i += 1) {
      const bad = Uint8Array.from(file);
      bad[i] = (bad[i] ?? 0) ^ 0x01;
      expect(await codeOf(() => decryptFile(key, 'c-1', bad))).toBe('CORRUPT');
    }
  });

  it('gives CORRUPT for zero-length and every truncation', async () => {
    const file = encryptFile(key, 'c-1', 1, Buffer.from('{"a":1}', 'utf8'), iv());
    for (let n = 0; n < file.length; n += 1) expect(await codeOf(() => decryptFile(key, 'c-1', file.subarray(0, n)))).toBe('CORRUPT');
  });

  it('binds the file id and schema version: a file moved to another id or relabelled is CORRUPT', async () => {
    const file = encryptFile(key, 'c-1', 1, Buffer.from('{}', 'utf8'), iv());
    expect(await codeOf(() => decryptFile(key, 'c-2', file))).toBe('CORRUPT');
    const relabelled = Uint8Array.from(file);
    relabelled[6] = 2;
    expect(await codeOf(() => decryptFile(key, 'c-1', relabelled))).toBe('CORRUPT');
  });

  it('gives CORRUPT under the wrong key', async () => {
    const file = encryptFile(key, 'c-1', 1, Buffer.from('{}', 'utf8'), iv());
    expect(await codeOf(() => decryptFile(randomBytes(32), 'c-1', file))).toBe('CORRUPT');
  });
});
