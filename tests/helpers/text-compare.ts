import { expect } from 'vitest';
import { directionForLang } from '../../src-main/core/lang/direction.ts';

export const noSpace = (s: string): string => s.replace(/\s+/gu, '');
/** pdftotext wraps RTL runs in embedding marks; they are extraction artefacts, not content. */
export const noBidiMarks = (s: string): string => s.replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu, '');
export const sortedChars = (s: string): string => [...s].sort().join('');

/**
 * Checks text extracted from a PDF against the text that was laid out. Right-to-left text:
 * pdftotext rebuilds RTL lines from glyph runs in visual order and splits joined words, so order
 * is not comparable; the tolerance is the same characters, each as often (nothing lost or
 * doubled), and every left-to-right token (Latin names, file numbers, digit runs in any script)
 * intact and in reading order. Left-to-right text: exact order of every character, whitespace
 * ignored (a line break in the PDF is a newline, scripts without spaces between words get none
 * there, and pdftotext puts a space inside some Indic clusters); for Latin and Cyrillic samples
 * also exact after collapsing whitespace.
 */
export function expectTextRoundTrip(lang: string, extracted: string, expected: string): void {
  if (directionForLang(lang) === 'rtl') {
    expect(sortedChars(noSpace(noBidiMarks(extracted)))).toBe(sortedChars(noSpace(expected)));
    for (const token of expected.match(/[A-Za-z0-9\u06F0-\u06F9\u0660-\u0669-]{2,}/gu) ?? [])
      expect(noBidiMarks(extracted)).toContain(token);
  } else {
    expect(noSpace(extracted)).toBe(noSpace(expected));
    if (/^(en|fr|es|tl|vi|ru|uk)$/u.test(lang)) expect(extracted.replace(/\s+/gu, ' ').trim()).toBe(expected);
  }
}
