import { useCallback, useEffect, useState } from 'react';
import type { IpcError, VaultStatusDto } from '../../src-main/ipc/contract.ts';
import { api, onLocked } from './bridge.ts';
import { forgetSavedCases } from './case-editor.ts';

export interface VaultView {
  readonly status: VaultStatusDto | null;
  readonly error: IpcError | null;
  readonly accept: (status: VaultStatusDto) => void;
}

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

  return { status, error, accept };
}
