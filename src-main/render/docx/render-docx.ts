import { Document, Packer, Paragraph } from 'docx';
import type { DossierDocument } from '../../documents/model.ts';
import { normalizeText } from '../../core/text/normalize.ts';
import type { ImageResolver } from '../html/blocks.ts';
import { blocksDocx, type CleanImages } from './blocks.ts';
import type { Typeface } from './fonts.ts';
import { cleanImage, type CleanImage } from './image-metadata.ts';
import { rootScope } from './language.ts';
import { NUMBERING } from './numbering.ts';
import { finishPackage } from './package-parts.ts';
import { contentWidth, headersAndFooters, sectionProperties } from './page.ts';
import { documentStyles } from './styles.ts';
import { imageBlocks } from '../../documents/text-walk.ts';

export interface DocxOptions {
  readonly images?: ImageResolver;
  readonly typeface?: Typeface;
}

/** Every image the document shows, resolved and stripped of metadata once, before layout. */
async function cleanImages(doc: DossierDocument, resolve: ImageResolver): Promise<CleanImages> {
  const out = new Map<string, CleanImage>();
  for (const block of imageBlocks(doc.blocks)) {
    if (out.has(block.imageId)) continue;
    const bytes = resolve(block.imageId);
    const clean = bytes === undefined ? undefined : await cleanImage(bytes, block.mediaType);
    if (clean !== undefined) out.set(block.imageId, clean);
  }
  return out;
}

/**
 * Document → .docx bytes. Every string is normalised (the same normaliser as the HTML), every
 * run carries its fonts, language and direction, and the package holds no author, path or time.
 * Content is never decided here: this only translates the tree.
 */
export async function renderDocx(doc: DossierDocument, options: DocxOptions = {}): Promise<Uint8Array> {
  const typeface = options.typeface ?? 'sans';
  const root = rootScope(doc.meta.lang);
  let instance = 0;
  const body = blocksDocx(doc.blocks, root, {
    typeface,
    images: options.images ?? (() => undefined),
    cleanImages: await cleanImages(doc, options.images ?? (() => undefined)),
    width: contentWidth(doc.page),
    nextListInstance: () => (instance += 1),
  });
  const title = normalizeText(doc.meta.title);
  const document = new Document({
    title,
    // Empty values keep docx from writing its "Un-named" author; package-parts.ts rewrites core.xml anyway.
    creator: '',
    lastModifiedBy: '',
    revision: 0,
    styles: documentStyles(root.lang, typeface),
    numbering: NUMBERING,
    sections: [
      {
        properties: sectionProperties(doc.page),
        ...headersAndFooters(doc.page, root, typeface),
        children: body.length > 0 ? body : [new Paragraph({})],
      },
    ],
  });
  const packed = await Packer.toBuffer(document);
  return finishPackage(new Uint8Array(packed), {
    title,
    lang: root.lang,
    ...(doc.meta.subject === undefined ? {} : { subject: doc.meta.subject }),
  });
}
