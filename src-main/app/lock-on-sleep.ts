import type { Logger } from '../services/ports.ts';

/** The part of Electron's powerMonitor this needs: its events, by name. */
export interface PowerEvents {
  on(event: 'suspend' | 'lock-screen', listener: () => void): unknown;
}

/** Events on which the vault locks: the computer going to sleep, and the screen locking (macOS and Windows report it). */
export const lockEvents = ['suspend', 'lock-screen'] as const;

/**
 * Locks the vault when the computer sleeps or its screen locks, so the key leaves memory
 * before anyone else can reach the machine; the renderer sees the lock at its next call or
 * status poll and shows the unlock screen.
 */
export function lockOnSleep(power: PowerEvents, lock: () => void, log: Logger): void {
  for (const event of lockEvents)
    power.on(event, () => {
      lock();
      log.info('vault.locked-by-system', { event });
    });
}
