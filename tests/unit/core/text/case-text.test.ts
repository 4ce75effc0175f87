import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCase } from '../../../../src-main/core/model/interchange.ts';
import { brokenTextIssues, refuseBrokenText, withoutInvisibleInNames } from '../../../../src-main/core/text/case-text.ts';
import {
  findBrokenCharacters,
  findInvisibleCharacters,
  invisibleCodePoints,
  withoutInvisible,
} from '../../../../src-main/core/text/invisible.ts';

const root = path.resolve(import.meta.dirname, '../../../..');
const case1 = (JSON.parse(readFileSync(path.join(root, 'tests/fixtures/cases/case1-lai.json'), 'utf8')) as { case: unknown }).case;

describe('the invisible-character rule', () => {
  it('finds bidi controls, zero-width characters, BOM and Hangul fillers, and removes them', () => {
    const value = '\u202ELai\u200B Wing\u2066-sze\uFEFF\u3164';
    expect(invisibleCodePoints(value)).toEqual(['U+202E', 'U+200B', 'U+2066', 'U+FEFF', 'U+3164']);
    expect(withoutInvisible(value)).toBe('Lai Wing-sze');
    expect(withoutInvisible('A\u{E0001}B')).toBe('AB');
  });

  it('keeps ZWNJ inside a Persian word and ZWJ inside an Indic conjunct or an emoji sequence, not beside ASCII', () => {
    expect(findInvisibleCharacters('می\u200Cخواهم')).toEqual([]);
    expect(findInvisibleCharacters('क्\u200Dष')).toEqual([]);
    expect(findInvisibleCharacters('👩\u200D💻')).toEqual([]);
    expect(invisibleCodePoints('A\u200C-1234\u200D')).toEqual(['U+200C', 'U+200D']);
  });

  it('leaves Arabic number signs, which print', () => {
    expect(findInvisibleCharacters('\u0601١٢')).toEqual([]);
  });

  it('names lone surrogates and noncharacters', () => {
    expect(findBrokenCharacters('a\uD800b\uFFFE\u{10FFFF}\uFDD0')).toEqual([
      { offset: 1, codePoint: 'U+D800', kind: 'lone-surrogate' },
      { offset: 3, codePoint: 'U+FFFE', kind: 'noncharacter' },
      { offset: 4, codePoint: 'U+10FFFF', kind: 'noncharacter' },
      { offset: 6, codePoint: 'U+FDD0', kind: 'noncharacter' },
    ]);
    expect(findBrokenCharacters('黎詠詩 😀')).toEqual([]);
  });
});

describe('hostile text in a case', () => {
  it('removes invisible characters from names, file numbers and titles, one warning per field named', () => {
    const value = parseCase(case1);
    const hostile = {
      ...value,
      client: { ...value.client, familyName: 'L\u202Eai', namesInScript: [{ script: 'Hant', value: '黎\u200B詠詩' }] },
      matter: { ...value.matter, fileNumbers: [{ issuer: 'IRB' as const, value: '0003-B6-\u202D01234' }] },
      exhibits: value.exhibits.map((e, i) => (i === 1 ? { ...e, title: `${e.title}\u2069` } : e)),
      notes: 'Body text keeps \u200F marks.',
    };
    const { value: cleaned, warnings } = withoutInvisibleInNames(hostile);
    expect(warnings.map((w) => [w.path, w.code, w.params])).toEqual([
      ['client.familyName', 'invisibleRemoved', { codes: 'U+202E' }],
      ['client.namesInScript.0.value', 'invisibleRemoved', { codes: 'U+200B' }],
      ['matter.fileNumbers.0.value', 'invisibleRemoved', { codes: 'U+202D' }],
      ['exhibits.1.title', 'invisibleRemoved', { codes: 'U+2069' }],
    ]);
    expect(warnings[0]?.message).toContain('were removed');
    expect(cleaned.client.familyName).toBe('Lai');
    expect(cleaned.client.namesInScript[0]?.value).toBe('黎詠詩');
    expect(cleaned.matter.fileNumbers[0]?.value).toBe('0003-B6-01234');
    expect(cleaned.exhibits[1]?.title).toBe(value.exhibits[1]?.title);
    expect(cleaned.notes).toBe('Body text keeps \u200F marks.');
    // The input is left as it was.
    expect(hostile.client.familyName).toBe('L\u202Eai');
  });

  it('returns the same case, no warnings, when nothing is hostile', () => {
    const value = parseCase(case1);
    expect(withoutInvisibleInNames(value)).toEqual({ value, warnings: [] });
  });

  it('refuses a lone surrogate or noncharacter anywhere, every field named', () => {
    const input = { client: { familyName: 'Lai\uDC00' }, notes: 'ok', statements: [{ title: 'T\uFFFF' }] };
    expect(brokenTextIssues(input).map((i) => [i.path, i.code, i.params])).toEqual([
      ['client.familyName', 'brokenCharacter', { codes: 'U+DC00' }],
      ['statements.0.title', 'brokenCharacter', { codes: 'U+FFFF' }],
    ]);
    expect(() => refuseBrokenText(input, 'The case')).toThrow(
      /^The case is not valid \(2 fields\): client\.familyName: This holds a character that is not text \(U\+DC00/u,
    );
    expect(() => refuseBrokenText({ 'k\uFFFE': 1 }, 'The case')).toThrow(/k\uFFFE \(its name\)/u);
  });
});
