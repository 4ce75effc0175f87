import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { DossierDocument } from '../../../src-main/documents/model.ts';
import { loadFontLibrary } from '../../../src-main/render/fonts/library.ts';
import { documentToPdf } from '../../../src-main/render/pdf/document-to-pdf.ts';
import { createPlaywrightPrinter } from '../../../src-main/render/pdf/playwright-printer.ts';
import type { Printer } from '../../../src-main/render/pdf/printer.ts';
import { createTemplateStore } from '../../../src-main/services/templates-store.ts';

/**
 * What a file of print tests shares: the bundled fonts, the built-in templates, a scratch folder
 * removed afterwards, and one Chromium printer opened before the file's tests and closed after.
 */
export function usePrintBench(prefix: string) {
  const fonts = loadFontLibrary();
  const store = createTemplateStore();
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  let printer: Printer | undefined;
  beforeAll(async () => {
    printer = await createPlaywrightPrinter({ fonts });
  });
  afterAll(async () => {
    await printer?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  /** The document printed to PDF with the bundled fonts. */
  const printPdf = (doc: DossierDocument): Promise<Uint8Array> => {
    if (!printer) throw new Error('The printer opens before the tests run.');
    return documentToPdf(doc, { printer, fonts });
  };
  return { fonts, store, dir, printPdf };
}
