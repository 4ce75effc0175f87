import { chromium, type Page } from 'playwright-core';
import type { FontLibrary } from '../fonts/library.ts';
import { answerPrintRequest, documentUrl } from './print-origin.ts';
import { PUT_JOB_SOURCE, shellHtml, splitPrintJob } from './print-page.ts';
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

/** A warm page and the policy of the shell it was opened on. */
interface WarmPage {
  readonly page: Page;
  readonly csp: string;
}

/**
 * Chromium is launched once with one browser context. Every request a page makes goes through
 * the context's route: the shell page and bundled fonts are answered from memory and disk,
 * everything else is aborted, so nothing reaches a network. Each job is put into a warm page
 * that keeps the fonts earlier jobs loaded (print-page.ts). The page's CSP forbids scripts;
 * Playwright's evaluate (which puts the job in and waits for its fonts) runs through the
 * DevTools protocol, outside that policy.
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
    // Warm pages are reused between jobs (a new page costs a few hundred milliseconds, its fonts
    // as much again); each job replaces the previous one's head and body, so nothing of one
    // document survives into the next but the fonts. A page whose job failed is closed rather
    // than reused.
    const idle: WarmPage[] = [];
    const openShell = async (page: Page, csp: string): Promise<WarmPage> => {
      const url = documentUrl(nextJob++);
      documents.set(url, shellHtml(csp));
      try {
        await page.goto(url, { waitUntil: 'load' });
      } finally {
        documents.delete(url);
      }
      return { page, csp };
    };
    return {
      async print(html: string, printOptions: PrintOptions): Promise<Uint8Array> {
        const job = splitPrintJob(html);
        const reused = idle.pop();
        const page = reused?.page ?? (await context.newPage());
        let reusable = false;
        try {
          const warm = reused?.csp === job.csp ? reused : await openShell(page, job.csp);
          // Fonts load lazily during layout; printing before they arrive would use fallbacks.
          await page.evaluate(`(${PUT_JOB_SOURCE})(${JSON.stringify(job)})`);
          const pdf = await page.pdf({
            format: printOptions.pageSize === 'a4' ? 'A4' : 'Letter',
            printBackground: true,
            preferCSSPageSize: true,
            tagged: true,
            outline: false,
          });
          reusable = true;
          idle.push(warm);
          return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
        } finally {
          if (!reusable) await page.close();
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
