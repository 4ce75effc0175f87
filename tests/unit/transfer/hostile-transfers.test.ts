import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealEnvelope } from '../../../src-main/handoff/envelope.ts';
import { rawZip, type RawEntry } from '../handoff/raw-zip.ts';
import { fixture, openVault, scrypt, transferPass, type TestVault } from './helpers.ts';

const encoder = new TextEncoder();
const text = (s: string) => encoder.encode(s);
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const seal = (zip: Uint8Array, passphrase = transferPass) =>
  sealEnvelope(zip, passphrase, { scrypt, random: (n) => new Uint8Array(randomBytes(n)) });
const zipOf = (entries: RawEntry[]) => seal(rawZip(entries));

let sender: TestVault;
let receiver: TestVault;
let genuine: string;
let handoffRequest: string;
let caseJson: Record<string, unknown>;

/** Every file under the receiving vault with its SHA-256: equal before and after proves nothing was written. */
function snapshot(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out[path.relative(receiver.dir, full)] = sha(readFileSync(full));
    }
  };
  walk(path.join(receiver.dir, 'vault'));
  return out;
}

async function refused(bytes: Uint8Array | string, passphrase = transferPass) {
  const before = snapshot();
  const result = await receiver.call('caseTransferImport', { base64: typeof bytes === 'string' ? bytes : b64(bytes), passphrase });
  expect(snapshot()).toEqual(before);
  if (result.ok) throw new Error('the transfer was accepted');
  return result.error;
}

/** A well-formed transfer around the given case JSON and blobs, to test what the reader checks after the zip. */
async function transferOf(caseValue: unknown, blobs: Record<string, Uint8Array> = {}, extra: RawEntry[] = []) {
  const body = text(JSON.stringify(caseValue));
  const files: RawEntry[] = [{ name: 'case.json', data: body }, ...Object.entries(blobs).map(([name, data]) => ({ name, data }))];
  const manifest = {
    format: 'dossier-case-transfer',
    formatVersion: 1,
    transferId: '6c1f0f43-4d0e-4a53-9a41-0d5f7a1a2b3c',
    createdAt: '2026-03-20T14:00:00.000Z',
    appVersion: '0.1.0',
    entries: files.map((f) => ({ name: f.name, bytes: f.data.length, sha256: sha(f.data) })),
  };
  return zipOf([{ name: 'manifest.json', data: text(JSON.stringify(manifest)) }, ...files, ...extra]);
}

beforeAll(async () => {
  sender = await openVault('dossier-hostile-transfer-a-');
  receiver = await openVault('dossier-hostile-transfer-b-');
  await sender.ok('caseImport', { file: fixture('case1-lai.json') });
  await receiver.ok('caseImport', { file: fixture('case3-persian.json') });
  genuine = (
    await sender.ok<{ base64: string }>('caseTransferExport', { id: 'case1-lai-wing-sze', passphrase: transferPass, save: 'bytes' })
  ).base64;
  handoffRequest =
    (
      await sender.ok<{ base64?: string }>('handoffExport', {
        caseId: 'case1-lai-wing-sze',
        itemId: 'st-client-1',
        passphrase: transferPass,
      })
    ).base64 ?? '';
  caseJson = fixture('case1-lai.json') as Record<string, unknown>;
});
afterAll(async () => {
  for (const v of [sender, receiver]) {
    await v.services.dispose();
    rmSync(v.dir, { recursive: true, force: true });
  }
});

const manifestEntry: RawEntry = { name: 'manifest.json', data: text('{}') };

