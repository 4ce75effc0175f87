import { describe, expect, it } from 'vitest';
import {
  cutStarts,
  partProblems,
  partsFromTyped,
  partsToSend,
  rangesText,
  toggleCutAt,
  wholeFile,
  type DraftPart,
} from '../../../../src-renderer/features/evidence/split-parts.ts';

const part = (first: number, last: number, title = 'T', date = ''): DraftPart => ({ first, last, title, date });

describe('cutting a disclosure by clicking pages', () => {
  it('starts a new exhibit on the clicked page, and a second click joins it back', () => {
    const cut = toggleCutAt(wholeFile(10, 'Disclosure'), 4);
    expect(cut).toEqual([part(1, 3, 'Disclosure'), part(4, 10, '')]);
    expect([...cutStarts(cut)]).toEqual([1, 4]);
    expect(toggleCutAt(cut, 4)).toEqual([part(1, 10, 'Disclosure')]);
  });

  it('leaves page 1 as the start of the first exhibit', () => {
    expect(toggleCutAt(wholeFile(3, 'D'), 1)).toEqual(wholeFile(3, 'D'));
  });

  it('makes a one-page exhibit of a page left out of every part, in page order', () => {
    expect(toggleCutAt([part(1, 2), part(5, 6)], 3)).toEqual([part(1, 2), part(3, 3, ''), part(5, 6)]);
  });
});

describe('typed page ranges', () => {
  it('reads ranges and keeps the titles and dates already given, in order', () => {
    expect(partsFromTyped('1-3, 4–9,10', [part(1, 10, 'Arrest', '2025-01-02')])).toEqual([
      part(1, 3, 'Arrest', '2025-01-02'),
      part(4, 9, ''),
      part(10, 10, ''),
    ]);
    expect(rangesText([part(1, 3), part(4, 4)])).toBe('1-3, 4');
  });

  it('refuses what is not a list of ranges', () => {
    expect(partsFromTyped('1-3, four', [])).toBeNull();
    expect(partsFromTyped(' , ', [])).toBeNull();
  });
});

describe('problems, each on its field', () => {
  it('names a missing title, a bad date, a page outside the file, a backwards range and an overlap', () => {
    const problems = partProblems([part(1, 4, ' ', '2025-02-30'), part(4, 2, 'B'), part(5, 12, 'C', '2025-13')], 10);
    expect(problems.map((p) => `${p.part}.${p.field}:${p.key}`)).toEqual([
      '0.title:splitTitleMissing',
      '0.date:splitDateInvalid',
      '1.last:splitBackwards',
      '1.first:splitOverlap',
      '2.date:splitDateInvalid',
      '2.last:splitPageOutside',
    ]);
  });

  it('finds nothing wrong in a good cut, and sends trimmed titles with dates only when given', () => {
    const parts = [part(1, 3, ' Arrest report ', '2025'), part(4, 10, 'Notes', '2025-02-28')];
    expect(partProblems(parts, 10)).toEqual([]);
    expect(partsToSend([part(1, 3, ' A ')])).toEqual([{ first: 1, last: 3, title: 'A' }]);
    expect(partsToSend(parts)[1]).toEqual({ first: 4, last: 10, title: 'Notes', date: '2025-02-28' });
  });
});
