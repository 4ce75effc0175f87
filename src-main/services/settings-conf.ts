import Conf from 'conf';
import { defaultSettings, type Settings, type SettingsPatch, type SettingsPort } from './ports.ts';

/** Settings for the CLI and tests through `conf`, the core that electron-store wraps. */
export function createConfSettings(dir: string): SettingsPort {
  const store = new Conf<Settings>({
    cwd: dir,
    configName: 'settings',
    projectName: 'dossier',
    defaults: defaultSettings,
    schema: {
      uiLanguage: { type: 'string', enum: ['en', 'fr'] },
      documentLanguage: { type: 'string', enum: ['en', 'fr'] },
      lockTimeoutMinutes: { type: 'integer', minimum: 1, maximum: 240 },
      counselProfile: { type: 'object' },
      appMode: { type: 'string', enum: ['advocate', 'interpreter'] },
    },
  });
  return {
    get: () => ({ ...defaultSettings, ...store.store }),
    set: (patch) => {
      for (const [key, value] of Object.entries(patch) as [keyof Settings, Settings[keyof Settings] | undefined][]) {
        if (value !== undefined) store.set(key, value);
      }
      return { ...defaultSettings, ...store.store };
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
