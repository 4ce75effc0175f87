/**
 * The one rule for invisible and reordering characters in a name, a file number or a title, used
 * by the app's field warning, case import, the CLI and the case save path alike. Body text keeps
 * such characters (a translator may need them); a name cannot: "A-12345" with a right-to-left
 * override inside displays as something else, and the reversal spills into the field printed
 * after it. ZWNJ and ZWJ between letters stay: Persian writes ZWNJ inside words and Indic scripts
 * shape conjuncts with ZWJ.
 */
export interface InvisibleCharacter {
  /** Offset in UTF-16 code units. */
  readonly offset: number;
  /** "U+202E". */
  readonly codePoint: string;
  readonly kind: 'bidi-control' | 'zero-width' | 'other-format';
}

/** A character text may never hold: half a surrogate pair, or a noncharacter (U+FFFE, U+FDD0…). */
export interface BrokenCharacter {
  readonly offset: number;
  readonly codePoint: string;
  readonly kind: 'lone-surrogate' | 'noncharacter';
}

const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/u;
/** Blank characters that are not format characters: the combining grapheme joiner and the Hangul fillers. */
const BLANK = /[\u034F\u115F\u1160\u3164\uFFA0]/u;
/** Format characters that print (Arabic number signs and other prepended concatenation marks). */
const VISIBLE_FORMAT = /[\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u{110BD}\u{110CD}]/u;
const JOINER = /[\u200C\u200D]/u;
/** What a kept joiner may stand between: letters and marks outside ASCII, and emoji (ZWJ sequences). */
const JOINABLE = /[\p{L}\p{M}\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}]/u;

function joinsLetters(before: string | undefined, after: string | undefined): boolean {
  const ok = (ch: string | undefined) => ch !== undefined && ch > '\u007F' && JOINABLE.test(ch);
  return ok(before) && ok(after);
}

/** Every invisible or reordering character a name, number or title must not keep, in order. */
export function findInvisibleCharacters(value: string): InvisibleCharacter[] {
  const found: InvisibleCharacter[] = [];
  const chars = [...value];
  let offset = 0;
  chars.forEach((ch, i) => {
    const invisible = (/\p{Cf}/u.test(ch) && !VISIBLE_FORMAT.test(ch)) || BLANK.test(ch);
    if (invisible && !(JOINER.test(ch) && joinsLetters(chars[i - 1], chars[i + 1]))) {
      const kind = BIDI.test(ch) ? 'bidi-control' : ZERO_WIDTH.test(ch) ? 'zero-width' : 'other-format';
      found.push({ offset, codePoint: formatCodePoint(ch.codePointAt(0) ?? 0), kind });
    }
    offset += ch.length;
  });
  return found;
}

/** The distinct code points `findInvisibleCharacters` finds, as "U+202E", for a warning. */
export function invisibleCodePoints(value: string): string[] {
  return [...new Set(findInvisibleCharacters(value).map((c) => c.codePoint))];
}

/** `value` without the characters `findInvisibleCharacters` finds. */
export function withoutInvisible(value: string): string {
  const found = findInvisibleCharacters(value);
  if (found.length === 0) return value;
  let out = '';
  let from = 0;
  for (const c of found) {
    out += value.slice(from, c.offset);
    from = c.offset + (c.codePoint.length > 6 ? 2 : 1);
  }
  return out + value.slice(from);
}

/** True for U+FDD0–U+FDEF and the last two code points of every plane (U+FFFE, U+FFFF, U+1FFFE…). */
export function isNoncharacter(codePoint: number): boolean {
  return (codePoint >= 0xfdd0 && codePoint <= 0xfdef) || (codePoint & 0xfffe) === 0xfffe;
}

/** Lone surrogates and noncharacters: text holding one is refused, with the field named. */
export function findBrokenCharacters(value: string): BrokenCharacter[] {
  const found: BrokenCharacter[] = [];
  let offset = 0;
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0xd800 && code <= 0xdfff) found.push({ offset, codePoint: formatCodePoint(code), kind: 'lone-surrogate' });
    else if (isNoncharacter(code)) found.push({ offset, codePoint: formatCodePoint(code), kind: 'noncharacter' });
    offset += ch.length;
  }
  return found;
}

/** "U+0E01": four hex digits at least, as the Unicode standard writes code points. */
export function formatCodePoint(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}