describe('hostile case transfers are refused with a clear error and nothing written', () => {
  it('refuses a wrong passphrase', async () => {
    const error = await refused(genuine, 'not the passphrase at all');
    expect(error).toMatchObject({
      code: 'WRONG_PASSPHRASE',
      message: 'That passphrase does not open this case transfer. Check it with the person who sent it; nothing was changed.',
    });
  });

  it('refuses a transfer with one flipped byte, one cut short, and one with an edited header', async () => {
    const bytes = Buffer.from(genuine, 'base64');
    const flipped = Uint8Array.from(bytes);
    const at = flipped.length - 40;
    flipped[at] = (flipped[at] ?? 0) ^ 0x01;
    expect((await refused(flipped)).message).toMatch(/^The case transfer is damaged: it fails its integrity check/);
    expect((await refused(bytes.subarray(0, bytes.length - 7))).code).toBe('CORRUPT');
    const salt = Uint8Array.from(bytes);
    salt[12] = (salt[12] ?? 0) ^ 0x80;
    expect(['WRONG_PASSPHRASE', 'CORRUPT']).toContain((await refused(salt)).code);
  });

  it('refuses key-derivation settings that would cost too much memory, and ones that are too weak', async () => {
    const bytes = Uint8Array.from(Buffer.from(genuine, 'base64'));
    const costly = Uint8Array.from(bytes);
    costly[6] = 30;
    const error = await refused(costly);
    expect(error).toMatchObject({
      code: 'UNSUPPORTED_FORMAT',
      message: 'This case transfer asks for key-derivation settings Dossier does not accept. Nothing was changed.',
    });
    const weak = Uint8Array.from(bytes);
    weak[6] = 4;
    expect((await refused(weak)).code).toBe('UNSUPPORTED_FORMAT');
  });

  it('refuses a file that is not a transfer, and a translation bundle', async () => {
    expect(await refused(randomBytes(500))).toMatchObject({
      code: 'UNSUPPORTED_FORMAT',
      message: 'This file is not a Dossier case transfer. Nothing was changed.',
    });
    const error = await refused(handoffRequest);
    expect(error.code).toBe('UNSUPPORTED_FORMAT');
    expect(error.message).toMatch(/it is a translation bundle, not a case/);
  });

  const names: [string, string][] = [
    ['../evil.json', 'the name of entry 2 climbs out of its folder (../).'],
    ['blobs/../../evil', 'the name of entry 2 climbs out of its folder (../).'],
    ['/etc/passwd', 'the name of entry 2 is an absolute path.'],
    ['C:\\Windows\\evil.json', 'the name of entry 2 starts with a drive letter.'],
    ['\\\\server\\share\\evil.json', 'the name of entry 2 is a network (UNC) path.'],
    ['..\\evil.json', 'the name of entry 2 contains a backslash.'],
    ['evil\u0000.pdf', 'the name of entry 2 contains a NUL character.'],
    ['blobs/a/b-00.json', 'the name of entry 2 is nested more than 2 folders deep.'],
  ];
  it.each(names)('refuses the entry name %j', async (name, reason) => {
    const error = await refused(await zipOf([manifestEntry, { name, data: text('{}') }]));
    expect(error).toMatchObject({ code: 'UNSUPPORTED_FORMAT', message: `The bundle was refused: ${reason} Nothing was changed.` });
  });

  it('refuses a symbolic link entry and names that collide by case', async () => {
    const link: RawEntry = { name: 'case.json', data: text('/etc/passwd'), method: 0, host: 3, externalAttributes: (0o120777 << 16) >>> 0 };
    expect((await refused(await zipOf([manifestEntry, link]))).message).toBe(
      'The bundle was refused: entry 2 is a symbolic link. Nothing was changed.',
    );
    expect((await refused(await zipOf([manifestEntry, { name: 'MANIFEST.json', data: text('{}') }]))).message).toMatch(
      /only by case or Unicode form/,
    );
  });

  it('refuses a zip bomb by its ratio', async () => {
    const ratio = await refused(await zipOf([manifestEntry, { name: 'case.json', data: new Uint8Array(8 * 2 ** 20) }]));
    expect(ratio.code).toBe('TOO_LARGE');
    expect(ratio.message).toMatch(/entry 2 inflates more than 100 times its size/);
  });

  it('refuses more entries than a transfer may hold', { timeout: 20_000 }, async () => {
    const many = Array.from({ length: 4002 }, (_, i): RawEntry => ({ name: `e${i}`, data: text('{}'), method: 0 }));
    expect((await refused(await zipOf(many))).message).toBe(
      'The bundle was refused: it holds 4002 entries, more than the 4001 a bundle may hold. Nothing was changed.',
    );
  });

  it('refuses entries that would inflate past the total limit', { timeout: 20_000 }, async () => {
    const noise = new Uint8Array(randomBytes(4 * 2 ** 20));
    const lying = Array.from({ length: 4 }, (_, i): RawEntry => ({
      name: `blobs/p${i}`,
      data: noise,
      method: 8,
      declaredSize: 300 * 2 ** 20,
    }));
    expect(await refused(await zipOf(lying))).toMatchObject({
      code: 'TOO_LARGE',
      message: `The bundle was refused: its entries would inflate to more than ${2 ** 30} bytes in all. Nothing was changed.`,
    });
  });

  it('refuses an entry that lies about its size', async () => {
    const understated = await refused(
      await zipOf([manifestEntry, { name: 'case.json', data: new Uint8Array(60_000).fill(65), declaredSize: 100 }]),
    );
    expect(understated.message).toMatch(/entry 2 inflates to more than it declares \(a zip bomb\)/);
  });

  it('refuses a zip inside the transfer', async () => {
    const inner = zipSync({ 'x.txt': text('hello') });
    expect((await refused(await zipOf([manifestEntry, { name: 'case.json', data: inner }]))).message).toMatch(/is itself a zip archive/);
  });

  it('refuses an entry its manifest does not list, and content that does not match it', async () => {
    const unlisted = await refused(await transferOf(caseJson, {}, [{ name: 'payload.exe', data: text('MZ') }]));
    expect(unlisted.message).toBe('The case transfer was refused: entry 3 is not in its manifest. Nothing was changed.');
    const body = text(JSON.stringify(caseJson));
    const manifest = {
      format: 'dossier-case-transfer',
      formatVersion: 1,
      transferId: '6c1f0f43-4d0e-4a53-9a41-0d5f7a1a2b3c',
      createdAt: '2026-03-20T14:00:00.000Z',
      appVersion: '0.1.0',
      entries: [{ name: 'case.json', bytes: body.length, sha256: 'b'.repeat(64) }],
    };
    const mismatch = await refused(
      await zipOf([
        { name: 'manifest.json', data: text(JSON.stringify(manifest)) },
        { name: 'case.json', data: body },
      ]),
    );
    expect(mismatch.code).toBe('CORRUPT');
  });

  it('refuses a case that refers to an attachment it does not carry, or carries one it does not refer to', async () => {
    const exhibits = [{ id: 'ex-1', title: 'Letter', blobId: `b-${'1'.repeat(32)}` }];
    const withRef = { ...caseJson, case: { ...(caseJson['case'] as object), exhibits } };
    expect((await refused(await transferOf(withRef))).message).toBe(
      'The case transfer was refused: 1 attachment the case refers to is missing. Nothing was changed.',
    );
    expect((await refused(await transferOf(caseJson, { [`blobs/b-${'2'.repeat(32)}`]: text('%PDF-1.7') }))).message).toBe(
      'The case transfer was refused: it carries 1 file the case does not refer to. Nothing was changed.',
    );
  });

  it('refuses an attachment that does not match its exhibit’s fingerprint', async () => {
    const blobId = `b-${'3'.repeat(32)}`;
    const exhibits = [{ id: 'ex-1', title: 'Letter', blobId, sha256: 'c'.repeat(64) }];
    const withRef = { ...caseJson, case: { ...(caseJson['case'] as object), exhibits } };
    const error = await refused(await transferOf(withRef, { [`blobs/${blobId}`]: text('%PDF-1.7 body') }));
    expect(error.code).toBe('CORRUPT');
    expect(error.message).toMatch(/exhibit 1 does not match its fingerprint/);
  });

  it('refuses a case with a field Dossier does not know, naming it', async () => {
    const unknown = { ...caseJson, case: { ...(caseJson['case'] as object), secretChannel: 'x' } };
    const error = await refused(await transferOf(unknown));
    expect(error.code).toBe('VALIDATION');
    expect(error.issues.map((i) => i.path)).toEqual(['case.secretChannel']);
  });

  it('refuses a file larger than any transfer before opening it', async () => {
    const before = snapshot();
    const result = await receiver.call('caseTransferImport', {
      base64: 'A'.repeat(Math.ceil((64 * 2 ** 20) / 3) * 4 + 4),
      passphrase: transferPass,
    });
    expect(snapshot()).toEqual(before);
    expect(result.ok).toBe(false);
  });
});
