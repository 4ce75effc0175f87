import { BrowserWindow, session } from 'electron';
import type { FontLibrary } from '../fonts/library.ts';
import { answerPrintRequest, documentUrl, PRINT_ORIGIN } from './print-origin.ts';
import type { Printer, PrintOptions } from './printer.ts';

export const PRINT_PARTITION = 'dossier-print';

/**
 * The app's printer: one hidden, sandboxed window without preload in its own offline session.
 * The session answers http requests itself (the job's HTML and bundled fonts, nothing else) and
 * cancels every other request, so printing never touches a network or the app's own session.
 * Jobs run one at a time in the same warm window.
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

  async function printOne(html: string, printOptions: PrintOptions): Promise<Uint8Array> {
    const url = documentUrl(nextJob++);
    documents.set(url, html);
    try {
      await win.loadURL(url);
      await win.webContents.executeJavaScript('document.fonts.ready.then(() => true)');
      const pdf = await win.webContents.printToPDF({
        pageSize: printOptions.pageSize === 'a4' ? 'A4' : 'Letter',
        printBackground: true,
        preferCSSPageSize: true,
        generateTaggedPDF: true,
        generateDocumentOutline: false,
      });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      documents.delete(url);
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
