import { existsSync } from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import { SETTINGS_FILE_MODE, settingsFileSchema } from '../core/settings-defaults.ts';
import { defaultSettings, type Settings, type SettingsPatch, type SettingsPort } from './ports.ts';

/**
 * Settings for the CLI and tests through `conf`, the core that electron-store wraps. Nothing is
 * written until a setting is changed: reading the defaults of a folder with no settings file (a
 * mistyped --vault, say) must not create the folder or the file.
 */
export function createConfSettings(dir: string): SettingsPort {
  let store: Conf<Settings> | undefined;
  const open = (): Conf<Settings> =>
    (store ??= new Conf<Settings>({
      cwd: dir,
      configName: 'settings',
      projectName: 'dossier',
      defaults: defaultSettings,
      schema: settingsFileSchema,
      configFileMode: SETTINGS_FILE_MODE,
    }));
  const read = (): Settings =>
    store || existsSync(path.join(dir, 'settings.json')) ? { ...defaultSettings, ...open().store } : { ...defaultSettings };
  return {
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
