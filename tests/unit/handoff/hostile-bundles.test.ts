import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealEnvelope } from '../../../src-main/handoff/envelope.ts';
import type { Channel, Output, Result } from '../../../src-main/ipc/contract.ts';
import { invokeChannel } from '../../../src-main/ipc/invoke.ts';
import type { Services } from '../../../src-main/services/index.ts';
import { createNodeServices } from '../../../src-main/services/node-services.ts';
import { createMemorySettings } from '../../../src-main/services/settings-conf.ts';
import { rawZip, type RawEntry } from './raw-zip.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const fixture = (name: string): unknown => JSON.parse(readFileSync(path.join(root, 'tests/fixtures/cases', name), 'utf8'));
const scrypt = { N: 2 ** 10, r: 8, p: 1 };
const pass = 'shared by phone 4417';
const now = () => new Date(2026, 2, 20, 10, 0, 0);
const encoder = new TextEncoder();

let dir: string;
let advocate: Services;
let genuine: { response: string; request: string };

async function call<C extends Channel>(channel: C, input?: unknown, s: Services = advocate): Promise<Result<Output<C>>> {
  return (await invokeChannel(s.handlers, channel, input, { onActivity: s.onActivity })) as Result<Output<C>>;
}

/** Every file under the vault with its SHA-256: equal before and after proves nothing was written. */
function snapshot(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out[path.relative(dir, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(path.join(dir, 'vault'));
  return out;
}

const seal = (zip: Uint8Array, passphrase = pass) =>
  sealEnvelope(zip, passphrase, { scrypt, random: (n) => new Uint8Array(randomBytes(n)) });
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const text = (s: string) => encoder.encode(s);

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'dossier-hostile-'));
  advocate = createNodeServices({ dataDir: path.join(dir, 'vault'), settings: createMemorySettings(), scrypt, now });
  const unwrap = <T>(r: Result<T>): T => {
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };
  unwrap(await call('vaultCreate', { method: 'passphrase', passphrase: 'correct horse battery staple' }));
  unwrap(await call('caseImport', { file: fixture('case1-lai.json') }));
  unwrap(await call('caseImport', { file: fixture('case3-persian.json') }));
  const exported = unwrap(await call('handoffExport', { caseId: 'case1-lai-wing-sze', itemId: 'st-client-1', passphrase: pass }));
  const responded = unwrap(
    await call('handoffRespond', {
      bytes: exported.base64,
      passphrase: pass,
      translations: [{ itemId: 'st-client-1', paragraphs: ['One.', 'Two.'] }],
      translator: { familyName: 'Wong', givenNames: 'Mei-ling' },
      declaration: {
        translatorName: 'WONG Mei-ling',
        languageAndDialect: 'Cantonese',
        accuracyStatement: 'Accurate.',
        signedAt: '2026-03-20',
      },
    }),
  );
  genuine = { request: exported.base64 ?? '', response: responded.base64 ?? '' };
});
afterAll(async () => {
  await advocate.dispose();
  rmSync(dir, { recursive: true, force: true });
});

async function refused(bytes: Uint8Array | string, input: Record<string, unknown> = {}) {
  const before = snapshot();
  const result = await call('handoffImport', { bytes: typeof bytes === 'string' ? bytes : b64(bytes), passphrase: pass, ...input });
  expect(snapshot()).toEqual(before);
  if (result.ok) throw new Error('the bundle was accepted');
  return result.error;
}

const manifestEntry: RawEntry = { name: 'manifest.json', data: text('{}') };
const zipOf = (entries: RawEntry[]) => seal(rawZip(entries));

