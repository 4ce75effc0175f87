import { createHash } from 'node:crypto';
import { documentImageIds } from '../documents/builders/signature-image.ts';
import type { DossierDocument } from '../documents/model.ts';
import { APP_VERSION } from '../handoff/app-version.ts';
import type { FontLibrary } from '../render/fonts/library.ts';
import type { ImageResolver } from '../render/html/blocks.ts';

/**
 * Raised whenever the bytes of a print change for a reason the key's other parts do not see:
 * the print HTML and CSS, the printer's options, the post-processing (metadata, the
 * right-to-left text layer). Every print stored under an earlier value is then a miss.
 */
export const PRINT_FORMAT = 1;

const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

const fontIds = new WeakMap<FontLibrary, string>();

/** The bundled fonts' identity: their manifest and every face's file, family, style, weight and range. */
export function fontsIdentity(fonts: FontLibrary): string {
  let id = fontIds.get(fonts);
  if (id === undefined) {
    const faces = fonts.faces.map((f) => [f.file, f.family, f.style, f.weight, f.unicodeRange]);
    id = sha256(JSON.stringify([fonts.manifest, faces]));
    fontIds.set(fonts, id);
  }
  return id;
}

/** The images a document draws, by id, each with the hash of the bytes it draws (a changed signature prints again). */
export function drawnImages(doc: DossierDocument, images: ImageResolver | undefined): [string, string][] {
  return documentImageIds(doc).map((id) => {
    const bytes = images?.(id);
    return [id, bytes === undefined ? '' : sha256(bytes)];
  });
}

/**
 * The SHA-256 a print is stored under: everything that decides its bytes. `what` names the
 * kind of print (a document, the list of documents, a volume cover) and `input` is the model or
 * plain data it is printed from (wording and templates are already in it), beside the images it
 * draws, the fonts, the app's version and PRINT_FORMAT.
 */
export function printKey(what: string, input: unknown, fonts: FontLibrary, images: readonly [string, string][] = []): string {
  return sha256(JSON.stringify([PRINT_FORMAT, APP_VERSION, fontsIdentity(fonts), what, input, images]));
}
