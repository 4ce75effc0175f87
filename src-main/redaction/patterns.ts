/**
 * The ready-made patterns a redaction search offers, and their one home: telephone numbers (North
 * American, with or without the +1, brackets, dots, dashes or spaces, and an extension; and
 * international numbers written with a leading +) and e-mail addresses.
 */
export const redactionPatternNames = ['phone', 'email'] as const;
export type RedactionPatternName = (typeof redactionPatternNames)[number];

const patterns: Record<RedactionPatternName, RegExp> = {
  phone:
    /(?<![\p{L}\p{N}+])(?:(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-]?)\d{3}[\s.-]?\d{4}(?:\s?(?:x|ext\.?|poste)\s?\d{1,5})?|\+(?:[2-9]\d{0,2})(?:[\s.-]?\(?\d{1,4}\)?){2,5})(?![\p{L}\p{N}])/giu,
  email: /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])/giu,
};

export interface PatternMatch {
  /** UTF-16 offsets into the text searched. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Every match of the named pattern in `text`; a telephone number needs at least 10 digits to count. */
export function matchPattern(text: string, name: RedactionPatternName): PatternMatch[] {
  const found: PatternMatch[] = [];
  for (const m of text.matchAll(new RegExp(patterns[name].source, patterns[name].flags))) {
    const value = m[0];
    if (name === 'phone' && value.replace(/\D/gu, '').length < 10) continue;
    found.push({ start: m.index, end: m.index + value.length, text: value });
  }
  return found;
}
