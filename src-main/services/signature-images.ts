import sharp from 'sharp';
import { DossierError } from '../core/errors.ts';
import type { Case } from '../core/model/case.ts';
import type { CounselProfile } from '../documents/builders/counsel-profile.ts';
import {
  caseSignatureImages,
  COUNSEL_SIGNATURE_ID,
  type SignatureImage,
  type SignatureImages,
} from '../documents/builders/signature-image.ts';
import type { ImageResolver } from '../render/html/blocks.ts';
import type { VaultApi } from '../vault/types.ts';

/** A signature image is at most 500 KB as chosen. */
export const SIGNATURE_MAX_BYTES = 500 * 1024;
/** Kept at most this size: a larger image is scaled down to fit. */
export const SIGNATURE_MAX_WIDTH = 2000;
export const SIGNATURE_MAX_HEIGHT = 1000;
/** Refused before decoding: a small file that unpacks into more pixels than this is a decompression bomb. */
const MAX_INPUT_PIXELS = 25_000_000;

export interface CleanSignature {
  readonly mediaType: 'image/png';
  readonly bytes: Uint8Array;
  readonly widthPx: number;
  readonly heightPx: number;
}

const refuse = (message: string): DossierError =>
  new DossierError('VALIDATION', message, [{ path: 'signatureImage', message, code: 'signature.image' }]);

function sniff(bytes: Uint8Array): 'png' | 'jpeg' | undefined {
  if (bytes.length >= 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  return undefined;
}

/**
 * A signature image checked and cleaned: a PNG or JPEG of at most 500 KB, decoded within a pixel
 * limit, turned upright, scaled down to fit 2000 × 1000 px, and written again as a PNG with no
 * metadata at all (no Exif, GPS, text chunks or dates). A PNG keeps its transparency; a JPEG
 * is flattened onto white. Anything else is refused with a VALIDATION error.
 */
export async function cleanSignatureImage(bytes: Uint8Array, declared?: 'image/png' | 'image/jpeg'): Promise<CleanSignature> {
  if (bytes.length === 0) throw refuse('The file is empty.');
  if (bytes.length > SIGNATURE_MAX_BYTES) throw refuse('A signature image is at most 500 KB. Choose a smaller file.');
  const kind = sniff(bytes);
  if (kind === undefined || (declared !== undefined && declared !== `image/${kind}`))
    throw refuse('A signature image must be a PNG or JPEG file.');
  try {
    const image = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' });
    const meta = await image.metadata();
    if (meta.format !== kind || (meta.pages ?? 1) > 1) throw refuse('A signature image must be a PNG or JPEG file.');
    const width = meta.width;
    const height = meta.height;
    if (width < 1 || height < 1 || width * height > MAX_INPUT_PIXELS) throw refuse('This image is too large to be a signature.');
    let pipeline = image.rotate().resize({
      width: SIGNATURE_MAX_WIDTH,
      height: SIGNATURE_MAX_HEIGHT,
      fit: 'inside',
      withoutEnlargement: true,
    });
    if (kind === 'jpeg') pipeline = pipeline.flatten({ background: '#ffffff' });
    const { data, info } = await pipeline.png({ compressionLevel: 9 }).toBuffer({ resolveWithObject: true });
    return { mediaType: 'image/png', bytes: new Uint8Array(data), widthPx: info.width, heightPx: info.height };
  } catch (error) {
    if (error instanceof DossierError) throw error;
    // sharp's message may name the pixel limit or the codec, never the image's content.
    throw refuse('This image cannot be read as a PNG or JPEG signature.');
  }
}

export interface LoadedSignatures {
  /** What the builders draw: each readable signature's size, by image id. */
  readonly signatures: SignatureImages;
  /** What the renderers embed: the cleaned bytes, by image id. */
  readonly images: ImageResolver;
}

export interface SignatureSources {
  readonly case?: Case | undefined;
  readonly counsel?: CounselProfile | undefined;
  readonly vault?: Pick<VaultApi, 'getBlob'> | undefined;
}

/**
 * Every signature a document of the case may draw, read and cleaned once: the translators'
 * carried in the case and counsel's kept in the vault. An image that cannot be read is left out,
 * so the document prints the typed signature instead; it never fails the document.
 */
export async function loadSignatureImages(sources: SignatureSources): Promise<LoadedSignatures> {
  const bytes = new Map<string, Uint8Array>();
  const sizes = new Map<string, SignatureImage>();
  const add = async (id: string, read: () => Promise<Uint8Array>, declared?: 'image/png' | 'image/jpeg'): Promise<void> => {
    try {
      const clean = await cleanSignatureImage(await read(), declared);
      bytes.set(id, clean.bytes);
      sizes.set(id, { mediaType: clean.mediaType, widthPx: clean.widthPx, heightPx: clean.heightPx });
    } catch {
      // Left out: the typed signature stands.
    }
  };
  for (const image of sources.case ? caseSignatureImages(sources.case) : [])
    await add(image.id, () => Promise.resolve(new Uint8Array(Buffer.from(image.base64, 'base64'))), image.mime);
  const blobId = sources.counsel?.signatureImageId;
  const vault = sources.vault;
  if (blobId !== undefined && vault !== undefined) await add(COUNSEL_SIGNATURE_ID, () => vault.getBlob(blobId));
  return { signatures: sizes, images: (id) => bytes.get(id) };
}
