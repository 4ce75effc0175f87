import { describe, expect, it } from 'vitest';
import { isXmlText, normalizeText } from '../../../src-main/core/text/normalize.ts';
import { findInvisibleCharacters, formatCodePoint } from '../../../src-main/core/text/invisible.ts';

describe('normalizeText', () => {
  it('composes to NFC so NFD and NFC forms compare equal', () => {
    expect(normalizeText('Nguye\u0302\u0303n')).toBe('Nguyễn');
    expect(normalizeText('Nguyễn'.normalize('NFD'))).toBe(normalizeText('Nguyễn'));
  });

  it('turns CRLF and lone CR into LF', () => {
    expect(normalizeText('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
  });

  it('removes C0 controls except tab and newline, C1 controls and noncharacters', () => {
    expect(normalizeText('a\u0000b\u0007c\td\ne\u001Ff\u0085g\uFFFEh\uFFFFi\uFDD0j\u{1FFFF}k')).toBe('abc\td\nefghijk');
  });

  it('replaces lone surrogates with U+FFFD and keeps valid pairs', () => {
    expect(normalizeText('a\uD800b\uDC00c😀')).toBe('a\uFFFDb\uFFFDc😀');
  });

  it('keeps ZWNJ, ZWJ and bidi controls in body text', () => {
    const persian = 'می\u200Cکنم';
    expect(normalizeText(persian)).toBe(persian);
    expect(normalizeText('क्\u200Dष')).toBe('क्\u200Dष');
    expect(normalizeText('\u202Babc\u202C')).toBe('\u202Babc\u202C');
  });

  it('keeps Thai marks and Vietnamese stacked diacritics', () => {
    expect(normalizeText('ผู้ที่ น้ำ ปั้น')).toBe('ผู้ที่ น้ำ ปั้น');
    expect(normalizeText('ẫ ễ ổ ậ')).toBe('ẫ ễ ổ ậ');
  });

  it('produces XML-valid text', () => {
    expect(isXmlText(normalizeText('\u0001\uD800\uFFFE'))).toBe(true);
    expect(isXmlText('\u0001')).toBe(false);
    expect(isXmlText('\uD800')).toBe(false);
  });
});

describe('findInvisibleCharacters', () => {
  it('reports bidi controls and zero-width characters with code points and offsets', () => {
    expect(findInvisibleCharacters('A\u202E54321')).toEqual([{ offset: 1, codePoint: 'U+202E', kind: 'bidi-control' }]);
    expect(findInvisibleCharacters('Ali\u200B')).toEqual([{ offset: 3, codePoint: 'U+200B', kind: 'zero-width' }]);
    expect(findInvisibleCharacters('😀\u2066x')).toEqual([{ offset: 2, codePoint: 'U+2066', kind: 'bidi-control' }]);
    expect(findInvisibleCharacters('LAI Wing-sze')).toEqual([]);
  });

  it('formats code points with at least four hex digits', () => {
    expect(formatCodePoint(0xe01)).toBe('U+0E01');
    expect(formatCodePoint(0x10000)).toBe('U+10000');
  });
});
