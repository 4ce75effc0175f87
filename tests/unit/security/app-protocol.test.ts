import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  appSchemePrivileges,
  createAppRequestHandler,
  installAppProtocol,
  registerAppScheme,
} from '../../../src-main/security/app-protocol.ts';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/security/csp.ts';

describe('app:// protocol handler', () => {
  let base: string;
  let root: string;
  let handler: (request: Request) => Promise<Response>;
  const refused: [number, string][] = [];

  beforeAll(async () => {
    base = await mkdtemp(path.join(tmpdir(), 'dossier-protocol-'));
    root = path.join(base, 'renderer');
    await mkdir(path.join(root, 'assets'), { recursive: true });
    await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Dossier</title>');
    await writeFile(path.join(root, 'assets', 'main.js'), 'console.log(1)');
    await writeFile(path.join(root, 'assets', 'main.js.map'), '{}');
    await writeFile(path.join(base, 'passwd'), 'root:x:0:0');
    await symlink(path.join(base, 'passwd'), path.join(root, 'assets', 'passwd.js'));
    handler = createAppRequestHandler(root, { onRefused: (status, reason) => refused.push([status, reason]) });
  });

  afterAll(async () => {
    await rm(base, { recursive: true, force: true });
  });

  const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

  it('serves index.html for the root with the CSP header and a declared type', async () => {
    const response = await get('app://dossier/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Dossier</title>');
  });

  it('serves scripts as JavaScript', async () => {
    const response = await get('app://dossier/assets/main.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://dossier/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('app://dossier/index.html', 'POST')).status).toBe(405);
  });

  it.each([
    'app://dossier/%2e%2e/passwd',
    'app://dossier/..%2fpasswd',
    'app://dossier/assets/..%2f..%2fpasswd',
    'app://dossier/%2e%2e%2f%2e%2e%2fpasswd',
    'app://dossier/index.html%00.js',
    'app://dossier/assets/passwd.js',
    'app://dossier/C:/Windows/win.ini',
  ])('refuses %s without leaking the file, still carrying the CSP', async (url) => {
    // Request (like Chromium) may normalise the URL first, so a refusal is a 403 or a 404.
    const response = await get(url);
    expect([403, 404]).toContain(response.status);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toBe('');
  });

  it('refuses a symlink that escapes the renderer folder with 403', async () => {
    expect((await get('app://dossier/assets/passwd.js')).status).toBe(403);
  });

  it('answers 404 for another host, a missing file, a folder and an unlisted type (source maps)', async () => {
    expect((await get('app://evil/index.html')).status).toBe(404);
    expect((await get('app://dossier/missing.js')).status).toBe(404);
    expect((await get('app://dossier/assets')).status).toBe(404);
    expect((await get('app://dossier/assets/main.js.map')).status).toBe(404);
  });

  it('tells the caller a reason code, never the requested path', () => {
    expect(refused.length).toBeGreaterThan(0);
    for (const [, reason] of refused) expect(reason).toMatch(/^[a-z-]+$/);
  });
});

describe('app:// scheme registration', () => {
  it('registers app as standard and secure with fetch, and never bypasses CSP', () => {
    const registerSchemesAsPrivileged = vi.fn();
    registerAppScheme({ registerSchemesAsPrivileged });
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(appSchemePrivileges).not.toHaveProperty('bypassCSP');
    expect(appSchemePrivileges).not.toHaveProperty('corsEnabled');
    expect(appSchemePrivileges).not.toHaveProperty('allowServiceWorkers');
  });

  it('installs the handler for the app scheme only', () => {
    const handle = vi.fn();
    installAppProtocol({ handle }, '/nowhere');
    expect(handle).toHaveBeenCalledTimes(1);
    expect(handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});
