import { isBuiltin } from 'node:module';
import { execFileSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channelName, channels, type Result } from '../../src-main/ipc/contract.ts';
import { CONTENT_SECURITY_POLICY } from '../../src-main/security/csp.ts';
import type { BeforeRequestListener } from '../../src-main/security/request-filter.ts';
import { secureWebPreferences, UI_PARTITION } from '../../src-main/security/web-preferences.ts';

/**
 * The whole main process (src-main/app/main.ts with the real services and vault) started against
 * a stand-in `electron` module, because the Electron binary cannot be downloaded here. It proves
 * the wiring: what runs before ready, which sessions are hardened, what the window gets, and that
 * IPC reaches the services only from our own frame. The same checks against real Electron live
 * in tests/electron/shell.e2e.ts.
 */

type Handler = (event: unknown, input?: unknown) => Promise<Result<unknown>>;

interface FakeSession extends EventEmitter {
  partition: string;
  beforeRequest?: BeforeRequestListener;
  permissionCheck?: (webContents: unknown, permission: string) => boolean;
  permissionRequest?: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void;
  spellcheck: boolean;
  protocolHandlers: Map<string, (request: Request) => Promise<Response>>;
}

interface FakeWindow {
  options: { webPreferences: Record<string, unknown> };
  webContents: EventEmitter & { id: number; windowOpen?: () => unknown };
  loaded: string[];
  focused: number;
}

interface ShellState {
  calls: string[];
  packaged: boolean;
  lock: boolean;
  paths: Map<string, string>;
  switches: Set<string>;
  ready: { resolve: () => void };
  app?: EventEmitter;
  ipcHandlers: Map<string, Handler>;
  ipcMain?: EventEmitter;
  powerMonitor?: EventEmitter;
  sessions: FakeSession[];
  createSession?: (partition: string) => FakeSession;
  windows: FakeWindow[];
  menu?: unknown;
  partitionOptions?: unknown;
}

const state = vi.hoisted((): ShellState => ({
  calls: [],
  packaged: false,
  lock: true,
  paths: new Map(),
  switches: new Set(),
  ready: { resolve: () => undefined },
  ipcHandlers: new Map(),
  sessions: [],
  windows: [],
}));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  let nextId = 1;

  const createSession = (partition: string): FakeSession => {
    const session = Object.assign(new Emitter(), {
      partition,
      spellcheck: true,
      protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    }) as FakeSession;
    Object.assign(session, {
      webRequest: { onBeforeRequest: (listener: BeforeRequestListener) => (session.beforeRequest = listener) },
      setPermissionRequestHandler: (handler: NonNullable<FakeSession['permissionRequest']>) => (session.permissionRequest = handler),
      setPermissionCheckHandler: (handler: NonNullable<FakeSession['permissionCheck']>) => (session.permissionCheck = handler),
      setDevicePermissionHandler: () => undefined,
      setSpellCheckerEnabled: (enabled: boolean) => (session.spellcheck = enabled),
      protocol: {
        handle: (scheme: string, handler: (request: Request) => Promise<Response>) => session.protocolHandlers.set(scheme, handler),
      },
    });
    state.sessions.push(session);
    return session;
  };
  state.createSession = createSession;

  const readyPromise = new Promise<void>((resolve) => {
    state.ready.resolve = resolve;
  });
  const app = Object.assign(new Emitter(), {
    get isPackaged() {
      return state.packaged;
    },
    commandLine: { hasSwitch: (name: string) => state.switches.has(name) },
    setPath: (name: string, value: string) => {
      state.calls.push(`setPath:${name}`);
      state.paths.set(name, value);
    },
    getPath: (name: string) => state.paths.get(name) ?? path.join(tmpdir(), 'dossier-unset', name),
    enableSandbox: () => state.calls.push('enableSandbox'),
    requestSingleInstanceLock: () => {
      state.calls.push('requestSingleInstanceLock');
      return state.lock;
    },
    whenReady: () => {
      state.calls.push('whenReady');
      return readyPromise;
    },
    quit: () => state.calls.push('quit'),
    exit: (code: number) => state.calls.push(`exit:${code}`),
  });
  state.app = app;

  const ipcMain = Object.assign(new Emitter(), {
    handle: (channel: string, handler: Handler) => state.ipcHandlers.set(channel, handler),
    removeHandler: (channel: string) => state.ipcHandlers.delete(channel),
  });
  state.ipcMain = ipcMain;

  class BrowserWindow extends Emitter {
    readonly options: FakeWindow['options'];
    readonly webContents: FakeWindow['webContents'];
    readonly loaded: string[] = [];
    focused = 0;
    constructor(options: FakeWindow['options']) {
      super();
      this.options = options;
      state.calls.push('BrowserWindow');
      this.webContents = Object.assign(new Emitter(), { id: nextId++ });
      Object.assign(this.webContents, { setWindowOpenHandler: (handler: () => unknown) => (this.webContents.windowOpen = handler) });
      state.windows.push(this);
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {
      this.focused += 1;
    }
    show() {}
  }

  const defaultSession = createSession('default');
  return {
    app,
    ipcMain,
    BrowserWindow,
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => state.calls.push(`registerSchemesAsPrivileged:${JSON.stringify(schemes)}`),
    },
    session: {
      defaultSession,
      fromPartition: (partition: string, options: unknown) => {
        state.partitionOptions = options;
        const session = createSession(partition);
        app.emit('session-created', session);
        return session;
      },
    },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => (state.menu = menu),
    },
    dialog: { showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }) },
    shell: { showItemInFolder: () => undefined },
    powerMonitor: (state.powerMonitor = new Emitter()),
    safeStorage: {
      isAsyncEncryptionAvailable: () => Promise.resolve(true),
      getSelectedStorageBackend: () => 'basic_text',
      encryptStringAsync: () => Promise.reject(new Error('not in this test')),
      decryptStringAsync: () => Promise.reject(new Error('not in this test')),
    },
  };
});

