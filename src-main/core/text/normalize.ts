/**
 * The one text normalisation every renderer applies (HTML, PDF through HTML, DOCX), so a
 * statement reads the same in every output and every output is valid XML 1.0.
 *
 * - Line endings become LF (CRLF and lone CR from old Mac or pasted text).
 * - Lone surrogates become U+FFFD; an unpaired half cannot be encoded in UTF-8.
 * - C0 controls other than tab and LF, DEL-adjacent C1 controls are kept out: XML 1.0 forbids C0,
 *   and C1 controls (U+0080–U+009F) are mis-decoded Windows-1252 that no font draws.
 * - Noncharacters (U+FDD0–U+FDEF and every U+xxFFFE/U+xxFFFF) are removed: XML forbids U+FFFE/FFFF
 *   and the rest are reserved for internal use and never valid in interchange.
 * - NFC last, so NFD input from macOS file names or keyboards compares equal to NFC input.
 * ZWNJ/ZWJ stay (Persian needs ZWNJ inside words; ZWJ shapes Indic conjuncts) and so do bidi
 * controls in body text; names are checked for those separately (see invisible.ts).
 */
export function normalizeText(value: string): string {
  const lf = value.replace(/\r\n?/gu, '\n');
  const wellFormed = lf.toWellFormed();
  // Fast path: most text has nothing to remove and is already NFC.
  const cleaned = FORBIDDEN.test(wellFormed) ? wellFormed.replace(FORBIDDEN_GLOBAL, '') : wellFormed;
  return cleaned.normalize('NFC');
}

const FORBIDDEN_SOURCE =
  '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uFDD0-\\uFDEF\\uFFFE\\uFFFF\\u{1FFFE}\\u{1FFFF}\\u{2FFFE}\\u{2FFFF}\\u{3FFFE}\\u{3FFFF}\\u{4FFFE}\\u{4FFFF}\\u{5FFFE}\\u{5FFFF}\\u{6FFFE}\\u{6FFFF}\\u{7FFFE}\\u{7FFFF}\\u{8FFFE}\\u{8FFFF}\\u{9FFFE}\\u{9FFFF}\\u{AFFFE}\\u{AFFFF}\\u{BFFFE}\\u{BFFFF}\\u{CFFFE}\\u{CFFFF}\\u{DFFFE}\\u{DFFFF}\\u{EFFFE}\\u{EFFFF}\\u{FFFFE}\\u{FFFFF}\\u{10FFFE}\\u{10FFFF}]';
const FORBIDDEN = new RegExp(FORBIDDEN_SOURCE, 'u');
const FORBIDDEN_GLOBAL = new RegExp(FORBIDDEN_SOURCE, 'gu');

// Matching control characters is the point of this pattern.
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/u;

/** True when every character is allowed by XML 1.0 (`Char` production). */
export function isXmlText(value: string): boolean {
  return value.isWellFormed() && !XML_FORBIDDEN.test(value);
}
