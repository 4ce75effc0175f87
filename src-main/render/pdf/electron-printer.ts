import { BrowserWindow, session } from 'electron';
import type { FontLibrary } from '../fonts/library.ts';
import { answerPrintRequest, documentUrl, PRINT_ORIGIN } from './print-origin.ts';
import { PUT_JOB_SOURCE, shellHtml, splitPrintJob } from './print-page.ts';
import type { Printer, PrintOptions } from './printer.ts';

export const PRINT_PARTITION = 'dossier-print';

/**
 * The app's printer: one hidden, sandboxed window without preload in its own offline session.
 * The session answers http requests itself (the job's HTML and bundled fonts, nothing else) and
 * cancels every other request, so printing never touches a network or the app's own session.
 * Jobs run one at a time in the same warm window, each put into the page that keeps the fonts
 * earlier jobs loaded (print-page.ts); after a failed job the page is opened afresh.
 */
export function createElectronPrinter(options: { readonly fonts: FontLibrary }): Printer {
  const documents = new Map<string, string>();
  const ses = session.fromPartition(PRINT_PARTITION, { cache: false });
  ses.protocol.handle('http', async (request) => {
    const answer = await answerPrintRequest(request.url, documents, options.fonts);
    if (answer === undefined) return new Response(null, { status: 404 });
    return new Response(answer.body.slice().buffer, { status: answer.status, headers: { 'content-type': answer.contentType } });
  });
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !details.url.startsWith(`${PRINT_ORIGIN}/`) }));
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));

  const win = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, session: ses, spellcheck: false, webgl: false },
  });
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-navigate', (event) => event.preventDefault());

  let queue: Promise<unknown> = Promise.resolve();
  let nextJob = 1;
  /** The policy of the shell the window holds; undefined until one is loaded, and after a failed job. */
  let shell: string | undefined;

  async function openShell(csp: string): Promise<void> {
    const url = documentUrl(nextJob++);
    documents.set(url, shellHtml(csp));
    try {
      await win.loadURL(url);
    } finally {
      documents.delete(url);
    }
    shell = csp;
  }

  async function printOne(html: string, printOptions: PrintOptions): Promise<Uint8Array> {
    const job = splitPrintJob(html);
    try {
      if (shell !== job.csp) await openShell(job.csp);
      // Puts the job into the page and resolves once its fonts have arrived.
      await win.webContents.executeJavaScript(`(${PUT_JOB_SOURCE})(${JSON.stringify(job)})`);
      const pdf = await win.webContents.printToPDF({
        pageSize: printOptions.pageSize === 'a4' ? 'A4' : 'Letter',
        printBackground: true,
        preferCSSPageSize: true,
        generateTaggedPDF: true,
        generateDocumentOutline: false,
      });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } catch (error) {
      shell = undefined;
      throw error;
    }
  }

  return {
    print(html, printOptions) {
      const job = queue.then(() => printOne(html, printOptions));
      queue = job.catch(() => undefined);
      return job;
    },
    async close() {
      await queue;
      if (!win.isDestroyed()) win.destroy();
      ses.protocol.unhandle('http');
    },
  };
}
