import type { DossierDocument } from '../../documents/model.ts';
import { normalizeText } from '../../core/text/normalize.ts';
import type { FontLibrary } from '../fonts/library.ts';
import type { ImageResolver } from '../html/blocks.ts';
import { renderHtml } from '../html/render-html.ts';
import { setPdfMetadata } from './metadata.ts';
import { assertCoverage } from '../fonts/coverage.ts';
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
  assertCoverage(doc, job.fonts);
  const pdf = await job.printer.print(printHtml(doc, job.fonts, job.images), { pageSize: doc.page.size });
  return setPdfMetadata(pdf, {
    title: normalizeText(doc.meta.title),
    lang: doc.meta.lang,
    ...(doc.meta.subject === undefined ? {} : { subject: normalizeText(doc.meta.subject) }),
    ...(doc.meta.keywords === undefined ? {} : { keywords: doc.meta.keywords.map(normalizeText) }),
  });
}
