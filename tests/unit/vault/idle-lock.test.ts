import { afterEach, describe, expect, it, vi } from 'vitest';
import { endSession, liveKey, type Session } from '../../../src-main/vault/session.ts';
import { nodeFsPort, type FsPort } from '../../../src-main/vault/fs-port.ts';
import type { TimerPort } from '../../../src-main/vault/idle-timer.ts';
import { codeOf, newVault, PASSPHRASE, sampleCase, tempVaultDir } from './support.ts';

function manualTimers(): TimerPort & { pending: Map<number, { fire: () => void; ms: number }>; elapse: () => void } {
  const pending = new Map<number, { fire: () => void; ms: number }>();
  let next = 0;
  return {
    pending,
    setTimeout: (fire, ms) => {
      next += 1;
      pending.set(next, { fire, ms });
      return next;
    },
    clearTimeout: (handle) => pending.delete(handle as number),
    elapse: () => {
      for (const [id, timer] of [...pending]) {
        pending.delete(id);
        timer.fire();
      }
    },
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('vault idle lock', () => {
  it('locks after the timeout without touch(); every data call then answers LOCKED', async () => {
    const timers = manualTimers();
    const onLocked = vi.fn();
    const vault = await newVault(tempVaultDir(), { timers, idleTimeoutMs: 5_000, onLocked });
    const saved = await vault.writeCase(sampleCase('case-0001'), 0);
    const blob = await vault.putBlob(new Uint8Array([1]));
    expect([...timers.pending.values()].map((t) => t.ms)).toEqual([5_000]);
    timers.elapse();
    expect(onLocked).toHaveBeenCalledTimes(1);
    expect(await vault.status()).toMatchObject({ state: 'locked' });
    const calls = [
      vault.listCases(),
      vault.readCase('case-0001'),
      vault.writeCase(saved.case, 1),
      vault.deleteCase('case-0001'),
      vault.putBlob(new Uint8Array([2])),
      vault.getBlob(blob.blobId),
      vault.backup('manual'),
      vault.changePassphrase(PASSPHRASE, 'something else entirely'),
    ];
    for (const call of calls) expect(await codeOf(call)).toBe('LOCKED');
    await vault.unlock({ method: 'passphrase', passphrase: PASSPHRASE });
    expect(await vault.readCase('case-0001')).toMatchObject({ revision: 1 });
    // Timeouts beyond what a timer can hold are capped rather than overflowing into an instant lock.
    vault.setIdleTimeout(2 ** 40);
    expect([...timers.pending.values()].map((t) => t.ms)).toEqual([2 ** 31 - 1]);
  });

  it('touch() restarts the countdown and setIdleTimeout changes it', async () => {
    vi.useFakeTimers();
    const vault = await newVault(tempVaultDir(), { idleTimeoutMs: 1_000 });
    vi.advanceTimersByTime(900);
    vault.touch();
    vi.advanceTimersByTime(900);
    expect((await vault.status()).state).toBe('unlocked');
    vault.setIdleTimeout(5_000);
    vi.advanceTimersByTime(4_000);
    expect((await vault.status()).state).toBe('unlocked');
    vi.advanceTimersByTime(1_001);
    expect((await vault.status()).state).toBe('locked');
    expect(await codeOf(vault.listCases())).toBe('LOCKED');
    expect(await codeOf(() => vault.setIdleTimeout(0))).toBe('VALIDATION');
  });

  it('a save in flight when the vault locks fails with LOCKED and never writes a file under a zeroed key', async () => {
    const dir = tempVaultDir();
    let duringRead = () => undefined as void;
    const fs: FsPort = { ...nodeFsPort, readFile: async (p) => (await Promise.resolve(), duringRead(), nodeFsPort.readFile(p)) };
    const vault = await newVault(dir, { fs });
    const first = await vault.writeCase(sampleCase('case-0001'), 0);
    // The lock lands while the save is between reading the current revision and encrypting.
    duringRead = () => vault.lock();
    const pending = vault.writeCase({ ...first.case, notes: 'late' }, 1);
    expect(await codeOf(pending)).toBe('LOCKED');
    duringRead = () => undefined;
    const status = await vault.unlock({ method: 'passphrase', passphrase: PASSPHRASE });
    expect(status.recovered).toEqual([]);
    expect(await vault.readCase('case-0001')).toMatchObject({ revision: 1 });
  });

  it('ending a session overwrites the key bytes and forgets the index', async () => {
    const key = Buffer.alloc(32, 0xab);
    const session: Session = {
      key,
      alive: true,
      keyMethod: 'passphrase',
      hasRecoveryCode: false,
      index: new Map([['x', {} as never]]),
      readOnlyReason: undefined,
      migrationBackupTaken: false,
      dailyBackupFailed: false,
      recovered: [],
    };
    endSession(session);
    expect([...key].every((b) => b === 0)).toBe(true);
    expect(session.index.size).toBe(0);
    expect(await codeOf(() => liveKey(session))).toBe('LOCKED');
  });
});
