import type { WebPreferences } from 'electron';

/**
 * The only web preferences a Dossier window gets. Spelled out even where they match Electron's
 * defaults, so a future default change (or a copied snippet) cannot quietly weaken them.
 */

/** No `persist:` prefix: the UI session lives in memory, so Chromium keeps no Local Storage, IndexedDB or cache on disk. */
export const UI_PARTITION = 'dossier-ui';

export interface WindowSecurityOptions {
  readonly preload: string;
  readonly devTools: boolean;
}

export function secureWebPreferences(options: WindowSecurityOptions): WebPreferences {
  return {
    preload: options.preload,
    partition: UI_PARTITION,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    // Spellcheck dictionaries are downloaded from Google's CDN on Windows and Linux.
    spellcheck: false,
    devTools: options.devTools,
    navigateOnDragDrop: false,
    safeDialogs: true,
  };
}
