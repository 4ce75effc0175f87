import type { DossierDocument } from '../documents/model.ts';
import type { FontLibrary } from './fonts/library.ts';
import type { ImageResolver } from './html/blocks.ts';
import { renderDocx } from './docx/render-docx.ts';
import type { Typeface } from './docx/fonts.ts';

export interface DocxJob {
  readonly fonts: FontLibrary;
  readonly images?: ImageResolver;
  readonly typeface?: Typeface;
}

/**
 * Document → DOCX. A DOCX embeds no font: Word or LibreOffice supplies one, so a character no
 * bundled font has does not stop it (`coverageWarnings` says which texts need a font on the
 * reader's computer; the PDF refuses them).
 */
export async function documentToDocx(doc: DossierDocument, job: DocxJob): Promise<Uint8Array> {
  return renderDocx(doc, { ...(job.images ? { images: job.images } : {}), ...(job.typeface ? { typeface: job.typeface } : {}) });
}
