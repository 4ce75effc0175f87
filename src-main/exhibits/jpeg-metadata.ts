/**
 * Removes metadata segments from a JPEG without re-encoding it: APP1 (EXIF with GPS, XMP),
 * APP2–APP13 and APP15 (ICC, IPTC, maker notes) and comments. APP0 (JFIF) and APP14 (Adobe,
 * which tells readers how colours are transformed) stay. Returns undefined when the marker
 * structure is not what a plain JPEG has, so the caller re-encodes instead.
 */
export function stripJpegMetadata(bytes: Uint8Array): Uint8Array | undefined {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
  const kept: Uint8Array[] = [bytes.subarray(0, 2)];
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1] ?? 0;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    const length = ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0);
    if (length < 2 || at + 2 + length > bytes.length) return undefined;
    if (marker === 0xda) {
      // Start of scan: the entropy-coded data and everything after it is image data.
      kept.push(bytes.subarray(at));
      return concat(kept);
    }
    const isMetadata = (marker >= 0xe1 && marker <= 0xed) || marker === 0xef || marker === 0xfe;
    if (!isMetadata) kept.push(bytes.subarray(at, at + 2 + length));
    at += 2 + length;
  }
  return undefined;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
