/** An invisible or reordering character found in a name, for a warning the user can act on. */
export interface InvisibleCharacter {
  /** Offset in UTF-16 code units. */
  readonly offset: number;
  /** "U+202E". */
  readonly codePoint: string;
  readonly kind: 'bidi-control' | 'zero-width' | 'other-format';
}

const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/u;

/**
 * Bidi controls and zero-width characters stay in body text (a translator may need them) but in a
 * name they can make "A-12345" display as something else, so names are reported, never silently
 * changed. ZWNJ/ZWJ are listed too: legitimate in Persian or Indic names, so the caller decides.
 */
export function findInvisibleCharacters(value: string): InvisibleCharacter[] {
  const found: InvisibleCharacter[] = [];
  let offset = 0;
  for (const ch of value) {
    if (/\p{Cf}/u.test(ch)) {
      const kind = BIDI.test(ch) ? 'bidi-control' : ZERO_WIDTH.test(ch) ? 'zero-width' : 'other-format';
      found.push({ offset, codePoint: formatCodePoint(ch.codePointAt(0) ?? 0), kind });
    }
    offset += ch.length;
  }
  return found;
}

/** "U+0E01": four hex digits at least, as the Unicode standard writes code points. */
export function formatCodePoint(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}
