import path from 'node:path';

/** Where the app keeps things, all derived from Electron's userData folder and the bundle layout. */
export interface AppPaths {
  readonly userData: string;
  readonly vaultDir: string;
  readonly logDir: string;
  readonly settingsDir: string;
  readonly preload: string;
  readonly rendererDir: string;
}

/** `mainDir` is the folder of the built main bundle (out/main); preload and renderer sit beside it. */
export function appPaths(userData: string, mainDir: string): AppPaths {
  return {
    userData,
    vaultDir: path.join(userData, 'vault'),
    logDir: path.join(userData, 'logs'),
    settingsDir: userData,
    preload: path.join(mainDir, '..', 'preload', 'index.cjs'),
    rendererDir: path.join(mainDir, '..', 'renderer'),
  };
}
