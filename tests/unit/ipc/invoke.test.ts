import { describe, expect, it, vi } from 'vitest';
import { DossierError } from '../../../src-main/core/errors.ts';
import { channels } from '../../../src-main/ipc/contract.ts';
import { invokeChannel, type Handlers } from '../../../src-main/ipc/invoke.ts';

function fakeHandlers(overrides: Partial<Record<keyof Handlers, (input: unknown) => Promise<unknown>>> = {}) {
  const calls: string[] = [];
  const handlers = Object.fromEntries(
    channels.map((c) => [
      c,
      (input: unknown) => {
        calls.push(c);
        const override = overrides[c];
        return override ? override(input) : Promise.resolve({ echoed: input });
      },
    ]),
  ) as unknown as Handlers;
  return { handlers, calls };
}

describe('invokeChannel', () => {
  it('refuses unknown and prototype-polluting channel names without calling anything', async () => {
    const { handlers, calls } = fakeHandlers();
    for (const channel of ['nope', '__proto__', 'constructor', 'toString', 42, null, undefined, { toString: () => 'caseList' }]) {
      const result = await invokeChannel(handlers, channel, {});
      expect(result).toEqual({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Unknown request.', issues: [] } });
    }
    expect(calls).toEqual([]);
  });

  it('rejects hostile inputs with field paths before the handler runs', async () => {
    const { handlers, calls } = fakeHandlers();
    const hostile: [keyof Handlers, unknown][] = [
      ['caseGet', { id: 'x'.repeat(10_000) }],
      ['caseGet', { id: 42 }],
      ['caseGet', null],
      ['caseDelete', { id: 'abc', confirm: 'yes' }],
      ['vaultCreate', { method: 'passphrase', passphrase: 'short' }],
      ['vaultCreate', { method: 'plaintext' }],
      ['caseList', { query: 'y'.repeat(1_000) }],
      ['settingsSet', { lockTimeoutMinutes: -1 }],
      ['caseCreate', { kind: 'detention-review', name: { familyName: 'a'.repeat(300), givenNames: '' } }],
    ];
    for (const [channel, input] of hostile) {
      const result = await invokeChannel(handlers, channel, input);
      expect(result.ok, channel).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('VALIDATION');
        expect(result.error.issues.length).toBeGreaterThan(0);
      }
    }
    expect(calls).toEqual([]);
  });

  it('passes parsed input (defaults filled in) and wraps the value', async () => {
    const { handlers } = fakeHandlers();
    const result = await invokeChannel(handlers, 'caseList', {});
    expect(result).toEqual({ ok: true, value: { echoed: { query: '', includeArchived: false } } });
  });

  it('turns typed errors into typed results and hides unexpected ones', async () => {
    const onInternalError = vi.fn();
    const { handlers } = fakeHandlers({
      caseGet: () => Promise.reject(new DossierError('LOCKED', 'The vault is locked.')),
      caseExport: () => Promise.reject(new Error('/home/someone/secret path with LAI Wing-sze')),
    });
    expect(await invokeChannel(handlers, 'caseGet', { id: 'abc' })).toEqual({
      ok: false,
      error: { code: 'LOCKED', message: 'The vault is locked.', issues: [] },
    });
    const internal = await invokeChannel(handlers, 'caseExport', { id: 'abc' }, { onInternalError });
    expect(internal.ok).toBe(false);
    if (!internal.ok) {
      expect(internal.error.code).toBe('INTERNAL');
      expect(internal.error.message).not.toContain('Wing');
      expect(internal.error.message).not.toContain('/home');
    }
    expect(onInternalError).toHaveBeenCalledOnce();
  });

  it('records activity only for well-formed requests', async () => {
    const onActivity = vi.fn();
    const { handlers } = fakeHandlers();
    await invokeChannel(handlers, 'caseGet', { id: 42 }, { onActivity });
    expect(onActivity).not.toHaveBeenCalled();
    await invokeChannel(handlers, 'caseGet', { id: 'abc' }, { onActivity });
    expect(onActivity).toHaveBeenCalledOnce();
  });
});
