import sharp from 'sharp';

/**
 * JPEG segments kept: APP0 (JFIF), APP2 (ICC colour profile), APP14 (Adobe, says how CMYK is
 * stored); everything from SOF on is image data. APP1 (Exif: camera, GPS position, date; XMP),
 * APP13 (IPTC) and comments are dropped: they can say where and when a client was photographed.
 */
const KEEP_APP = new Set([0xe0, 0xe2, 0xee]);

/** The Exif orientation (1–8) of a JPEG's APP1 segment, or 1 when there is none or it is unreadable. */
function exifOrientation(segment: Uint8Array): number {
  // segment: FF E1 len(2) "Exif\0\0" TIFF header...
  if (segment.length < 18 || String.fromCharCode(...segment.subarray(4, 8)) !== 'Exif') return 1;
  const tiff = 10;
  const view = new DataView(segment.buffer, segment.byteOffset, segment.byteLength);
  const little = view.getUint16(tiff) === 0x4949;
  const ifd = tiff + view.getUint32(tiff + 4, little);
  if (ifd + 2 > segment.length) return 1;
  const count = view.getUint16(ifd, little);
  for (let i = 0; i < count; i += 1) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > segment.length) return 1;
    if (view.getUint16(entry, little) === 0x0112) {
      const value = view.getUint16(entry + 8, little);
      return value >= 1 && value <= 8 ? value : 1;
    }
  }
  return 1;
}

interface Stripped {
  readonly bytes: Uint8Array;
  readonly orientation: number;
}

/** The JPEG without metadata segments, losslessly (image data untouched), and its Exif orientation. */
function stripJpeg(jpeg: Uint8Array): Stripped | undefined {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) return undefined;
  const parts: Uint8Array[] = [jpeg.subarray(0, 2)];
  let orientation = 1;
  let at = 2;
  while (at + 4 <= jpeg.length) {
    if (jpeg[at] !== 0xff) return undefined;
    const marker = jpeg[at + 1] ?? 0;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    const length = ((jpeg[at + 2] ?? 0) << 8) | (jpeg[at + 3] ?? 0);
    if (length < 2 || at + 2 + length > jpeg.length) return undefined;
    const segment = jpeg.subarray(at, at + 2 + length);
    const isApp = marker >= 0xe0 && marker <= 0xef;
    if (marker === 0xe1) orientation = Math.max(orientation, exifOrientation(segment));
    if (isApp || marker === 0xfe) {
      if (isApp && KEEP_APP.has(marker)) parts.push(segment);
    } else {
      // DQT, SOF, DHT, SOS...: the rest of the file is image data and is kept as it is.
      parts.push(jpeg.subarray(at));
      return { bytes: Buffer.concat(parts), orientation };
    }
    at += 2 + length;
  }
  return undefined;
}

/** PNG chunks that can carry metadata (Exif, text such as "Author" or "Comment", time). */
const PNG_METADATA = new Set(['eXIf', 'tEXt', 'iTXt', 'zTXt', 'tIME']);

function stripPng(png: Uint8Array): Uint8Array | undefined {
  if (png.length < 8 || png[0] !== 0x89 || png[1] !== 0x50) return undefined;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const parts: Uint8Array[] = [png.subarray(0, 8)];
  let at = 8;
  while (at + 12 <= png.length) {
    const length = view.getUint32(at);
    const end = at + 12 + length;
    if (end > png.length) return undefined;
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    if (!PNG_METADATA.has(type)) parts.push(png.subarray(at, end));
    at = end;
    if (type === 'IEND') return Buffer.concat(parts);
  }
  return undefined;
}

export interface CleanImage {
  readonly type: 'jpg' | 'png';
  readonly bytes: Uint8Array;
}

/**
 * Image bytes safe to embed: metadata removed without re-encoding. A JPEG whose Exif says it is
 * rotated is re-encoded upright (sharp applies the orientation and writes no metadata), since
 * Chromium shows it upright in the PDF and the orientation tag is gone once Exif is stripped.
 * Undefined when the bytes are not a readable image of the declared type.
 */
export async function cleanImage(bytes: Uint8Array, mediaType: 'image/png' | 'image/jpeg'): Promise<CleanImage | undefined> {
  if (mediaType === 'image/png') {
    const png = stripPng(bytes);
    return png === undefined ? undefined : { type: 'png', bytes: png };
  }
  const jpeg = stripJpeg(bytes);
  if (jpeg === undefined) return undefined;
  if (jpeg.orientation === 1) return { type: 'jpg', bytes: jpeg.bytes };
  const upright = await sharp(bytes).rotate().jpeg({ quality: 92 }).toBuffer();
  return { type: 'jpg', bytes: new Uint8Array(upright) };
}
