import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Channel, Result } from '../../../src-main/ipc/contract.ts';
import { invokeChannel } from '../../../src-main/ipc/invoke.ts';
import type { DialogPort, Services } from '../../../src-main/services/index.ts';
import { createNodeServices } from '../../../src-main/services/node-services.ts';
import { createMemorySettings } from '../../../src-main/services/settings-conf.ts';
import { counsel } from '../../helpers/counsel.ts';

const root = path.resolve(import.meta.dirname, '../../..');
export const fixture = (name: string): unknown => JSON.parse(readFileSync(path.join(root, 'tests/fixtures/cases', name), 'utf8'));
export const scrypt = { N: 2 ** 10, r: 8, p: 1 };
export const transferPass = 'read to the colleague by phone 5523';

export interface TestVault {
  readonly dir: string;
  readonly services: Services;
  call<T>(channel: Channel, input?: unknown): Promise<Result<T>>;
  ok<T>(channel: Channel, input?: unknown): Promise<T>;
}

/** A new vault with its services (low scrypt cost), under a fresh temporary folder. */
export async function openVault(prefix: string, dialog?: DialogPort): Promise<TestVault> {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const services = createNodeServices({
    dataDir: path.join(dir, 'vault'),
    settings: createMemorySettings({ counselProfile: counsel }),
    scrypt,
    now: () => new Date(2026, 2, 20, 10, 0, 0),
    ...(dialog === undefined ? {} : { dialog }),
  });
  const call = async <T>(channel: Channel, input?: unknown) => (await invokeChannel(services.handlers, channel, input)) as Result<T>;
  const ok = async <T>(channel: Channel, input?: unknown): Promise<T> => {
    const result = await call<T>(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
  await ok('vaultCreate', { method: 'passphrase', passphrase: 'correct horse battery staple' });
  return { dir, services, call, ok };
}

/** The blob files in a vault folder. */
export const blobFiles = (dir: string): string[] => {
  try {
    return readdirSync(path.join(dir, 'vault', 'blobs')).filter((n) => n.endsWith('.dsb'));
  } catch {
    return [];
  }
};
