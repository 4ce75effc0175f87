import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Channel, Result } from '../../../src-main/ipc/contract.ts';
import { invokeChannel } from '../../../src-main/ipc/invoke.ts';
import type { Services } from '../../../src-main/services/index.ts';
import { createNodeServices } from '../../../src-main/services/node-services.ts';
import { createConfSettings, createMemorySettings } from '../../../src-main/services/settings-conf.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const fixture = (name: string): unknown => JSON.parse(readFileSync(path.join(root, 'tests/fixtures/cases', name), 'utf8'));
const scrypt = { N: 2 ** 12, r: 8, p: 1 };
const passphrase = 'correct horse battery staple';

let dir: string;
let services: Services;
const fixedNow = () => new Date(2026, 10, 23, 12, 0, 0);

function open(): Services {
  return createNodeServices({ dataDir: path.join(dir, 'vault'), settings: createMemorySettings(), scrypt, now: fixedNow });
}

async function call<T = unknown>(channel: Channel, input?: unknown, s: Services = services): Promise<Result<T>> {
  return (await invokeChannel(s.handlers, channel, input, { onActivity: s.onActivity })) as Result<T>;
}

async function ok<T = unknown>(channel: Channel, input?: unknown, s: Services = services): Promise<T> {
  const result = await call<T>(channel, input, s);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'dossier-services-'));
  services = open();
  await ok('vaultCreate', { method: 'passphrase', passphrase });
});
afterEach(async () => {
  await services.dispose();
  rmSync(dir, { recursive: true, force: true });
});

interface Stored {
  case: { id: string; archived: boolean; client: { familyName: string; dateOfBirth?: unknown } };
  revision: number;
}

