import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath, viewport } from './tests/e2e/browser.ts';

/**
 * End-to-end tests of the renderer in Debian's Chromium. No web server: the fixtures serve
 * dist-renderer/ from a fake origin with the production CSP, and bridge `window.dossier` to
 * the real handler map running in the test process over a temporary vault.
 * Build the renderer first: `npm run build:renderer`.
 */
export default defineConfig({
  testDir: 'tests',
  fullyParallel: false,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  use: {
    browserName: 'chromium',
    viewport,
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    trace: 'off',
    screenshot: 'off',
  },
  projects: [
    { name: 'renderer', testDir: 'tests/e2e' },
    // Runs the real Electron app; skips with a printed reason where the Electron binary is absent.
    { name: 'electron', testDir: 'tests/electron', testMatch: '*.e2e.ts' },
  ],
});
