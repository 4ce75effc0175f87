import { app, dialog, ipcMain, Menu, powerMonitor, protocol, safeStorage, session, shell, type BrowserWindow } from 'electron';
import { registerIpcHandlers } from '../ipc/register.ts';
import { installAppProtocol, registerAppScheme } from '../security/app-protocol.ts';
import { findForbiddenSwitches } from '../security/command-line.ts';
import { removeForeignIpcListeners } from '../security/ipc-listeners.ts';
import { guardWebContents } from '../security/navigation.ts';
import { createRedactor } from '../security/redact.ts';
import { createBlockedRequestCounter } from '../security/request-filter.ts';
import { hardenNewSessions, hardenSession, type SessionHardeningOptions } from '../security/session-hardening.ts';
import { createTrustedContents } from '../security/trusted-contents.ts';
import { UI_PARTITION } from '../security/web-preferences.ts';
import { packetRenderersFrom } from '../packet/pages/open.ts';
import { openElectronPrinter } from '../render/pdf/open-electron-printer.ts';
import { configureResources, developmentResources, packagedResources } from '../services/resources.ts';
import { createServices, type Services } from '../services/index.ts';
import { createDialogPort, createShellPort } from './dialog.ts';
import { exposeShellDiagnostics } from './diagnostics.ts';
import { createSafeStorageKeyStore } from './key-store.ts';
import { lockOnSleep } from './lock-on-sleep.ts';
import { createFileLogger } from './logger.ts';
import { menuTemplate } from './menu.ts';
import { appPaths } from './paths.ts';
import { createElectronSettings } from './settings-store.ts';
import { createMainWindow } from './window.ts';

/**
 * The Electron entry point. Order matters: the userData override, the privileged scheme and the
 * sandbox switch must all happen before the app is ready; sessions are hardened as they are
 * created; IPC is registered before the first window can load.
 */
const development = !app.isPackaged;

// Development and end-to-end runs may point userData at a temporary folder; a packaged app ignores this.
const userDataOverride = process.env['DOSSIER_USER_DATA_DIR'];
if (development && userDataOverride) app.setPath('userData', userDataOverride);

registerAppScheme(protocol);
app.enableSandbox();

const paths = appPaths(app.getPath('userData'), import.meta.dirname);
configureResources(app.isPackaged ? packagedResources(process.resourcesPath) : developmentResources(import.meta.dirname));
const redactor = createRedactor([
  { path: paths.userData, label: '<userData>' },
  { path: app.getPath('home'), label: '~' },
]);
const log = createFileLogger(paths.logDir, redactor);

/** Only the error's class name is logged: messages can carry paths or client data. */
const errorName = (error: unknown) => (error instanceof Error ? error.name : typeof error);

function start(): void {
  let mainWindow: BrowserWindow | null = null;
  let services: Services | null = null;

  const counter = createBlockedRequestCounter();
  exposeShellDiagnostics(counter);
  const hardening: SessionHardeningOptions = {
    policy: { allowDevTools: development },
    counter,
    onBlocked: (scheme) => log.info('network.blocked', { scheme }),
    onDownloadRefused: () => log.info('download.refused'),
  };
  hardenNewSessions(app, hardening);

  const trusted = createTrustedContents();
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, (what) => log.info('navigation.denied', { what })));

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // Quitting when the window closes (macOS included) takes the unlocked key out of memory.
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    services?.dispose().catch((error: unknown) => log.error('services.dispose-failed', { error: errorName(error) }));
    log.info('app.quit');
    log.close();
  });

  const onReady = () => {
    hardenSession(session.defaultSession, hardening);
    const uiSession = session.fromPartition(UI_PARTITION, { cache: false });
    hardenSession(uiSession, hardening);
    installAppProtocol(uiSession.protocol, paths.rendererDir, {
      onRefused: (status, reason) => log.info('protocol.refused', { status, reason }),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform, development)));

    const settings = createElectronSettings(paths.settingsDir);
    if (settings.quarantined !== null) log.error('settings.quarantined');
    services = createServices({
      dataDir: paths.vaultDir,
      keyStore: createSafeStorageKeyStore(safeStorage, process.platform),
      settings,
      log,
      openPacketRenderers: packetRenderersFrom(openElectronPrinter),
      openDocumentPrinter: openElectronPrinter,
      prewarmPrinter: true,
      dialog: createDialogPort(dialog, () => mainWindow),
      shell: createShellPort(shell),
    });
    const { onActivity, vault } = services;
    lockOnSleep(powerMonitor, () => vault.lock(), log);
    registerIpcHandlers({
      ipcMain,
      handlers: services.handlers,
      trusted,
      hooks: { onActivity, onInternalError: (channel, error) => log.error('ipc.internal-error', { channel, error: errorName(error) }) },
      onForbiddenSender: (channel) => log.error('ipc.forbidden-sender', { channel }),
    });
    const silenced = removeForeignIpcListeners(ipcMain);
    if (silenced.length > 0) log.info('ipc.foreign-listeners-removed', { count: silenced.length });

    mainWindow = createMainWindow({ preload: paths.preload, devTools: development, trusted, log });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
    log.info('app.ready', { packaged: !development });
  };

  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      log.error('app.start-failed', { error: errorName(error) });
      app.exit(1);
    });
}

const forbidden = development ? [] : findForbiddenSwitches((name) => app.commandLine.hasSwitch(name));
if (forbidden.length > 0) {
  log.error('app.forbidden-switch', { switch: forbidden[0] ?? 'unknown', count: forbidden.length });
  app.exit(1);
} else if (!app.requestSingleInstanceLock()) {
  // Two processes must never write the same vault: the running one is focused instead.
  log.info('app.second-instance');
  app.quit();
} else {
  start();
}
