import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestInfo } from '@playwright/test';

/**
 * Where a screenshot the README shows is written: docs/screenshots when asked for
 * (UPDATE_SCREENSHOTS=1), so an ordinary run leaves the work tree clean; the test's output
 * folder otherwise.
 */
export function docShot(testInfo: TestInfo, name: string): string {
  if (process.env['UPDATE_SCREENSHOTS'] !== '1') return testInfo.outputPath(name);
  const dir = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  return `${dir}${name}`;
}
