import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBundle, writeBundle } from '../../../src-main/handoff/bundle.ts';
import { isOlder } from '../../../src-main/handoff/order.ts';
import type { Channel, Output, Result } from '../../../src-main/ipc/contract.ts';
import { invokeChannel } from '../../../src-main/ipc/invoke.ts';
import type { Services } from '../../../src-main/services/index.ts';
import { createNodeServices } from '../../../src-main/services/node-services.ts';
import { createMemorySettings } from '../../../src-main/services/settings-conf.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const case1 = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/cases/case1-lai.json'), 'utf8')) as unknown;
const caseId = 'case1-lai-wing-sze';
const scrypt = { N: 2 ** 10, r: 8, p: 1 };
const pass = 'shared by phone 4417';

let dir: string;
let services: Services;
/** The services' clock: each step moves it on, so every bundle has its own creation time. */
let clock: number;

async function call<C extends Channel>(channel: C, input?: unknown): Promise<Result<Output<C>>> {
  return (await invokeChannel(services.handlers, channel, input, { onActivity: services.onActivity })) as Result<Output<C>>;
}
async function ok<C extends Channel>(channel: C, input?: unknown): Promise<Output<C>> {
  const result = await call(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'dossier-handoff-order-'));
  clock = Date.UTC(2026, 2, 20, 14, 0, 0);
  services = createNodeServices({
    dataDir: path.join(dir, 'vault'),
    settings: createMemorySettings(),
    scrypt,
    now: () => new Date((clock += 60_000)),
  });
  await ok('vaultCreate', { method: 'passphrase', passphrase: 'correct horse battery staple' });
  await ok('caseImport', { file: case1 });
});
afterEach(async () => {
  await services.dispose();
  rmSync(dir, { recursive: true, force: true });
});

const request = async () => (await ok('handoffExport', { caseId, itemId: 'st-client-1', passphrase: pass })).base64 ?? '';
const respond = async (requestBase64: string, words: string) =>
  (
    await ok('handoffRespond', {
      bytes: requestBase64,
      passphrase: pass,
      translations: [{ itemId: 'st-client-1', paragraphs: [`${words} one.`, `${words} two.`] }],
      translator: { familyName: 'Wong', givenNames: 'Mei-ling' },
      declaration: {
        translatorName: 'WONG Mei-ling',
        languageAndDialect: 'Cantonese',
        accuracyStatement: 'Accurate.',
        signedAt: '2026-03-20',
      },
    })
  ).base64 ?? '';
const importing = (bytes: string) => call('handoffImport', { bytes, passphrase: pass, caseId });
const attachedWords = async () => {
  const stored = await ok('caseGet', { id: caseId });
  return stored.case.statements[0]?.translations[0]?.paragraphs[0];
};