describe('hostile bundles are refused with a clear error and nothing written', () => {
  it('refuses a wrong passphrase', async () => {
    const error = await refused(genuine.response, { passphrase: 'not the passphrase at all' });
    expect(error.code).toBe('WRONG_PASSPHRASE');
    expect(error.message).toBe(
      'That passphrase does not open this bundle. Check it with the person who sent the bundle; nothing was changed.',
    );
  });

  it('refuses a bundle with one flipped byte in its ciphertext, and one cut short', async () => {
    const bytes = Buffer.from(genuine.response, 'base64');
    const flipped = Uint8Array.from(bytes);
    const at = flipped.length - 40;
    flipped[at] = (flipped[at] ?? 0) ^ 0x01;
    const error = await refused(flipped);
    expect(error.code).toBe('CORRUPT');
    expect(error.message).toMatch(/^The bundle is damaged: it fails its integrity check/);
    expect((await refused(bytes.subarray(0, bytes.length - 7))).code).toBe('CORRUPT');
  });

  it('refuses a file that is not a bundle', async () => {
    const error = await refused(randomBytes(500));
    expect(error).toMatchObject({
      code: 'UNSUPPORTED_FORMAT',
      message: 'This file is not a Dossier translation bundle. Nothing was changed.',
    });
  });

  it('refuses a request where a response is expected', async () => {
    const error = await refused(genuine.request);
    expect(error.code).toBe('UNSUPPORTED_FORMAT');
    expect(error.message).toMatch(/^This bundle is a translation request: open it in Dossier’s interpreter mode/);
  });

  it('refuses a bundle for another case', async () => {
    const error = await refused(genuine.response, { caseId: 'case3-rezaei-shirin' });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(/^This bundle is for another case/);
  });

  const names: [string, string][] = [
    ['../evil.json', 'the name of entry 2 climbs out of its folder (../).'],
    ['a/../../evil.json', 'the name of entry 2 climbs out of its folder (../).'],
    ['/etc/passwd', 'the name of entry 2 is an absolute path.'],
    ['C:\\Windows\\evil.json', 'the name of entry 2 starts with a drive letter.'],
    ['C:evil.json', 'the name of entry 2 starts with a drive letter.'],
    ['\\\\server\\share\\evil.json', 'the name of entry 2 is a network (UNC) path.'],
    ['//server/share/evil.json', 'the name of entry 2 is a network (UNC) path.'],
    ['..\\evil.json', 'the name of entry 2 contains a backslash.'],
    ['evil\u0000.pdf', 'the name of entry 2 contains a NUL character.'],
    ['a/b/c/d.json', 'the name of entry 2 is nested more than 3 folders deep.'],
  ];
  it.each(names)('refuses the entry name %j', async (name, reason) => {
    const error = await refused(await zipOf([manifestEntry, { name, data: text('{}') }]));
    expect(error).toMatchObject({ code: 'UNSUPPORTED_FORMAT', message: `The bundle was refused: ${reason} Nothing was changed.` });
  });

  it('refuses a symbolic link entry', async () => {
    const link: RawEntry = {
      name: 'request.json',
      data: text('/etc/passwd'),
      method: 0,
      host: 3,
      externalAttributes: (0o120777 << 16) >>> 0,
    };
    const error = await refused(await zipOf([manifestEntry, link]));
    expect(error.message).toBe('The bundle was refused: entry 2 is a symbolic link. Nothing was changed.');
  });

  it('refuses duplicate names and names that collide by case or Unicode form', async () => {
    const duplicate = await refused(await zipOf([manifestEntry, manifestEntry]));
    expect(duplicate.message).toBe('The bundle was refused: entry 2 has the same name as an earlier entry. Nothing was changed.');
    const byCase = await refused(await zipOf([manifestEntry, { name: 'MANIFEST.json', data: text('{}') }]));
    expect(byCase.message).toBe(
      'The bundle was refused: entry 2 differs from an earlier entry’s name only by case or Unicode form. Nothing was changed.',
    );
    const byForm = await refused(
      await zipOf([
        { name: 'caf\u00e9.json', data: text('1') },
        { name: 'cafe\u0301.json', data: text('2') },
      ]),
    );
    expect(byForm.message).toMatch(/only by case or Unicode form/);
  });

  it('refuses a zip bomb by ratio, by entry count, by total size, and one that lies about its size', async () => {
    const ratio = await refused(await zipOf([manifestEntry, { name: 'request.json', data: new Uint8Array(4 * 2 ** 20) }]));
    expect(ratio).toMatchObject({
      code: 'TOO_LARGE',
      message: 'The bundle was refused: entry 2 inflates more than 100 times its size (a zip bomb). Nothing was changed.',
    });

    const many = Array.from({ length: 65 }, (_, i): RawEntry => ({ name: `e${i}.json`, data: text('{}') }));
    const count = await refused(await zipOf(many));
    expect(count).toMatchObject({
      code: 'TOO_LARGE',
      message: 'The bundle was refused: it holds 65 entries, more than the 64 a bundle may hold. Nothing was changed.',
    });

    const noise = new Uint8Array(randomBytes(400 * 2 ** 10));
    const big = Array.from({ length: 4 }, (_, i): RawEntry => ({
      name: `part${i}.json`,
      data: noise,
      method: 0,
      declaredSize: noise.length,
    }));
    const lying = big.map((e): RawEntry => ({ ...e, method: 8, declaredSize: 20 * 2 ** 20 }));
    const total = await refused(await zipOf(lying));
    expect(total).toMatchObject({
      code: 'TOO_LARGE',
      message: `The bundle was refused: its entries would inflate to more than ${64 * 2 ** 20} bytes in all. Nothing was changed.`,
    });

    const understated = await refused(
      await zipOf([manifestEntry, { name: 'request.json', data: new Uint8Array(60_000).fill(65), declaredSize: 100 }]),
    );
    expect(understated).toMatchObject({
      code: 'TOO_LARGE',
      message: 'The bundle was refused: entry 2 inflates to more than it declares (a zip bomb). Nothing was changed.',
    });
  });

  it('refuses a zip inside the bundle', async () => {
    const inner = zipSync({ 'x.txt': text('hello') });
    const error = await refused(await zipOf([manifestEntry, { name: 'request.json', data: inner }]));
    expect(error.message).toBe('The bundle was refused: entry 2 is itself a zip archive; bundles are never nested. Nothing was changed.');
  });

  it('refuses an entry the manifest does not list', async () => {
    const manifest = {
      format: 'dossier-handoff',
      formatVersion: 1,
      bundleId: '6c1f0f43-4d0e-4a53-9a41-0d5f7a1a2b3c',
      kind: 'response',
      caseRef: 'a'.repeat(64),
      requestId: '6c1f0f43-4d0e-4a53-9a41-0d5f7a1a2b3d',
      itemIds: ['st-client-1'],
      createdAt: '2026-03-20T14:00:00.000Z',
      appVersion: '0.1.0',
      entries: [{ name: 'response.json', bytes: 2, sha256: createHash('sha256').update('{}').digest('hex') }],
    };
    const error = await refused(
      await zipOf([
        { name: 'manifest.json', data: text(JSON.stringify(manifest)) },
        { name: 'response.json', data: text('{}') },
        { name: 'payload.exe', data: text('MZ') },
      ]),
    );
    expect(error.message).toBe('The bundle was refused: entry 3 is not in its manifest. Nothing was changed.');
  });
});
