/**
 * Characters printed as another character with the same look, because the Latin font has no
 * glyph of its own for them and the next font that has one draws them wrongly: U+2010 HYPHEN is
 * missing from Noto Sans, and Chromium's fallback (Noto Sans SC) draws it full width, so
 * "бір‐бірімен" read as a spaced dash. The hyphen-minus looks the same in Noto Sans.
 */
const PRINTED_AS: Readonly<Record<string, string>> = { '\u2010': '-' };
const PRINTED_PATTERN = /[\u2010]/gu;

/** `text` as the PDF prints it (the DOCX keeps every character: Word supplies its own fonts). */
export function printedForm(text: string): string {
  return text.replace(PRINTED_PATTERN, (ch) => PRINTED_AS[ch] ?? ch);
}
