import type { PageSize } from '../../documents/model.ts';

export interface PrintOptions {
  readonly pageSize: PageSize;
}

/**
 * Turns a complete HTML page into PDF bytes with Chromium's print path. Two adapters: Playwright
 * driving a system Chromium (CLI, tests, benchmarks) and Electron's printToPDF (the app). Each
 * keeps one warm browser or window for many prints; close() releases it.
 */
export interface Printer {
  print(html: string, options: PrintOptions): Promise<Uint8Array>;
  close(): Promise<void>;
}
