import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, chromium, expect, type BrowserContext, type Page } from '@playwright/test';
import { channels } from '../../src-main/ipc/contract.ts';
import { invokeChannel } from '../../src-main/ipc/invoke.ts';
import type { ServiceOptions, Services } from '../../src-main/services/index.ts';
import { createNodeServices } from '../../src-main/services/node-services.ts';
import type { OpenPacketRenderers } from '../../src-main/services/packet-build.ts';
import { packetRenderersFrom } from '../../src-main/packet/pages/open.ts';
import { openPlaywrightPrinter } from '../../src-main/render/pdf/open-printer.ts';
import type { KeyStorePort } from '../../src-main/vault/types.ts';
import { createConfSettings } from '../../src-main/services/settings-conf.ts';
import '../setup/no-network.ts';
import { chromiumArgs, chromiumPath, viewport } from './browser.ts';
import { DossierApp } from './pages/app.ts';
import { serveRenderer } from './serve.ts';

/** Cheap scrypt for tests; the vault stores the parameters it used. */
const testScrypt = { N: 2 ** 10, r: 8, p: 1 };

export interface Harness {
  /** The test's temporary folder: vault, settings and the browser profile. */
  readonly root: string;
  readonly vaultDir: string;
  /** Requests the page tried to make outside the app origin (always refused). */
  readonly blocked: readonly string[];
  /** Page errors and console errors (CSP violations among them). */
  readonly pageErrors: readonly string[];
  /** Disposes the services and starts a fresh instance over the same folders, as an app restart would. */
  restartServices(): Promise<void>;
  /** Locks the vault behind the UI's back, as the idle timer in the main process does. */
  lockVaultQuietly(): void;
  /** The stand-in for the OS dialogs: what the next file or folder dialog answers. */
  readonly dialog: StubDialog;
  /** Files the app asked the file manager to reveal. */
  readonly revealed: readonly string[];
  /**
   * Milliseconds each packet build waits before its list of documents is printed (0 by default):
   * a warm build takes a fraction of a second, too quick for a test to press Cancel.
   */
  buildPauseMs: number;
}

export interface StubDialog {
  files: string[];
  directory: string | null;
  /** What the next save dialog answers: a file path, or null as if closed. */
  saveAs: string | null;
  /** The names the save dialog offered, newest last. */
  readonly offered: string[];
}

/**
 * A stand-in for the OS keychain (Electron safeStorage). It only tags the key; the real
 * protection is the platform's and is out of reach of a browser test.
 */
const fakeKeychain: KeyStorePort = {
  backend: () => Promise.resolve('gnome_libsecret'),
  isAvailable: () => Promise.resolve(true),
  encrypt: (plain) => Promise.resolve(new TextEncoder().encode(`test-keychain:${plain}`)),
  decrypt: (wrapped) => Promise.resolve(new TextDecoder().decode(wrapped).replace(/^test-keychain:/, '')),
};

/** The packet printer, made to wait `pause()` ms before each list of documents (the harness's seam for Cancel). */
function pausablePacketRenderers(pause: () => number): OpenPacketRenderers {
  const open = packetRenderersFrom(openPlaywrightPrinter);
  return async () => {
    const opened = await open();
    const { renderers } = opened;
    return {
      ...opened,
      renderers: {
        ...renderers,
        listOfDocuments: async (...args: Parameters<typeof renderers.listOfDocuments>) => {
          const ms = pause();
          if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
          return renderers.listOfDocuments(...args);
        },
      },
    };
  };
}

function startServices(
  root: string,
  keychain: boolean,
  fixedNow: string | null,
  ports: Pick<ServiceOptions, 'dialog' | 'shell'>,
  pause: () => number,
): Services {
  return createNodeServices({
    ...ports,
    openPacketRenderers: pausablePacketRenderers(pause),
    ...(fixedNow ? { now: () => new Date(fixedNow) } : {}),
    dataDir: path.join(root, 'vault'),
    settings: createConfSettings(path.join(root, 'settings')),
    scrypt: testScrypt,
    ...(keychain ? { keyStore: fakeKeychain } : {}),
  });
}

/**
 * Installs `window.dossier` in the page: one named function per channel, each calling the binding.
 * The binding carries JSON, so byte fields travel as base64 (the contract accepts both forms).
 */
function installBridge(names: readonly string[]): void {
  const host = globalThis as unknown as { __dossierInvoke: (channel: string, input: unknown) => Promise<unknown> };
  const base64 = (bytes: Uint8Array): string => {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  };
  const encode = (input: unknown): unknown =>
    input !== null && typeof input === 'object' && !Array.isArray(input)
      ? Object.fromEntries(Object.entries(input).map(([key, value]) => [key, value instanceof Uint8Array ? base64(value) : value]))
      : input;
  const bridge: Record<string, (input?: unknown) => Promise<unknown>> = {};
  for (const name of names) bridge[name] = (input?: unknown) => host.__dossierInvoke(name, encode(input));
  Object.defineProperty(globalThis, 'dossier', { value: Object.freeze(bridge), writable: false, configurable: false });
}

/** The app's services wired into a browser context: what the harness and any other session share. */
interface Wiring {
  readonly dialog: StubDialog;
  readonly revealed: string[];
  readonly blocked: string[];
  readonly pageErrors: string[];
  readonly restartServices: () => Promise<void>;
  readonly lockVaultQuietly: () => void;
  readonly dispose: () => Promise<void>;
  /** What `Harness.buildPauseMs` reads and sets. */
  readonly control: { buildPauseMs: number };
}

