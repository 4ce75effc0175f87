import type { FontFaceEntry, FontUrl } from '../fonts/types.ts';
import { inRanges } from '../fonts/unicode-range.ts';
import { cssString } from './escape.ts';

/**
 * Only the subsets whose unicode-range holds a character of the document: a Chinese statement
 * needs a handful of Noto Sans SC's hundred files, a Spanish letter none of them. The
 * unicode-range stays on each rule too, so Chromium fetches nothing it does not draw.
 */
export function facesForText(faces: readonly FontFaceEntry[], codePoints: ReadonlySet<number>): FontFaceEntry[] {
  const points = [...codePoints];
  return faces.filter((face) => points.some((cp) => inRanges(face.ranges, cp)));
}

/** @font-face rules; URLs and descriptors are written as escaped CSS strings. */
export function fontFaceCss(faces: readonly FontFaceEntry[], fontUrl: FontUrl): string {
  return faces
    .map(
      (face) =>
        `@font-face{font-family:${cssString(face.family)};font-style:${face.style};font-weight:${face.weight};font-display:block;` +
        `src:url(${cssString(fontUrl(face))}) format('woff2');unicode-range:${safeRange(face.unicodeRange)};}`,
    )
    .join('\n');
}

function safeRange(descriptor: string): string {
  return descriptor.replace(/[^0-9A-Fa-f?U+,\- ]/gu, '');
}
