/**
 * What a file really is, from its first bytes: names and extensions lie (a Word file renamed
 * `.pdf`, a phone's HEIC saved as `.jpg`), so import never trusts them.
 */
export type ExhibitFormat = 'pdf' | 'jpeg' | 'png' | 'tiff' | 'heic' | 'webp' | 'gif' | 'bmp' | 'empty' | 'unknown';

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0): boolean => prefix.every((b, i) => bytes[at + i] === b);

const ascii = (bytes: Uint8Array, from: number, to: number): string => String.fromCharCode(...bytes.subarray(from, to));

export function sniffFormat(bytes: Uint8Array): ExhibitFormat {
  if (bytes.length === 0) return 'empty';
  // PDF readers accept the header anywhere in the first 1,024 bytes.
  if (ascii(bytes, 0, Math.min(bytes.length, 1024)).includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (ascii(bytes, 4, 8) === 'ftyp' && /^(heic|heix|hevc|heim|heis|mif1|msf1|avif)$/u.test(ascii(bytes, 8, 12))) return 'heic';
  if (ascii(bytes, 0, 4) === 'GIF8') return 'gif';
  if (ascii(bytes, 0, 2) === 'BM') return 'bmp';
  return 'unknown';
}

export const mimeFor: Record<'pdf' | 'jpeg' | 'png' | 'tiff', string> = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
  tiff: 'image/tiff',
};
