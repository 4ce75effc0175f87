import { beforeAll, describe, expect, it, vi } from 'vitest';
import { channelName, channels, contract } from '../../../src-main/ipc/contract.ts';

const electron = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn<(key: string, api: unknown) => void>(),
  invoke: vi.fn<(channel: string, ...args: unknown[]) => Promise<unknown>>(() => Promise.resolve({ ok: true, value: null })),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: { invoke: electron.invoke },
}));

describe('preload bridge', () => {
  let api: Record<string, unknown>;

  beforeAll(async () => {
    await import('../../../src-main/preload/index.ts');
    expect(electron.exposeInMainWorld).toHaveBeenCalledOnce();
    const [key, exposed] = electron.exposeInMainWorld.mock.calls[0] ?? [];
    expect(key).toBe('dossier');
    api = exposed as Record<string, unknown>;
  });

  it('exposes exactly one function per contract channel and nothing else', () => {
    expect(Object.keys(api).toSorted()).toEqual([...channels].toSorted());
    for (const value of Object.values(api)) expect(value).toBeTypeOf('function');
  });

  it('exposes no generic invoke, send, listener or ipcRenderer', () => {
    for (const name of ['invoke', 'send', 'sendSync', 'on', 'once', 'ipcRenderer', 'require', 'process'])
      expect(api).not.toHaveProperty(name);
  });

  it.each(channels)('%s invokes its own channel with the input and nothing more', async (channel) => {
    electron.invoke.mockClear();
    const fn = api[channel] as (input?: unknown) => Promise<unknown>;
    const input = { probe: channel };
    await expect(fn(input)).resolves.toEqual({ ok: true, value: null });
    expect(electron.invoke).toHaveBeenCalledOnce();
    const [sent, ...args] = electron.invoke.mock.calls[0] ?? [];
    expect(sent).toBe(channelName(channel));
    // Channels without input send `undefined` whatever the page passes.
    const takesNoInput = contract[channel].input.safeParse(undefined).success;
    expect(args).toEqual([takesNoInput ? undefined : input]);
  });
});
