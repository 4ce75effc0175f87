import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from '@playwright/test';

/** A fake origin: requests to it are answered from dist-renderer/, everything else is refused. */
export const ORIGIN = 'http://dossier.test';
export const START_URL = `${ORIGIN}/index.html`;

export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";

const distDir = fileURLToPath(new URL('../../dist-renderer/', import.meta.url));

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** Resolves a URL path inside dist-renderer/, or null if it would escape it. */
async function fileFor(urlPath: string): Promise<string | null> {
  const root = await realpath(distDir);
  const relative = decodeURIComponent(urlPath).replace(/^\/+/, '') || 'index.html';
  try {
    const resolved = await realpath(path.join(root, relative));
    return resolved.startsWith(root + path.sep) ? resolved : null;
  } catch {
    return null;
  }
}

/**
 * Serves the built renderer with the production CSP header (the page also carries it as a meta
 * tag) and aborts every other request; `blocked` collects what was refused so tests can assert
 * that the UI never reaches for the network.
 */
export async function serveRenderer(context: BrowserContext, blocked: string[]): Promise<void> {
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN) {
      blocked.push(url.href);
      await route.abort('blockedbyclient');
      return;
    }
    const file = await fileFor(url.pathname);
    if (!file) {
      await route.fulfill({ status: 404, body: 'Not found' });
      return;
    }
    await route.fulfill({
      status: 200,
      body: await readFile(file),
      headers: {
        'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
        'content-security-policy': CSP,
        'x-content-type-options': 'nosniff',
      },
    });
  });
}
