import { useCallback, useEffect, useState } from 'react';
import type { IpcError, VaultStatusDto } from '../../src-main/ipc/contract.ts';
import { api, onLocked } from './bridge.ts';
import { forgetSavedCases } from './case-editor.ts';

export interface VaultView {
  readonly status: VaultStatusDto | null;
  readonly error: IpcError | null;
  readonly accept: (status: VaultStatusDto) => void;
}

/** How often an open vault is asked whether it has replaced a damaged file. */
const RECOVERY_POLL_MS = 2000;

/** The vault's state as the app shows it; a LOCKED answer from any call flips it to locked. */
export function useVault(): VaultView {
  const [status, setStatus] = useState<VaultStatusDto | null>(null);
  const [error, setError] = useState<IpcError | null>(null);

  const accept = useCallback((next: VaultStatusDto) => {
    if (next.state === 'locked') forgetSavedCases();
    setStatus(next);
  }, []);

  useEffect(() => {
    let current = true;
    void api.vaultStatus().then((result) => {
      if (!current) return;
      if (result.ok) setStatus(result.value);
      else setError(result.error);
    });
    const stop = onLocked(() => {
      forgetSavedCases();
      setStatus((state) => (state ? { ...state, state: 'locked' } : state));
    });
    return () => {
      current = false;
      stop();
    };
  }, []);

  // A damaged case or attachment is found when it is read, long after unlock: ask again while the
  // vault is open so the recovery banner appears as soon as the main process has replaced a file.
  const open = status?.state === 'unlocked' || status?.state === 'read-only';
  const recoveredCount = status?.recovered.length ?? 0;
  useEffect(() => {
    if (!open) return undefined;
    const timer = window.setInterval(() => {
      void api.vaultStatus().then((result) => {
        if (result.ok && result.value.state !== 'locked' && result.value.recovered.length !== recoveredCount) setStatus(result.value);
      });
    }, RECOVERY_POLL_MS);
    return () => window.clearInterval(timer);
  }, [open, recoveredCount]);

  return { status, error, accept };
}
