import { settingsDefaults } from '../core/settings-defaults.ts';
import type { SettingsDto } from '../ipc/contract.ts';

export type Settings = SettingsDto;

export const defaultSettings: Settings = { ...settingsDefaults };

/** Non-sensitive settings: electron-store in the app, conf in Node. Never holds client data. */
export type SettingsPatch = { readonly [K in keyof Settings]?: Settings[K] | undefined };

export interface SettingsPort {
  get(): Settings;
  /** Applies the fields present in `patch`; `undefined` fields are left unchanged. */
  set(patch: SettingsPatch): Settings;
  /** True when the settings file was unreadable, set aside and replaced by the defaults (reported with the vault's recovered files). */
  damaged?(): boolean;
}

export type LogFields = Record<string, string | number | boolean>;

/** Logs carry event names and non-identifying fields only: never names, paths or case content. */
export interface Logger {
  info(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

export const silentLogger: Logger = { info: () => undefined, error: () => undefined };

export interface FileFilter {
  readonly name: string;
  readonly extensions: readonly string[];
}

/**
 * The operating system's file dialogs, shown by the main process itself so that no request from
 * the renderer ever carries a path. Electron's dialog in the app (app/dialog.ts); a stub in tests.
 */
export interface DialogPort {
  /** The files the user chose; empty when the dialog was closed. */
  pickFiles(filters: readonly FileFilter[]): Promise<string[]>;
  /** The folder the user chose, or null when the dialog was closed. */
  pickDirectory(): Promise<string | null>;
  /** The file the user chose to save as, starting from `defaultName`, or null when the dialog was closed. */
  saveFile(defaultName: string, filters: readonly FileFilter[]): Promise<string | null>;
}

/** Reveals a file in the system file manager (never opens it, never a URL). */
export interface ShellPort {
  showItemInFolder(file: string): void;
}
