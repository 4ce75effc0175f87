import type { Case, Statement } from '../../core/model/case.ts';
import type { DossierDocument, ImageBlock } from '../model.ts';
import { imageBlocks } from '../text-walk.ts';

/**
 * A signature image that was read and checked before the document was built: its bytes are
 * resolved by id when the document is rendered. A signature whose image could not be read is
 * simply not in the map, so the document prints the typed signature instead.
 */
export interface SignatureImage {
  readonly mediaType: 'image/png' | 'image/jpeg';
  /** Pixel size of the checked image. */
  readonly widthPx: number;
  readonly heightPx: number;
}

/** Signature images by image id. */
export type SignatureImages = ReadonlyMap<string, SignatureImage>;

/** Counsel's signature (Settings → Counsel profile). */
export const COUNSEL_SIGNATURE_ID = 'counsel-signature';

/** The signature carried with a statement translation's declaration. */
/** The image id of a translation's declaration signature: `signature:statement:<id>`, with `:<lang>` for a translation after the first. */
export const statementSignatureId = (statementId: string, lang?: string): string =>
  lang === undefined ? `signature:statement:${statementId}` : `signature:statement:${statementId}:${lang}`;

/** The image id of the signature on the declaration of `statement`'s translation into `lang`. */
export const translationSignatureId = (statement: Statement, lang: string): string =>
  statementSignatureId(statement.id, statement.translations.findIndex((t) => t.lang === lang) <= 0 ? undefined : lang);

/** The box a signature is fitted into above the line: 2.5 inches wide, 0.75 inch high. */
const BOX_WIDTH_PT = 180;
const BOX_HEIGHT_PT = 54;

/** Width and height in points, fitted into the signature box with the image's proportions. */
export function signatureSize(image: SignatureImage): { readonly widthPt: number; readonly heightPt: number } {
  const w = Math.max(1, image.widthPx);
  const h = Math.max(1, image.heightPx);
  const scale = Math.min(BOX_WIDTH_PT / w, BOX_HEIGHT_PT / h);
  return { widthPt: Math.round(w * scale * 100) / 100, heightPt: Math.round(h * scale * 100) / 100 };
}

/** The image block drawn above a signature line, or nothing when no readable image is on file. */
export function signatureImageBlocks(images: SignatureImages | undefined, imageId: string, alt: string): ImageBlock[] {
  const image = images?.get(imageId);
  if (image === undefined) return [];
  return [{ type: 'image', imageId, mediaType: image.mediaType, alt, ...signatureSize(image) }];
}

/** Whether a readable image of this signature is on file. */
export const hasSignatureImage = (images: SignatureImages | undefined, imageId: string): boolean => images?.has(imageId) === true;

/**
 * The image id of the signature a statement's interpreter puts on the attestation: the
 * translator's signature, when the interpreter is the person who translated and signed the
 * translation's declaration.
 */
export function interpreterSignatureId(statement: Statement, interpreterId: string | undefined): string | undefined {
  if (interpreterId === undefined) return undefined;
  const translation = statement.translations.find((t) => t.translatorId === interpreterId && t.declaration?.signatureImage !== undefined);
  return translation === undefined ? undefined : translationSignatureId(statement, translation.lang);
}

/** Every signature image the case carries, by image id, as the case stores them (base64). */
export function caseSignatureImages(
  c: Case,
): { readonly id: string; readonly mime: 'image/png' | 'image/jpeg'; readonly base64: string }[] {
  return c.statements.flatMap((s) =>
    s.translations.flatMap((t) => {
      const image = t.declaration?.signatureImage;
      return image === undefined ? [] : [{ id: translationSignatureId(s, t.lang), mime: image.mime, base64: image.base64 }];
    }),
  );
}

/** The ids of the images a document draws, each once, in order. */
export const documentImageIds = (doc: DossierDocument): string[] => [...new Set(imageBlocks(doc.blocks).map((b) => b.imageId))];