/** A persistent profile inside `root`, so that a leak walk also covers what Chromium writes. */
function launchContext(root: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(path.join(root, 'profile'), {
    executablePath: chromiumPath,
    args: chromiumArgs,
    viewport,
    locale: 'en-CA',
    timezoneId: 'America/Toronto',
  });
}

/**
 * Starts the services over `root` (vault and settings folders) and installs them in `context`
 * as `window.dossier`, with stub OS dialogs, the app:// origin served, and every request outside
 * it and every page error recorded.
 */
async function wireApp(context: BrowserContext, root: string, keychain: boolean, fixedNow: string | null): Promise<Wiring> {
  const dialog: StubDialog = { files: [], directory: null, saveAs: null, offered: [] };
  const revealed: string[] = [];
  const ports: Pick<ServiceOptions, 'dialog' | 'shell'> = {
    dialog: {
      pickFiles: () => Promise.resolve([...dialog.files]),
      pickDirectory: () => Promise.resolve(dialog.directory),
      saveFile: (defaultName) => {
        dialog.offered.push(defaultName);
        return Promise.resolve(dialog.saveAs);
      },
    },
    shell: { showItemInFolder: (file) => void revealed.push(file) },
  };
  const control = { buildPauseMs: 0 };
  const pause = () => control.buildPauseMs;
  let services = startServices(root, keychain, fixedNow, ports, pause);
  const blocked: string[] = [];
  const pageErrors: string[] = [];
  await context.exposeBinding('__dossierInvoke', (_source, channel: unknown, input: unknown) =>
    invokeChannel(services.handlers, channel, input, { onActivity: () => services.onActivity() }),
  );
  await context.addInitScript(installBridge, channels);
  await serveRenderer(context, blocked);
  context.on('page', (page) => watchErrors(page, pageErrors));
  for (const page of context.pages()) watchErrors(page, pageErrors);
  return {
    dialog,
    revealed,
    blocked,
    pageErrors,
    restartServices: async () => {
      await services.dispose();
      services = startServices(root, keychain, fixedNow, ports, pause);
    },
    lockVaultQuietly: () => services.vault.lock(),
    dispose: () => services.dispose(),
    control,
  };
}

/** Another copy of the app, as on another machine: nothing shared with the test's own session. */
export interface AppSession {
  /** The session's own temporary folder: vault, settings and browser profile. */
  readonly root: string;
  readonly page: Page;
  /** The stand-in for this session's OS dialogs. */
  readonly dialog: StubDialog;
  readonly revealed: readonly string[];
  readonly blocked: readonly string[];
  readonly pageErrors: readonly string[];
  /** Closes the browser, disposes the services and removes the folder. */
  close(): Promise<void>;
}

/**
 * Starts a second app session with a fresh, empty data folder, its own services and its own
 * browser profile, set up as the fixtures set up the test's own session.
 */
export async function startAppSession(
  options: { readonly keychain?: boolean; readonly fixedNow?: string | null } = {},
): Promise<AppSession> {
  const root = await mkdtemp(path.join(tmpdir(), 'dossier-e2e-session-'));
  const context = await launchContext(root);
  const wiring = await wireApp(context, root, options.keychain ?? false, options.fixedNow ?? null);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    root,
    page,
    dialog: wiring.dialog,
    revealed: wiring.revealed,
    blocked: wiring.blocked,
    pageErrors: wiring.pageErrors,
    close: async () => {
      await context.close();
      await wiring.dispose();
      await rm(root, { recursive: true, force: true });
    },
  };
}

interface Fixtures {
  /** Whether the machine offers a usable keychain (default: no, as on Linux without a secret store). */
  keychain: boolean;
  /** A fixed clock for the services (an ISO instant), for pictures that do not change between runs. */
  fixedNow: string | null;
  harness: Harness;
  dossier: DossierApp;
}

export const test = base.extend<Fixtures & { root: string }>({
  keychain: [false, { option: true }],
  fixedNow: [null, { option: true }],

  root: async ({ browserName }, use) => {
    void browserName;
    const dir = await mkdtemp(path.join(tmpdir(), 'dossier-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },

  context: async ({ root }, use) => {
    const context = await launchContext(root);
    await use(context);
    await context.close();
  },

  page: async ({ context, harness }, use) => {
    void harness;
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },

  harness: async ({ context, root, keychain, fixedNow }, use) => {
    const wiring = await wireApp(context, root, keychain, fixedNow);
    await use({
      root,
      vaultDir: path.join(root, 'vault'),
      blocked: wiring.blocked,
      pageErrors: wiring.pageErrors,
      restartServices: wiring.restartServices,
      lockVaultQuietly: wiring.lockVaultQuietly,
      dialog: wiring.dialog,
      revealed: wiring.revealed,
      get buildPauseMs() {
        return wiring.control.buildPauseMs;
      },
      set buildPauseMs(ms: number) {
        wiring.control.buildPauseMs = ms;
      },
    });
    await wiring.dispose();
    expect(wiring.blocked, 'the renderer must not make requests outside its own origin').toEqual([]);
    expect(wiring.pageErrors, 'no page errors or CSP violations').toEqual([]);
  },

  dossier: async ({ page }, use) => {
    await use(new DossierApp(page));
  },
});

function watchErrors(page: Page, sink: string[]): void {
  page.on('pageerror', (error) => sink.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') sink.push(`console: ${message.text()}`);
  });
}

export { expect };
export type { BrowserContext };
