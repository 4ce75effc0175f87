import { chromium, type Page } from 'playwright-core';
import type { FontLibrary } from '../fonts/library.ts';
import { answerPrintRequest, documentUrl } from './print-origin.ts';
import type { Printer, PrintOptions } from './printer.ts';

/** Chromium flags: no background traffic of any kind (updates, sync, safe browsing lists). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface PlaywrightPrinterOptions {
  readonly fonts: FontLibrary;
  /** Defaults to $CHROMIUM_PATH, then /usr/bin/chromium. */
  readonly executablePath?: string;
}

/**
 * Chromium is launched once with one browser context; each print gets a fresh page at its own
 * URL, closed afterwards. Every request the page makes goes through the context's route: the
 * job's HTML and bundled fonts are answered from memory and disk, everything else is aborted,
 * so nothing reaches a network. The page's CSP forbids scripts; Playwright's evaluate (used only
 * to wait for fonts) runs through the DevTools protocol, outside that policy.
 */
export async function createPlaywrightPrinter(options: PlaywrightPrinterOptions): Promise<Printer> {
  const browser = await chromium.launch({
    executablePath: options.executablePath ?? process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
  });
  const documents = new Map<string, string>();
  let nextJob = 1;
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    await context.route('**/*', async (route) => {
      const answer = await answerPrintRequest(route.request().url(), documents, options.fonts);
      if (answer === undefined) await route.abort('blockedbyclient');
      else await route.fulfill({ status: answer.status, contentType: answer.contentType, body: Buffer.from(answer.body) });
    });
    // Warm pages are reused between jobs (a new page costs a few hundred milliseconds); each job
    // navigates to its own address, so nothing of one document survives into the next. A page
    // whose job failed is closed rather than reused.
    const idle: Page[] = [];
    return {
      async print(html: string, printOptions: PrintOptions): Promise<Uint8Array> {
        const url = documentUrl(nextJob++);
        documents.set(url, html);
        const page = idle.pop() ?? (await context.newPage());
        let reusable = false;
        try {
          await page.goto(url, { waitUntil: 'load' });
          // Fonts load lazily during layout; printing before they arrive would use fallbacks.
          await page.evaluate('document.fonts.ready.then(() => true)');
          const pdf = await page.pdf({
            format: printOptions.pageSize === 'a4' ? 'A4' : 'Letter',
            printBackground: true,
            preferCSSPageSize: true,
            tagged: true,
            outline: false,
          });
          reusable = true;
          return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
        } finally {
          documents.delete(url);
          if (reusable) idle.push(page);
          else await page.close();
        }
      },
      async close(): Promise<void> {
        await browser.close();
      },
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
