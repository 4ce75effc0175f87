import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isXmlText, normalizeText } from '../../src-main/core/text/normalize.ts';

/** Any UTF-16 string, lone surrogates and noncharacters included. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 }),
  fc.string({ unit: fc.constantFrom('\r', '\n', '\uD800', '\uDFFF', '\uFFFE', '\u0000', 'e', '\u0301', '\u200C', 'ั', '้'), maxLength: 60 }),
);

describe('normalizeText properties', () => {
  it('always yields XML 1.0 characters', () => {
    fc.assert(fc.property(anyText, (s) => isXmlText(normalizeText(s))));
  });

  it('is idempotent', () => {
    fc.assert(fc.property(anyText, (s) => normalizeText(normalizeText(s)) === normalizeText(s)));
  });

  it('yields NFC with LF line endings only', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const n = normalizeText(s);
        expect(n.normalize('NFC')).toBe(n);
        expect(n.includes('\r')).toBe(false);
      }),
    );
  });
});
