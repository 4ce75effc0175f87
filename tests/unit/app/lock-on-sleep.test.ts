import { describe, expect, it } from 'vitest';
import { lockEvents, lockOnSleep } from '../../../src-main/app/lock-on-sleep.ts';
import { silentLogger } from '../../../src-main/services/ports.ts';
import { newVault, sampleCase, tempVaultDir } from '../vault/support.ts';

describe('lock on sleep and screen lock', () => {
  it.each(lockEvents)('%s locks the vault: the key leaves memory', async (event) => {
    const vault = await newVault(tempVaultDir());
    await vault.writeCase(sampleCase('case-0001'), 0);
    const handlers = new Map<string, () => void>();
    lockOnSleep({ on: (name, listener) => handlers.set(name, listener) }, () => vault.lock(), silentLogger);
    expect([...handlers.keys()].sort()).toEqual(['lock-screen', 'suspend']);
    handlers.get(event)?.();
    expect((await vault.status()).state).toBe('locked');
    await expect(vault.readCase('case-0001')).rejects.toMatchObject({ code: 'LOCKED' });
  });
});
