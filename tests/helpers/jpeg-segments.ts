/**
 * The application segments (APP1–APP15) and comments of a JPEG, each as the first bytes of its
 * payload in Latin-1 ("Exif\0\0…" for EXIF, "http://ns.adobe.com/xap/1.0/" for XMP), read from
 * the marker structure up to the start of scan: what exiftool would report as metadata.
 */
export function jpegMetadataSegments(bytes: Uint8Array): string[] {
  const found: string[] = [];
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) throw new Error('not a JPEG');
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) throw new Error(`bad marker at ${at}`);
    const marker = bytes[at + 1] ?? 0;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker === 0xda || marker === 0xd9) break;
    const length = ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0);
    if ((marker >= 0xe1 && marker <= 0xef) || marker === 0xfe) {
      found.push(Buffer.from(bytes.subarray(at + 4, Math.min(at + 2 + length, at + 4 + 40))).toString('latin1'));
    }
    at += 2 + length;
  }
  return found;
}
