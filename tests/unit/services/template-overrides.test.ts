import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Channel, Result } from '../../../src-main/ipc/contract.ts';
import { invokeChannel } from '../../../src-main/ipc/invoke.ts';
import type { Services } from '../../../src-main/services/index.ts';
import { createNodeServices } from '../../../src-main/services/node-services.ts';
import { createMemorySettings } from '../../../src-main/services/settings-conf.ts';
import { createMemoryOverrides, createTemplateStore } from '../../../src-main/services/templates-store.ts';

const scrypt = { N: 2 ** 12, r: 8, p: 1 };
const passphrase = 'correct horse battery staple';
const WORDING = 'Dear Member Quillbrook:';

let dir: string;
let services: Services;

function open(): Services {
  return createNodeServices({ dataDir: path.join(dir, 'vault'), settings: createMemorySettings(), scrypt });
}

async function call<T>(channel: Channel, input?: unknown, s: Services = services): Promise<Result<T>> {
  return (await invokeChannel(s.handlers, channel, input, { onActivity: s.onActivity })) as Result<T>;
}

async function ok<T>(channel: Channel, input?: unknown, s: Services = services): Promise<T> {
  const result = await call<T>(channel, input, s);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

interface Entry {
  readonly id: string;
  readonly overridden: boolean;
}

async function letterOverridden(s: Services): Promise<boolean> {
  const list = await ok<Entry[]>('templatesList', { lang: 'en' }, s);
  return list.find((e) => e.id === 'letter')?.overridden ?? false;
}

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'dossier-templates-'));
  services = open();
  await ok('vaultCreate', { method: 'passphrase', passphrase });
});
afterEach(async () => {
  await services.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('edited templates', () => {
  it('survive a restart, encrypted in the vault, and a reset survives too', async () => {
    const { text } = await ok<{ text: string }>('templateGet', { id: 'letter', lang: 'en' });
    await ok('templateSave', { id: 'letter', lang: 'en', text: text.replace('Dear Sir or Madam:', WORDING) });
    expect(await letterOverridden(services)).toBe(true);

    // Nothing of the wording is on disk in clear.
    const vaultDir = path.join(dir, 'vault');
    for (const name of readdirSync(vaultDir, { recursive: true, encoding: 'utf8' })) {
      const full = path.join(vaultDir, name);
      if (name.endsWith('.dsv') || name.endsWith('.prev')) expect(readFileSync(full).includes(Buffer.from('Quillbrook'))).toBe(false);
    }
    expect(readdirSync(vaultDir)).toContain('templates.dsv');

    await services.dispose();
    services = open();
    await ok('vaultUnlock', { passphrase });
    expect(await letterOverridden(services)).toBe(true);
    expect((await ok<{ text: string }>('templateGet', { id: 'letter', lang: 'en' })).text).toContain(WORDING);

    await ok('templateReset', { id: 'letter', lang: 'en' });
    await services.dispose();
    services = open();
    await ok('vaultUnlock', { passphrase });
    expect(await letterOverridden(services)).toBe(false);
  });

  it('are forgotten from memory when the vault locks, and read again at unlock', async () => {
    const { text } = await ok<{ text: string }>('templateGet', { id: 'letter', lang: 'en' });
    await ok('templateSave', { id: 'letter', lang: 'en', text: text.replace('Dear Sir or Madam:', WORDING) });
    await ok('vaultLock');
    const locked = await call('templatesList', { lang: 'en' });
    if (locked.ok) expect(locked.value).not.toContainEqual(expect.objectContaining({ id: 'letter', overridden: true }));
    await ok('vaultUnlock', { passphrase });
    expect(await letterOverridden(services)).toBe(true);
  });
});

describe('an edit made from an older built-in template', () => {
  it('is still used, and its entry says the built-in template changed', async () => {
    const overrides = createMemoryOverrides();
    const store = createTemplateStore(overrides);
    const text = store.defaultText('en', 'letter').replace('Dear Sir or Madam:', WORDING);
    const saved = await store.saveOverride('en', 'letter', text);
    expect(saved).toMatchObject({ overridden: true, builtInChanged: false });
    // As if Dossier had been updated since: the stored edit names an older built-in version.
    await overrides.set('en', 'letter', { text, baseVersion: '0.0.1-old' });
    const entry = store.list('en').find((e) => e.id === 'letter');
    expect(entry).toMatchObject({ overridden: true, builtInChanged: true });
    expect(store.text('en', 'letter')).toContain(WORDING);
  });
});
