import type { DossierDocument } from '../../documents/model.ts';
import { DossierError } from '../../core/errors.ts';
import { normalizeText } from '../../core/text/normalize.ts';
import { checkCoverage } from '../fonts/coverage.ts';
import type { FontLibrary } from '../fonts/library.ts';
import type { ImageResolver } from '../html/blocks.ts';
import { renderHtml } from '../html/render-html.ts';
import { setPdfMetadata } from './metadata.ts';
import { printFontUrl } from './print-origin.ts';
import type { Printer } from './printer.ts';

export interface PdfJob {
  readonly printer: Printer;
  readonly fonts: FontLibrary;
  readonly images?: ImageResolver;
}

/** The print HTML for a document: fonts come from the print origin the adapters serve. */
export function printHtml(doc: DossierDocument, fonts: FontLibrary, images?: ImageResolver): string {
  return renderHtml(doc, { fonts: { faces: fonts.faces, url: printFontUrl, cspSource: "'self'" }, ...(images ? { images } : {}) });
}

/**
 * Document → PDF: coverage pre-flight first (nothing is rendered if any character lacks a
 * bundled font), then HTML, Chromium print, and metadata.
 */
export async function documentToPdf(doc: DossierDocument, job: PdfJob): Promise<Uint8Array> {
  const missing = checkCoverage(doc, job.fonts);
  if (missing.length > 0) {
    throw new DossierError(
      'VALIDATION',
      `${missing.length} character(s) cannot be shown with the bundled fonts.`,
      missing.map((m) => ({ path: m.path, message: `${m.codePoint} "${m.character}" at offset ${m.offset} has no bundled font` })),
    );
  }
  const pdf = await job.printer.print(printHtml(doc, job.fonts, job.images), { pageSize: doc.page.size });
  return setPdfMetadata(pdf, {
    title: normalizeText(doc.meta.title),
    lang: doc.meta.lang,
    ...(doc.meta.subject === undefined ? {} : { subject: normalizeText(doc.meta.subject) }),
  });
}