// electron-store imports the real electron from node_modules; this stand-in behaves like it,
// including the synchronous IPC listener it adds, which the shell must remove.
vi.mock('electron-store', async () => {
  const electron = await import('electron');
  return {
    default: class FakeElectronStore<T extends Record<string, unknown>> {
      store: T;
      constructor(options: { defaults: T }) {
        electron.ipcMain.on('electron-store-get-data', () => undefined);
        this.store = { ...options.defaults };
      }
      set(values: Partial<T>) {
        this.store = { ...this.store, ...values };
      }
    },
  };
});

const ourFrame = { url: 'app://dossier/index.html', parent: null, detached: false };

describe('main process wiring (stand-in electron module)', () => {
  let base: string;
  let window: FakeWindow;

  const call = (channel: (typeof channels)[number], event: unknown, input?: unknown) => {
    const handler = state.ipcHandlers.get(channelName(channel));
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(event, input);
  };

  beforeAll(async () => {
    base = await mkdtemp(path.join(tmpdir(), 'dossier-shell-'));
    state.paths.set('home', base);
    vi.stubEnv('DOSSIER_USER_DATA_DIR', path.join(base, 'userData'));
    await import('../../src-main/app/main.ts');
    state.calls.push('ready');
    state.ready.resolve();
    await vi.waitFor(() => expect(state.windows).toHaveLength(1));
    window = state.windows[0] as FakeWindow;
  });

  afterAll(async () => {
    vi.unstubAllEnvs();
    state.app?.emit('will-quit');
    await rm(base, { recursive: true, force: true });
  });

  it('sets userData, registers the app scheme and enables the sandbox before the app is ready', () => {
    const beforeReady = state.calls.slice(0, state.calls.indexOf('ready'));
    expect(beforeReady).toEqual([
      'setPath:userData',
      'registerSchemesAsPrivileged:[{"scheme":"app","privileges":{"standard":true,"secure":true,"supportFetchAPI":true}}]',
      'enableSandbox',
      'requestSingleInstanceLock',
      'whenReady',
    ]);
  });

  it('creates one window with the secure web preferences and loads app://dossier/index.html', () => {
    const preferences = window.options.webPreferences;
    expect(preferences).toEqual(secureWebPreferences({ preload: String(preferences['preload']), devTools: true }));
    expect(String(preferences['preload'])).toMatch(/preload[/\\]index\.cjs$/);
    expect(window.loaded).toEqual(['app://dossier/index.html']);
  });

  it('locks the vault when the computer sleeps or its screen locks', () => {
    expect(state.powerMonitor?.listenerCount('suspend')).toBe(1);
    expect(state.powerMonitor?.listenerCount('lock-screen')).toBe(1);
  });

  it('serves the UI from an in-memory session with the app:// handler installed', () => {
    const ui = state.sessions.find((session) => session.partition === UI_PARTITION);
    expect(ui?.protocolHandlers.has('app')).toBe(true);
    expect(state.partitionOptions).toEqual({ cache: false });
  });

  it('hardens the default session, the UI session and any later session', () => {
    const later = state.createSession?.('later');
    if (later) state.app?.emit('session-created', later);
    expect(state.sessions.length).toBeGreaterThanOrEqual(3);
    for (const session of state.sessions) {
      expect(session.spellcheck, session.partition).toBe(false);
      expect(session.permissionCheck?.(null, 'media'), session.partition).toBe(false);
      const response = vi.fn();
      session.beforeRequest?.({ url: 'https://example.com/' }, response);
      expect(response, session.partition).toHaveBeenCalledWith({ cancel: true });
      const allowed = vi.fn();
      session.beforeRequest?.({ url: 'app://dossier/index.html' }, allowed);
      expect(allowed).toHaveBeenCalledWith({ cancel: false });
    }
  });

  it('exposes the blocked-request counter to the main process, by scheme', () => {
    const diagnostics = (globalThis as { __dossierShell?: { blockedRequests(): { total: number; byScheme: Record<string, number> } } })
      .__dossierShell;
    const before = diagnostics?.blockedRequests().byScheme['wss'] ?? 0;
    state.sessions[0]?.beforeRequest?.({ url: 'wss://example.com/' }, () => undefined);
    expect(diagnostics?.blockedRequests().byScheme['wss']).toBe(before + 1);
  });

  it('registers every contract channel and leaves no other IPC listener (electron-store’s is removed)', () => {
    expect([...state.ipcHandlers.keys()].toSorted()).toEqual(channels.map(channelName).toSorted());
    expect(state.ipcMain?.eventNames()).toEqual([]);
  });

  it('answers our own frame through the real services', async () => {
    const event = { sender: { id: window.webContents.id }, senderFrame: ourFrame };
    await expect(call('settingsGet', event)).resolves.toEqual({
      ok: true,
      value: { uiLanguage: 'en', documentLanguage: 'en', lockTimeoutMinutes: 10 },
    });
    // basic_text on Linux is no keychain; the vault does not exist yet.
    const status = await call('vaultStatus', event);
    expect(status).toMatchObject({ ok: true, value: { state: 'absent' } });
    if (process.platform === 'linux') expect(status).toMatchObject({ value: { keychainUsable: false } });
  });

  it('refuses a subframe, another origin and another webContents', async () => {
    const events = [
      { sender: { id: window.webContents.id }, senderFrame: { ...ourFrame, parent: ourFrame } },
      { sender: { id: window.webContents.id }, senderFrame: { url: 'https://evil.example/', parent: null } },
      { sender: { id: 999 }, senderFrame: ourFrame },
    ];
    for (const event of events) {
      await expect(call('settingsGet', event)).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    }
  });

  it('guards every new webContents: navigation away and window.open are denied', () => {
    const contents = Object.assign(new EventEmitter(), { windowOpen: undefined as (() => unknown) | undefined });
    Object.assign(contents, { setWindowOpenHandler: (handler: () => unknown) => (contents.windowOpen = handler) });
    state.app?.emit('web-contents-created', {}, contents);
    const navigation = { url: 'https://example.com/', preventDefault: vi.fn() };
    contents.emit('will-navigate', navigation);
    expect(navigation.preventDefault).toHaveBeenCalledOnce();
    expect(contents.windowOpen?.()).toEqual({ action: 'deny' });
  });

  it('focuses the running window when a second instance starts', () => {
    const before = window.focused;
    state.app?.emit('second-instance');
    expect(window.focused).toBe(before + 1);
  });

  it('installs a minimal menu without Electron’s Help links', () => {
    const roles = JSON.stringify(state.menu);
    expect(roles).not.toMatch(/help/i);
    expect(roles).toContain('editMenu');
  });

  it('logs event names without the user’s paths', async () => {
    const logFile = path.join(base, 'userData', 'logs', 'main.log');
    await vi.waitFor(async () => expect(await readFile(logFile, 'utf8')).toContain('"event":"app.ready"'));
    expect(await readFile(logFile, 'utf8')).not.toContain(base);
  });
});