describe('case services', () => {
  it('creates a case and finds it by any name, in any script', async () => {
    const created = await ok<Stored>('caseCreate', {
      kind: 'detention-review',
      name: { familyName: 'Lai', givenNames: 'Wing-sze', namesInScript: [{ script: 'Hant', value: '黎詠詩' }] },
    });
    expect(created.revision).toBe(1);
    for (const query of ['黎詠詩', '詠詩', 'wing', 'LAI', 'lai wing-sze']) {
      const list = await ok<{ id: string; displayName: string }[]>('caseList', { query });
      expect(
        list.map((c) => c.id),
        query,
      ).toEqual([created.case.id]);
    }
    expect(await ok('caseList', { query: 'srisuk' })).toEqual([]);
  });

  it('gives a new case a random id that does not spell the client’s name', async () => {
    const name = { familyName: 'Lai', givenNames: 'Wing-sze', namesInScript: [] };
    const first = await ok<Stored>('caseCreate', { kind: 'detention-review', name });
    const second = await ok<Stored>('caseCreate', { kind: 'detention-review', name });
    for (const id of [first.case.id, second.case.id]) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/u);
      expect(id).not.toMatch(/lai|wing/iu);
    }
    expect(first.case.id).not.toBe(second.case.id);
  });

  it('saves a name without its bidi controls and invisible characters, and refuses half a surrogate pair with the field named', async () => {
    const created = await ok<Stored>('caseCreate', {
      kind: 'detention-review',
      name: { familyName: 'Lai\u202E', givenNames: 'Wing\u200B-sze', namesInScript: [] },
    });
    expect(created.case.client.familyName).toBe('Lai');
    const saved = await ok<Stored>('caseSave', {
      case: { ...created.case, client: { ...created.case.client, familyName: '\u2066Lai\u2069' } },
      revision: created.revision,
    });
    expect(saved.case.client.familyName).toBe('Lai');
    const broken = await call('caseSave', {
      case: { ...saved.case, client: { ...saved.case.client, familyName: 'Lai\uD800' } },
      revision: saved.revision,
    });
    expect(broken.ok ? [] : broken.error.issues.map((i) => [i.path, i.code])).toEqual([['client.familyName', 'brokenCharacter']]);
  });

  it('saves with the revision and refuses a stale one', async () => {
    const created = await ok<Stored>('caseCreate', {
      kind: 'hc',
      name: { familyName: 'Srisuk', givenNames: 'Kanokwan', namesInScript: [] },
    });
    const saved = await ok<Stored>('caseSave', {
      case: { ...created.case, client: { ...created.case.client, familyName: 'Srisuk-Dunn' } },
      revision: 1,
    });
    expect(saved.revision).toBe(2);
    const stale = await call('caseSave', { case: created.case, revision: 1 });
    expect(stale.ok).toBe(false);
    expect((await ok<Stored>('caseGet', { id: created.case.id })).case.client.familyName).toBe('Srisuk-Dunn');
  });

  it('refuses a birth date in the future and Feb 30 with the field path', async () => {
    const created = await ok<Stored>('caseCreate', { kind: 'hc', name: { familyName: 'A', givenNames: 'B', namesInScript: [] } });
    const future = await call('caseSave', {
      case: { ...created.case, client: { ...created.case.client, dateOfBirth: { calendar: 'gregorian', year: 2027, month: 1, day: 1 } } },
      revision: 1,
    });
    expect(future.ok ? [] : future.error.issues.map((i) => i.path)).toEqual(['client.dateOfBirth']);
    const feb30 = await call('caseSave', {
      case: { ...created.case, client: { ...created.case.client, dateOfBirth: { calendar: 'gregorian', year: 1991, month: 2, day: 30 } } },
      revision: 1,
    });
    expect(feb30.ok ? [] : feb30.error.issues.map((i) => i.path)).toEqual(['client.dateOfBirth.day']);
  });

  it('archives, hides from the default list, and deletes only with confirmation', async () => {
    const { id } = await ok<{ id: string }>('caseImport', { file: fixture('case1-lai.json') });
    const archived = await ok<{ archived: boolean }>('caseArchive', { id, archived: true });
    expect(archived.archived).toBe(true);
    expect(await ok('caseList', {})).toEqual([]);
    expect(await ok<unknown[]>('caseList', { includeArchived: true })).toHaveLength(1);
    expect((await call('caseDelete', { id })).ok).toBe(false);
    expect(await ok('caseDelete', { id, confirm: true })).toEqual({ deleted: id });
    expect(await ok('caseList', { includeArchived: true })).toEqual([]);
    const gone = await call('caseGet', { id });
    expect(gone.ok ? null : gone.error.code).toBe('NOT_FOUND');
  });

  it('refuses a duplicate import and leaves the first copy alone', async () => {
    const { id } = await ok<{ id: string }>('caseImport', { file: fixture('case2-srisuk.json') });
    const again = await call('caseImport', { file: fixture('case2-srisuk.json') });
    expect(again.ok ? null : again.error.code).toBe('DUPLICATE');
    expect(await ok('caseExport', { id })).toEqual(fixture('case2-srisuk.json'));
  });

  it('keeps data across a fresh services instance, and answers LOCKED after lock', async () => {
    const { id } = await ok<{ id: string }>('caseImport', { file: fixture('case1-lai.json') });
    await ok('vaultLock');
    const locked = await call('caseGet', { id });
    expect(locked.ok ? null : locked.error.code).toBe('LOCKED');
    await services.dispose();
    services = open();
    expect((await ok<{ state: string }>('vaultStatus')).state).toBe('locked');
    const wrong = await call('vaultUnlock', { passphrase: 'not it at all' });
    expect(wrong.ok ? null : wrong.error.code).toBe('WRONG_PASSPHRASE');
    await ok('vaultUnlock', { passphrase });
    expect(await ok('caseExport', { id })).toEqual(fixture('case1-lai.json'));
  });

  it('says the keychain is not usable without a key store, and refuses to create a vault twice', async () => {
    expect((await ok<{ keychainUsable: boolean }>('vaultStatus')).keychainUsable).toBe(false);
    const again = await call('vaultCreate', { method: 'passphrase', passphrase: 'another passphrase' });
    expect(again.ok ? null : again.error.code).toBe('ALREADY_INITIALISED');
  });
});

describe('settings', () => {
  it('persists non-sensitive settings with conf and validates them', async () => {
    const settingsDir = path.join(dir, 'settings');
    const s = createNodeServices({ dataDir: path.join(dir, 'vault'), settings: createConfSettings(settingsDir), scrypt });
    expect(await ok('settingsGet', undefined, s)).toEqual({ uiLanguage: 'en', documentLanguage: 'en', lockTimeoutMinutes: 10 });
    await ok('settingsSet', { uiLanguage: 'fr', lockTimeoutMinutes: 5 }, s);
    expect(createConfSettings(settingsDir).get()).toEqual({ uiLanguage: 'fr', documentLanguage: 'en', lockTimeoutMinutes: 5 });
    const bad = await call('settingsSet', { uiLanguage: 'de' }, s);
    expect(bad.ok).toBe(false);
    // The first-run choice of mode is kept; only the two modes are accepted.
    await ok('settingsSet', { appMode: 'interpreter' }, s);
    expect(createConfSettings(settingsDir).get()).toMatchObject({ appMode: 'interpreter' });
    expect((await call('settingsSet', { appMode: 'admin' }, s)).ok).toBe(false);
    await s.dispose();
  });
});
