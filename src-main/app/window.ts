import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from '../security/origin.ts';
import type { TrustedContents } from '../security/trusted-contents.ts';
import { secureWebPreferences } from '../security/web-preferences.ts';
import type { Logger } from '../services/index.ts';

/** The only place a BrowserWindow is created. */
export interface MainWindowOptions {
  readonly preload: string;
  readonly devTools: boolean;
  readonly trusted: TrustedContents;
  readonly log: Logger;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 880,
    minHeight: 600,
    show: false,
    title: 'Dossier',
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences({ preload: options.preload, devTools: options.devTools }),
  });
  // Trusted before the first load, so the page's first IPC call is already recognised.
  options.trusted.add(window.webContents);
  window.once('ready-to-show', () => window.show());
  window.webContents.on('render-process-gone', (_event, details) => options.log.error('renderer.gone', { reason: details.reason }));
  window.loadURL(APP_ENTRY_URL).catch(() => options.log.error('window.load-failed'));
  return window;
}
