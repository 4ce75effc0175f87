import { describe, expect, it } from 'vitest';
import type { Statement } from '../../../../src-main/core/model/case.ts';
import {
  alignedRows,
  datesIn,
  insertRow,
  pasteOriginal,
  progress,
  removeRow,
  setOriginal,
  setTranslated,
  splitParagraphs,
} from '../../../../src-renderer/features/statements/paragraphs.ts';

function statement(paragraphs: string[], translated?: string[], dates: number[] = []): Statement {
  return {
    id: 'st-test-1',
    kind: 'client-statement',
    title: 'Statement',
    lang: 'yue-Hant',
    method: 'handwritten',
    paragraphs,
    dates: dates.map((paragraph) => ({
      paragraph,
      date: { calendar: 'gregorian', original: `date in ${paragraph}`, qualifier: 'exact', confidence: 'high' },
    })),
    translations: translated ? [{ lang: 'en', paragraphs: translated }] : [],
  };
}

/** Both sides as [original, translation] pairs, the way the grid shows them. */
function pairs(value: Statement): [string, string][] {
  return alignedRows(value).map((row) => [row.original, row.translation]);
}

describe('aligned rows', () => {
  it('shows as many rows as the longer side and marks an untranslated paragraph pending', () => {
    const rows = alignedRows(statement(['我叫黎詠詩。', '我去年來到加拿大。'], ['My name is LAI Wing-sze.']));
    expect(rows.map((r) => [r.n, r.pending])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(rows[1]?.translation).toBe('');
  });

  it('does not call an empty paragraph pending, and a statement without translation has every worded row pending', () => {
    expect(alignedRows(statement(['', '  '], [])).some((r) => r.pending)).toBe(false);
    expect(alignedRows(statement(['一', '二'])).every((r) => r.pending)).toBe(true);
  });
});

describe('editing keeps both sides aligned', () => {
  const base = statement(['一', '二', '三'], ['one', 'two', 'three'], [0, 1, 2]);

  it('inserts an empty paragraph on both sides and moves the later dates down', () => {
    const next = insertRow(base, 1);
    expect(pairs(next)).toEqual([
      ['一', 'one'],
      ['', ''],
      ['二', 'two'],
      ['三', 'three'],
    ]);
    expect(next.dates.map((d) => [d.paragraph, d.date.original])).toEqual([
      [0, 'date in 0'],
      [2, 'date in 1'],
      [3, 'date in 2'],
    ]);
  });

  it('removes a paragraph from both sides with the dates written in it, renumbering the rest', () => {
    const next = removeRow(base, 1);
    expect(pairs(next)).toEqual([
      ['一', 'one'],
      ['三', 'three'],
    ]);
    expect(next.dates.map((d) => [d.paragraph, d.date.original])).toEqual([
      [0, 'date in 0'],
      [1, 'date in 2'],
    ]);
    expect(removeRow(base, 7)).toBe(base);
  });

  it('pads a shorter translation when a row is inserted, so paragraph n stays paragraph n', () => {
    const next = insertRow(statement(['一', '二', '三'], ['one']), 3);
    expect(next.paragraphs).toHaveLength(4);
    expect(next.translations[0]?.paragraphs).toEqual(['one', '', '', '']);
  });

  it('starts a translation in the given language when the first translated paragraph is typed', () => {
    const next = setTranslated(statement(['一', '二']), 1, 'two', 'fr');
    expect(next.translations).toEqual([{ lang: 'fr', paragraphs: ['', 'two'] }]);
  });

  it('keeps every translation aligned with the original: a second language is added, rows move in all of them', () => {
    const both = setTranslated(statement(['一', '二'], ['one', 'two']), 0, 'un', 'fr');
    expect(both.translations.map((t) => [t.lang, t.paragraphs])).toEqual([
      ['en', ['one', 'two']],
      ['fr', ['un', '']],
    ]);
    expect(alignedRows(both, 'fr').map((r) => [r.translation, r.pending])).toEqual([
      ['un', false],
      ['', true],
    ]);
    expect(alignedRows(both).map((r) => r.translation)).toEqual(['one', 'two']);
    const inserted = insertRow(both, 1);
    expect(inserted.translations.map((t) => t.paragraphs)).toEqual([
      ['one', '', 'two'],
      ['un', '', ''],
    ]);
    const removed = removeRow(inserted, 0);
    expect(removed.paragraphs).toEqual(['', '二']);
    expect(removed.translations.map((t) => t.paragraphs)).toEqual([
      ['', 'two'],
      ['', ''],
    ]);
    expect(progress(both, 'fr')).toEqual({ done: 1, total: 2 });
    expect(progress(both, 'en')).toEqual({ done: 2, total: 2 });
  });

  it('never lets the translation run longer than the original', () => {
    const next = setTranslated(statement(['一']), 2, 'three', 'en');
    expect(next.paragraphs).toEqual(['一', '', '']);
    expect(next.translations[0]?.paragraphs).toEqual(['', '', 'three']);
    expect(setOriginal(statement([], []), 1, '二').translations[0]?.paragraphs).toEqual(['', '']);
  });

  it('counts the dates written in a paragraph', () => {
    expect(datesIn(statement(['a', 'b'], undefined, [1, 1, 0]), 1)).toBe(2);
    expect(datesIn(base, 5)).toBe(0);
  });
});

describe('pasting a statement typed elsewhere', () => {
  it('splits at blank lines whatever the line endings, keeping single line breaks inside a paragraph', () => {
    expect(splitParagraphs('one\r\nstill one\r\n\r\ntwo\n \n\nthree\r\rfour')).toEqual(['one\nstill one', 'two', 'three', 'four']);
    expect(splitParagraphs('\n\n  \n')).toEqual([]);
  });

  it('makes one row per pasted paragraph, with an empty translation cell beside each new one', () => {
    const next = pasteOriginal(statement(['一', '', '四'], ['one', '', 'four']), 1, ['二', '三']);
    expect(pairs(next)).toEqual([
      ['一', 'one'],
      ['二', ''],
      ['三', ''],
      ['四', 'four'],
    ]);
  });

  it('keeps Persian text with Latin names and digits exactly as pasted', () => {
    const text = 'شماره پرونده من 0003-B6-04567 است.\n\nآقای Daniel MORRIS گفت.';
    expect(pasteOriginal(statement(['']), 0, splitParagraphs(text)).paragraphs).toEqual([
      'شماره پرونده من 0003-B6-04567 است.',
      'آقای Daniel MORRIS گفت.',
    ]);
  });
});

describe('translation progress', () => {
  it('counts worded paragraphs and those translated', () => {
    expect(progress(statement(['一', '', '三'], ['one', 'x', '']))).toEqual({ done: 1, total: 2 });
    expect(progress(statement(['', ''], []))).toEqual({ done: 0, total: 0 });
  });
});