describe('built bundles (electron-vite build)', () => {
  const root = path.resolve(import.meta.dirname, '../..');
  let outDir: string;

  beforeAll(async () => {
    outDir = await mkdtemp(path.join(tmpdir(), 'dossier-build-'));
    const cli = path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
    execFileSync(process.execPath, [cli, 'build', '--outDir', outDir, '--logLevel', 'error'], {
      cwd: root,
      stdio: 'pipe',
      timeout: 180_000,
    });
  }, 200_000);

  afterAll(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  const read = (...parts: string[]) => readFile(path.join(outDir, ...parts), 'utf8');

  it('the preload is CommonJS that requires nothing but electron (all a sandboxed preload may load)', async () => {
    const preload = await read('preload', 'index.cjs');
    const required = [...preload.matchAll(/\brequire\((["'])([^"']+)\1\)/g)].map((match) => match[2]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(preload).not.toMatch(/^\s*(import|export)\s/m);
  });

  it('the main bundle imports only electron, Node built-ins and the modules shipped beside it (sharp, PDFium, tesseract.js)', async () => {
    const main = await read('main', 'index.js');
    const imported = [
      ...main.matchAll(/^import\s+(?:[^'"]*?\s+from\s+)?"([^"]+)";?$/gm),
      ...main.matchAll(/\bimport\(\s*"([^"]+)"\s*\)/g),
    ].map((match) => match[1] ?? '');
    expect(imported.length).toBeGreaterThan(0);
    // sharp (libvips over N-API) cannot be bundled; PDFium's and tesseract.js's loaders read their
    // WebAssembly and worker files beside them. electron-builder.yml ships all three (its test checks).
    const shipped = new Set(['electron', 'sharp', '@embedpdf/pdfium', 'tesseract.js']);
    expect(imported.filter((name) => !shipped.has(name) && !isBuiltin(name))).toEqual([]);
  });

  it('the renderer carries the CSP meta and loads nothing from outside', async () => {
    const html = await read('renderer', 'index.html');
    expect(html).toContain(`content="${CONTENT_SECURITY_POLICY}"`);
    expect(html).not.toMatch(/(src|href)=["'](https?:)?\/\//);
  });

  it('emits no source maps', async () => {
    const files = await readdir(outDir, { recursive: true });
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
  });
});
