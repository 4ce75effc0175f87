import { useCallback, useEffect, useState } from 'react';
import { settingsDefaults } from '../../src-main/core/settings-defaults.ts';
import type { IpcError, SettingsDto } from '../../src-main/ipc/contract.ts';
import { api } from './bridge.ts';

export const defaultSettings: SettingsDto = { ...settingsDefaults };

export interface SettingsView {
  readonly settings: SettingsDto;
  readonly error: IpcError | null;
  /** Whether the stored settings have been read (or failed to read) at least once. */
  readonly loaded: boolean;
  /** Saves a change; resolves to the error, if any. */
  readonly update: (patch: Partial<SettingsDto>) => Promise<IpcError | null>;
}

/** Settings, read again whenever `loadKey` changes (null: not yet); changes apply at once and are then stored. */
export function useSettings(loadKey: string | null): SettingsView {
  const [settings, setSettings] = useState<SettingsDto>(defaultSettings);
  const [error, setError] = useState<IpcError | null>(null);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    if (loadKey === null) return;
    let current = true;
    void api.settingsGet().then((result) => {
      if (!current) return;
      if (result.ok) setSettings(result.value);
      else setError(result.error);
      setLoaded(true);
    });
    return () => {
      current = false;
    };
  }, [loadKey]);

  const update = useCallback(async (patch: Partial<SettingsDto>) => {
    setSettings((current) => ({ ...current, ...patch }));
    const result = await api.settingsSet(patch);
    if (result.ok) {
      setSettings(result.value);
      setError(null);
      return null;
    }
    setError(result.error);
    return result.error;
  }, []);

  return { settings, error, loaded, update };
}
