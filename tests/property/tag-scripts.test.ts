import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE, type Block, type DossierDocument, type TextRun } from '../../src-main/documents/model.ts';
import type { ScriptHints } from '../../src-main/core/lang/script-hints.ts';
import { tagScripts } from '../../src-main/documents/tag-scripts.ts';

/** Pieces of text that mix scripts, marks, joiners, digits, punctuation and emoji sequences. */
const piece = fc.constantFrom(
  'Ali ',
  'A-12345',
  ' ',
  '. ',
  ', ',
  '(',
  ')',
  '12',
  '۱۴۰۲',
  '、',
  '。',
  'ส.ค.',
  'กนกวรรณ',
  '\u0e01\u0e34\u0e4a',
  '黎詠詩',
  'たろう',
  'カタカナー',
  '김민준',
  'علی',
  'می\u200cخواهم',
  'שלום',
  'Київ',
  'क्\u200dष',
  'ਪੰਜਾਬ',
  'ሰላም',
  'e\u0301',
  '\u0301',
  '\u200d',
  '\u200c',
  '👩\u200d👩\u200d👧',
  '🇨🇦',
  '\r\n',
  '\n',
  '\t',
  '\ud800',
);
const text = fc
  .array(fc.oneof(piece, fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 12 })
  .map((p) => p.join(''));
const lang = fc.constantFrom(undefined, 'en', 'fr', 'fa', 'th', 'ja', 'ko', 'yue-Hant', 'zh-Hans', 'uk', 'und', 'xyz', 'pa-Arab');
const hints: fc.Arbitrary<ScriptHints> = fc.record(
  {
    Han: fc.constantFrom('yue-Hant', 'zh-Hans', 'ja', 'en'),
    Arabic: fc.constantFrom('fa', 'ur', 'th'),
    Cyrillic: fc.constantFrom('uk', 'ru'),
  },
  { requiredKeys: [] },
);
const run: fc.Arbitrary<TextRun> = fc
  .record({ text, lang, bold: fc.boolean() })
  .map(({ text: t, lang: l, bold }) => ({ text: t, ...(l === undefined ? {} : { lang: l }), ...(bold ? { bold } : {}) }));

const docOf = (runs: readonly TextRun[], docLang: string, blockLang: string | undefined): DossierDocument => ({
  meta: { title: 't', lang: docLang },
  page: DEFAULT_PAGE,
  blocks: [{ type: 'paragraph', runs, ...(blockLang === undefined ? {} : { lang: blockLang }) } satisfies Block],
});
const runsOf = (d: DossierDocument): readonly TextRun[] => (d.blocks[0]?.type === 'paragraph' ? d.blocks[0].runs : []);

const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });
/** Offsets where a grapheme cluster starts (and the end). */
function clusterBoundaries(s: string): Set<number> {
  const out = new Set<number>([s.length]);
  for (const { index } of segmenter.segment(s)) out.add(index);
  return out;
}

describe('tagScripts properties', () => {
  const cases = fc.tuple(fc.array(run, { maxLength: 5 }), fc.constantFrom('en', 'fr', 'fa', 'th'), lang, hints);

  it('keeps every run’s text exactly: split runs concatenate to the input run, in order', () => {
    fc.assert(
      fc.property(cases, ([runs, docLang, blockLang, h]) => {
        const out = runsOf(tagScripts(docOf(runs, docLang, blockLang), h));
        expect(out.map((r) => r.text).join('')).toBe(runs.map((r) => r.text).join(''));
        // Formatting is carried to every piece, and no empty run is made.
        expect(out.filter((r) => r.text === '').length).toBe(runs.filter((r) => r.text === '').length);
        expect(
          out
            .filter((r) => r.bold === true)
            .map((r) => r.text)
            .join(''),
        ).toBe(
          runs
            .filter((r) => r.bold === true)
            .map((r) => r.text)
            .join(''),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(cases, ([runs, docLang, blockLang, h]) => {
        const once = tagScripts(docOf(runs, docLang, blockLang), h);
        expect(tagScripts(once, h)).toEqual(once);
      }),
      { numRuns: 500 },
    );
  });

  it('never puts a run boundary inside a grapheme cluster', () => {
    fc.assert(
      fc.property(cases, ([runs, docLang, blockLang, h]) => {
        const out = runsOf(tagScripts(docOf(runs, docLang, blockLang), h));
        // Each input run is split on its own; check the cuts inside each one.
        let k = 0;
        for (const input of runs) {
          const boundaries = clusterBoundaries(input.text);
          let offset = 0;
          while (offset < input.text.length) {
            const piece = out[k++];
            expect(piece).toBeDefined();
            offset += piece?.text.length ?? input.text.length;
            expect(boundaries.has(offset)).toBe(true);
          }
          if (input.text === '') k++;
        }
        expect(k).toBe(out.length);
      }),
      { numRuns: 500 },
    );
  });

  it('sets dir only on the runs it makes, from their language', () => {
    fc.assert(
      fc.property(cases, ([runs, docLang, blockLang, h]) => {
        const out = runsOf(tagScripts(docOf(runs, docLang, blockLang), h));
        for (const r of out) if (r.dir !== undefined) expect(r.lang).toBeDefined();
      }),
    );
  });
});
