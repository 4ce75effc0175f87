import { existsSync, renameSync } from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import { SETTINGS_FILE_MODE, settingsFileSchema } from '../core/settings-defaults.ts';
import { defaultSettings, type Settings, type SettingsPatch, type SettingsPort } from './ports.ts';

/**
 * Settings for the CLI and tests through `conf`, the core that electron-store wraps. Nothing is
 * written until a setting is changed: reading the defaults of a folder with no settings file (a
 * mistyped --vault, say) must not create the folder or the file.
 */
export function createConfSettings(dir: string, now: () => Date = () => new Date()): SettingsPort {
  let store: Conf<Settings> | undefined;
  let damaged = false;
  const file = path.join(dir, 'settings.json');
  const create = () =>
    new Conf<Settings>({
      cwd: dir,
      configName: 'settings',
      projectName: 'dossier',
      defaults: defaultSettings,
      schema: settingsFileSchema,
      configFileMode: SETTINGS_FILE_MODE,
      clearInvalidConfig: false,
    });
  /** A damaged file (bad JSON, or values outside the schema) is renamed aside, never deleted, and the defaults are used; as the app does. */
  const open = (): Conf<Settings> => {
    if (store) return store;
    try {
      store = create();
      void store.store;
    } catch {
      renameSync(file, `${file}.corrupt-${String(now().getTime())}`);
      damaged = true;
      store = create();
    }
    return store;
  };
  const read = (): Settings => (store || existsSync(file) ? { ...defaultSettings, ...open().store } : { ...defaultSettings });
  return {
    damaged: () => damaged,
    get: read,
    set: (patch) => {
      const target = open();
      for (const [key, value] of Object.entries(patch) as [keyof Settings, Settings[keyof Settings] | undefined][]) {
        if (value !== undefined) target.set(key, value);
      }
      return read();
    },
  };
}

/** In-memory settings for tests that need no disk at all. */
export function createMemorySettings(initial: Partial<Settings> = {}): SettingsPort {
  let current: Settings = { ...defaultSettings, ...initial };
  return {
    get: () => current,
    set: (patch: SettingsPatch) => {
      const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<Settings>;
      current = { ...current, ...defined };
      return current;
    },
  };
}
