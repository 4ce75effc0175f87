/**
 * The settings' defaults and the JSON Schema their file is checked with: one home for the main
 * process (electron-store), the CLI (conf) and the renderer's first paint before they are read.
 * The IPC contract's `settings` type is the full shape; these are its non-sensitive defaults.
 */
export const settingsDefaults = { uiLanguage: 'en', documentLanguage: 'en', lockTimeoutMinutes: 10 } as const;

/** The JSON Schema of settings.json, as conf and electron-store take it. */
export const settingsFileSchema = {
  uiLanguage: { type: 'string', enum: ['en', 'fr'] },
  documentLanguage: { type: 'string', enum: ['en', 'fr'] },
  lockTimeoutMinutes: { type: 'integer', minimum: 1, maximum: 240 },
  counselProfile: { type: 'object' },
  appMode: { type: 'string', enum: ['advocate', 'interpreter'] },
} as const;

/**
 * settings.json holds counsel's name, address and bar number: readable by its owner only, like
 * every file of the vault.
 */
export const SETTINGS_FILE_MODE = 0o600;
