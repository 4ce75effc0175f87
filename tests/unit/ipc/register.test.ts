import { describe, expect, it, vi } from 'vitest';
import { channelName, channels, type Channel, type Result } from '../../../src-main/ipc/contract.ts';
import type { Handlers } from '../../../src-main/ipc/invoke.ts';
import { registerIpcHandlers, type IpcRegistrar } from '../../../src-main/ipc/register.ts';
import type { SenderEventLike } from '../../../src-main/security/ipc-sender.ts';

type Listener = Parameters<IpcRegistrar['handle']>[1];

class FakeIpcMain implements IpcRegistrar {
  readonly listeners = new Map<string, Listener>();
  handle(channel: string, listener: Listener) {
    if (this.listeners.has(channel)) throw new Error(`second handler for ${channel}`);
    this.listeners.set(channel, listener);
  }
  removeHandler(channel: string) {
    this.listeners.delete(channel);
  }
  call(channel: Channel, event: SenderEventLike, input?: unknown): Promise<Result<unknown>> {
    const listener = this.listeners.get(channelName(channel));
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener(event, input);
  }
}

const OUR_WINDOW = 1;
const trusted = { has: (id: number) => id === OUR_WINDOW };
const ourFrame = { url: 'app://dossier/index.html', parent: null, detached: false };
const fromUs: SenderEventLike = { sender: { id: OUR_WINDOW }, senderFrame: ourFrame };

const settings = { uiLanguage: 'fr', documentLanguage: 'en', lockTimeoutMinutes: 10 } as const;

function setup() {
  const handler = vi.fn(() => Promise.resolve(settings));
  // Every channel shares one spy: the tests prove it is never reached from a foreign sender.
  const handlers = Object.fromEntries(channels.map((channel) => [channel, handler])) as unknown as Handlers;
  const ipcMain = new FakeIpcMain();
  const forbidden: Channel[] = [];
  const onActivity = vi.fn();
  const unregister = registerIpcHandlers({
    ipcMain,
    handlers,
    trusted,
    hooks: { onActivity },
    onForbiddenSender: (channel) => forbidden.push(channel),
  });
  return { handler, ipcMain, forbidden, onActivity, unregister };
}

const foreignSenders: [string, SenderEventLike][] = [
  ['a subframe of our window', { sender: { id: OUR_WINDOW }, senderFrame: { url: 'app://dossier/index.html', parent: ourFrame } }],
  ['a frame from another origin', { sender: { id: OUR_WINDOW }, senderFrame: { url: 'https://evil.example/', parent: null } }],
  ['a file:// page', { sender: { id: OUR_WINDOW }, senderFrame: { url: 'file:///tmp/index.html', parent: null } }],
  ['another app:// host', { sender: { id: OUR_WINDOW }, senderFrame: { url: 'app://evil/index.html', parent: null } }],
  ['a destroyed frame', { sender: { id: OUR_WINDOW }, senderFrame: null }],
  ['a webContents that is not our window', { sender: { id: 42 }, senderFrame: ourFrame }],
];

describe('registerIpcHandlers', () => {
  it('registers exactly one handler per contract channel, under the contract names', () => {
    const { ipcMain } = setup();
    expect([...ipcMain.listeners.keys()].toSorted()).toEqual(channels.map(channelName).toSorted());
  });

  it.each(foreignSenders)('refuses %s with FORBIDDEN_SENDER and never calls the handler', async (_label, event) => {
    const { ipcMain, handler, forbidden, onActivity } = setup();
    for (const channel of channels) {
      const result = await ipcMain.call(channel, event, { id: 'x' });
      expect(result).toEqual({ ok: false, error: { code: 'FORBIDDEN_SENDER', message: expect.any(String) as string, issues: [] } });
    }
    expect(handler).not.toHaveBeenCalled();
    expect(onActivity).not.toHaveBeenCalled();
    expect(forbidden).toEqual(channels);
  });

  it('passes a trusted call through the schema parse to the handler', async () => {
    const { ipcMain, handler, onActivity } = setup();
    await expect(ipcMain.call('settingsGet', fromUs)).resolves.toEqual({ ok: true, value: settings });
    expect(handler).toHaveBeenCalledOnce();
    expect(onActivity).toHaveBeenCalledOnce();
  });

  it('rejects bad input from a trusted sender as VALIDATION without calling the handler', async () => {
    const { ipcMain, handler } = setup();
    const result = await ipcMain.call('settingsSet', fromUs, { lockTimeoutMinutes: 'forever' });
    expect(result.ok).toBe(false);
    expect(result.ok ? undefined : result.error.code).toBe('VALIDATION');
    expect(handler).not.toHaveBeenCalled();
  });

  it('removes every handler it registered', () => {
    const { ipcMain, unregister } = setup();
    unregister();
    expect(ipcMain.listeners.size).toBe(0);
  });
});