describe('hand-off responses in order', () => {
  it('refuses a response older than the one attached for the same request, and keeps the newer translation', async () => {
    const asked = await request();
    const older = await respond(asked, 'Older');
    const newer = await respond(asked, 'Newer');
    await ok('handoffImport', { bytes: newer, passphrase: pass, caseId });
    const refused = await importing(older);
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: expect.stringMatching(
          /^This response is older than the translation already attached for st-client-1 .*Nothing was changed\.$/u,
        ) as unknown,
      },
    });
    expect(await attachedWords()).toBe('Newer one.');
  });

  it('orders by request first: a response to an earlier request is refused even when it was made later', async () => {
    const first = await request();
    const second = await request();
    const toSecond = await respond(second, 'Second');
    const toFirstLater = await respond(first, 'First');
    await ok('handoffImport', { bytes: toSecond, passphrase: pass, caseId });
    expect((await importing(toFirstLater)).ok).toBe(false);
    expect(await attachedWords()).toBe('Second one.');
  });

  it('lets a later response replace an earlier one', async () => {
    const asked = await request();
    const older = await respond(asked, 'Older');
    const newer = await respond(asked, 'Newer');
    await ok('handoffImport', { bytes: older, passphrase: pass, caseId });
    await ok('handoffImport', { bytes: newer, passphrase: pass, caseId });
    expect(await attachedWords()).toBe('Newer one.');
    const stored = await ok('caseGet', { id: caseId });
    expect(stored.case.statements[0]?.translations[0]?.handoff).toMatchObject({
      requestId: expect.any(String) as unknown,
      createdAt: expect.stringMatching(/^2026-03-20T/u) as unknown,
      requestedAt: expect.stringMatching(/^2026-03-20T/u) as unknown,
    });
  });

  it('refuses an exact replay of a response already imported', async () => {
    const response = await respond(await request(), 'Only');
    await ok('handoffImport', { bytes: response, passphrase: pass, caseId });
    const { revision } = await ok('caseGet', { id: caseId });
    expect(await importing(response)).toMatchObject({
      ok: false,
      error: {
        code: 'DUPLICATE',
        message: expect.stringMatching(/^This response was already imported on 2026-03-20\. Nothing was changed\.$/u) as unknown,
      },
    });
    expect((await ok('caseGet', { id: caseId })).revision).toBe(revision);
  });

  it('refuses a response relabelled for an item its request never asked for', async () => {
    const genuine = Buffer.from(await respond(await request(), 'Relabelled'), 'base64');
    const opened = await readBundle(new Uint8Array(genuine), pass, 'response');
    const item = opened.content.items[0];
    if (!item) throw new Error('the response has no item');
    const content = { ...opened.content, items: [{ ...item, itemId: 'doc:client-prep-sheet' }] };
    const forged = await writeBundle(
      'response',
      {
        bundleId: randomUUID(),
        caseRef: opened.manifest.caseRef,
        requestId: opened.manifest.requestId ?? '',
        itemIds: ['doc:client-prep-sheet'],
        createdAt: new Date(clock + 3_600_000),
        appVersion: opened.manifest.appVersion,
      },
      content,
      pass,
      { scrypt, random: (n) => new Uint8Array(randomBytes(n)) },
    );
    expect(await call('handoffImport', { bytes: Buffer.from(forged).toString('base64'), passphrase: pass, caseId })).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: expect.stringMatching(
          /^This response answers an item its request did not ask for \(the request asked for st-client-1\)/u,
        ) as unknown,
      },
    });
    expect((await ok('caseGet', { id: caseId })).case.detention.prepSheetTranslation).toBeUndefined();
  });

  it('records each exported request in the case', async () => {
    await request();
    const stored = await ok('caseGet', { id: caseId });
    expect(stored.case.handoffRequests).toEqual([
      {
        bundleId: expect.any(String) as unknown,
        itemIds: ['st-client-1'],
        createdAt: expect.stringMatching(/^2026-03-20T/u) as unknown,
        translationLang: 'en',
      },
    ]);
  });
});

describe('a bundle with extreme key-derivation settings', () => {
  it.each([
    ['N at scrypt’s own limit for r = 1', 16, 1, 1],
    ['N = 2^21 with r = 1', 21, 1, 1],
    ['p = 255', 14, 8, 255],
    ['work far above the default', 20, 8, 4],
  ])('is refused as a bad bundle, never INTERNAL: %s', async (_label, log2N, r, p) => {
    const bytes = Buffer.from(await respond(await request(), 'Any'), 'base64');
    bytes[6] = log2N;
    bytes[7] = r;
    bytes[8] = p;
    expect(await importing(bytes.toString('base64'))).toMatchObject({
      ok: false,
      error: {
        code: 'UNSUPPORTED_FORMAT',
        message: 'This bundle asks for key-derivation settings Dossier does not accept. Nothing was changed.',
      },
    });
  });
});

describe('isOlder', () => {
  const record = (createdAt: string, requestedAt?: string, requestId = 'r1') => ({
    bundleId: randomUUID(),
    importedAt: '2026-03-21T00:00:00Z',
    requestId,
    createdAt,
    ...(requestedAt === undefined ? {} : { requestedAt }),
  });
  it('compares creation times of any precision in time order', () => {
    expect(isOlder(record('2026-03-20T14:01:00Z'), record('2026-03-20T14:01:00.5Z'))).toBe(true);
    expect(isOlder(record('2026-03-20T14:01:00.5Z'), record('2026-03-20T14:01:00Z'))).toBe(false);
  });
  it('orders by request time across requests, and never calls unknown times older', () => {
    expect(
      isOlder(record('2026-03-22T00:00:00Z', '2026-03-01T00:00:00Z', 'a'), record('2026-03-21T00:00:00Z', '2026-03-02T00:00:00Z', 'b')),
    ).toBe(true);
    expect(isOlder(record('2026-03-01T00:00:00Z'), { bundleId: randomUUID(), importedAt: '2026-03-21T00:00:00Z' })).toBe(false);
  });
});
