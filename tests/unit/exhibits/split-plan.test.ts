import { describe, expect, it } from 'vitest';
import { partsFromBookmarks, partsFromRanges } from '../../../src-main/exhibits/split-plan.ts';

describe('partsFromRanges', () => {
  it('reads ranges and single pages, titled in order or after the file', () => {
    expect(partsFromRanges('1-3, 5 ,6-9', 10, 'disclosure', ['Arrest report'])).toEqual([
      { first: 1, last: 3, title: 'Arrest report' },
      { first: 5, last: 5, title: 'disclosure pp. 5' },
      { first: 6, last: 9, title: 'disclosure pp. 6–9' },
    ]);
  });

  it.each([
    ['3-1', 10, /runs backwards/u],
    ['1-11', 10, /goes past the last page \(10\)/u],
    ['1-3,x', 10, /"x" is not a page range/u],
    ['1-5,5-6', 10, /The ranges 1-5 and 5-6 overlap/u],
    [' , ', 10, /Give the page ranges/u],
  ])('refuses %s with the fix', (ranges, pages, message) => {
    expect(() => partsFromRanges(ranges, pages, 'd')).toThrow(message);
  });

  it('refuses more titles than ranges', () => {
    expect(() => partsFromRanges('1-2', 5, 'd', ['a', 'b'])).toThrow(/2 titles were given for 1 ranges/u);
  });
});

describe('partsFromBookmarks', () => {
  it('cuts at each top-level bookmark, in page order, and keeps the front pages', () => {
    const marks = [
      { title: 'Notes', pageIndex: 6, children: [] },
      { title: 'Report', pageIndex: 2, children: [] },
      { title: 'Nowhere', children: [] },
    ];
    expect(partsFromBookmarks(marks, 10, 'disc')).toEqual([
      { first: 1, last: 2, title: 'disc (front pages)' },
      { first: 3, last: 6, title: 'Report' },
      { first: 7, last: 10, title: 'Notes' },
    ]);
  });

  it('refuses a file without bookmarks, pointing to ranges', () => {
    expect(() => partsFromBookmarks([], 4, 'd')).toThrow(/no bookmarks to cut by: give page ranges instead/u);
  });
});
