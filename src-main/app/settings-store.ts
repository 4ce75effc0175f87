import { renameSync } from 'node:fs';
import path from 'node:path';
import ElectronStore from 'electron-store';
import { SETTINGS_FILE_MODE, settingsFileSchema } from '../core/settings-defaults.ts';
import { contract } from '../ipc/contract.ts';
import type { SettingsPort } from '../services/index.ts';
import { defaultSettings, type Settings } from '../services/ports.ts';

/**
 * Non-sensitive preferences (UI and document language, lock timeout) in userData/settings.json
 * through electron-store. Never case data: the store is a plain JSON file. A corrupt file is
 * set aside (renamed, never deleted) and the defaults are used, rather than either crashing or
 * letting electron-store silently wipe it (`clearInvalidConfig` stays false).
 */
const CONFIG_NAME = 'settings';

function openStore(dir: string): ElectronStore<Settings> {
  return new ElectronStore<Settings>({
    cwd: dir,
    name: CONFIG_NAME,
    defaults: defaultSettings,
    schema: settingsFileSchema,
    configFileMode: SETTINGS_FILE_MODE,
    clearInvalidConfig: false,
  });
}

export interface ElectronSettings extends SettingsPort {
  /** Set when the file could not be read and was renamed aside on start. */
  readonly quarantined: string | null;
}

export function createElectronSettings(dir: string, now: () => Date = () => new Date()): ElectronSettings {
  let store: ElectronStore<Settings>;
  let quarantined: string | null = null;
  try {
    store = openStore(dir);
  } catch {
    const file = path.join(dir, `${CONFIG_NAME}.json`);
    quarantined = `${file}.corrupt-${now().getTime()}`;
    renameSync(file, quarantined);
    store = openStore(dir);
  }
  const read = (): Settings => contract.settingsGet.output.parse({ ...defaultSettings, ...store.store });
  return {
    quarantined,
    damaged: () => quarantined !== null,
    get: read,
    set: (patch) => {
      const checked = contract.settingsSet.input.parse(patch);
      store.set({ ...read(), ...Object.fromEntries(Object.entries(checked).filter(([, value]) => value !== undefined)) });
      return read();
    },
  };
}
