import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE, type DossierDocument } from '../../../src-main/documents/model.ts';
import { caseNames, markNames } from '../../../src-main/documents/mark-names.ts';
import { build, load } from './builders/helpers.ts';

const doc = (text: string): DossierDocument => ({
  meta: { title: 't', lang: 'en' },
  page: DEFAULT_PAGE,
  blocks: [{ type: 'paragraph', runs: [{ text, italic: true }] }],
});

describe('names of the people of a case', () => {
  const lai = load('case1-lai');
  const names = caseNames(lai);

  it('are listed as documents write them, longest first', () => {
    expect(names).toContain('LAI Wing-sze (黎詠詩)');
    expect(names).toContain('CHAN Kwok-wai');
    expect(names.indexOf('LAI Wing-sze (黎詠詩)')).toBeLessThan(names.indexOf('LAI Wing-sze'));
  });

  it('are marked unbroken wherever they appear in typed text, the rest of the run untouched', () => {
    const marked = markNames(doc('Released to reside with CHAN Kwok-wai, her cousin.'), names);
    expect(marked.blocks[0]).toEqual({
      type: 'paragraph',
      runs: [
        { text: 'Released to reside with ', italic: true },
        { text: 'CHAN Kwok-wai', italic: true, unbroken: true },
        { text: ', her cousin.', italic: true },
      ],
    });
  });

  it("take the sentence's full stop when they end with one, and leave an ellipsis alone", () => {
    const pseudonym = ['W.S.L.'];
    const runsOf = (d: DossierDocument) => (d.blocks[0]?.type === 'paragraph' ? d.blocks[0].runs.map((r) => r.text) : []);
    expect(runsOf(markNames(doc('None of it comes from W.S.L.. Its source: savings.'), pseudonym))).toEqual([
      'None of it comes from ',
      'W.S.L.',
      ' Its source: savings.',
    ]);
    expect(runsOf(markNames(doc('We ask that W.S.L.'), pseudonym))).toEqual(['We ask that ', 'W.S.L.']);
    expect(runsOf(markNames(doc('Released to W.S.L..'), pseudonym))).toEqual(['Released to ', 'W.S.L.']);
    expect(runsOf(markNames(doc('W.S.L.... and then'), pseudonym))).toEqual(['W.S.L.', '... and then']);
  });

  it('reach the chronology through the document builder', () => {
    const table = build(lai, 'timeline').blocks.find((b) => b.type === 'table');
    const runs = JSON.stringify(table);
    expect(runs).toContain('{"text":"CHAN Kwok-wai","unbroken":true}');
  });
});
