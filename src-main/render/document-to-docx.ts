import type { DossierDocument } from '../documents/model.ts';
import type { FontLibrary } from './fonts/library.ts';
import type { ImageResolver } from './html/blocks.ts';
import { renderDocx } from './docx/render-docx.ts';
import type { Typeface } from './docx/fonts.ts';
import { assertCoverage } from './fonts/coverage.ts';

export interface DocxJob {
  readonly fonts: FontLibrary;
  readonly images?: ImageResolver;
  readonly typeface?: Typeface;
}

/**
 * Document → DOCX: the same coverage pre-flight as the PDF (a character no bundled font has is
 * an error before anything is written), then the docx renderer.
 */
export async function documentToDocx(doc: DossierDocument, job: DocxJob): Promise<Uint8Array> {
  assertCoverage(doc, job.fonts);
  return renderDocx(doc, { ...(job.images ? { images: job.images } : {}), ...(job.typeface ? { typeface: job.typeface } : {}) });
}
