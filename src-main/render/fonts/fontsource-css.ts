import type { FontFaceEntry } from './types.ts';
import { parseUnicodeRange } from './unicode-range.ts';

/**
 * Reads the @font-face rules of a fontsource stylesheet. Fontsource writes them in one fixed
 * shape, so a small parser is enough; a rule without a woff2 source or a usable weight is skipped.
 */
export function parseFontsourceCss(css: string, fontId: string): FontFaceEntry[] {
  const faces: FontFaceEntry[] = [];
  for (const match of css.matchAll(/@font-face\s*\{([^}]*)\}/gu)) {
    const body = match[1] ?? '';
    const get = (name: string): string | undefined => new RegExp(`${name}\\s*:\\s*([^;]+);`, 'u').exec(body)?.[1]?.trim();
    const family = get('font-family')?.replace(/^['"]|['"]$/gu, '');
    const weight = Number(get('font-weight'));
    const style = get('font-style') === 'italic' ? 'italic' : 'normal';
    const file = /url\(\.\/files\/([^)'"]+\.woff2)\)/u.exec(body)?.[1];
    const unicodeRange = get('unicode-range') ?? 'U+0-10FFFF';
    if (family === undefined || file === undefined || (weight !== 400 && weight !== 700)) continue;
    faces.push({ family, weight, style, file: `${fontId}/files/${file}`, unicodeRange, ranges: parseUnicodeRange(unicodeRange) });
  }
  return faces;
}
