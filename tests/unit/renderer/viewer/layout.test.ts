import { describe, expect, it } from 'vitest';
import {
  fitWidth,
  MAX_ZOOM,
  MIN_ZOOM,
  PAGE_GAP,
  pageAt,
  pageOffsets,
  rectOnPage,
  tabPage,
  zoomIn,
  zoomOut,
} from '../../../../src-renderer/features/viewer/layout.ts';

const letter = { width: 612, height: 792 };

describe('the viewer layout', () => {
  it('places pages one under the other and finds the page showing at a scroll position', () => {
    const { tops, height } = pageOffsets([letter, letter, { width: 792, height: 612 }], 0.5);
    expect(tops).toEqual([0, 396 + PAGE_GAP, 2 * (396 + PAGE_GAP)]);
    expect(height).toBe(2 * (396 + PAGE_GAP) + 306 + PAGE_GAP);
    expect(pageAt(tops, 0, 600)).toBe(0);
    expect(pageAt(tops, 396, 600)).toBe(1);
    expect(pageAt(tops, 10_000, 600)).toBe(2);
  });

  it('zooms by steps within its limits and fits the widest page to the width', () => {
    expect(zoomIn(1)).toBe(1.25);
    expect(zoomOut(1)).toBe(0.75);
    expect(zoomIn(MAX_ZOOM)).toBe(MAX_ZOOM);
    expect(zoomOut(MIN_ZOOM)).toBe(MIN_ZOOM);
    expect(zoomIn(1.1)).toBe(1.25);
    expect(fitWidth([letter, { width: 792, height: 612 }], 792)).toBe(1);
    expect(fitWidth([letter], 10)).toBe(MIN_ZOOM);
  });

  it('turns a rectangle in page space (from the bottom left) into pixels from the top left', () => {
    expect(rectOnPage({ left: 72, bottom: 700, right: 172, top: 720 }, letter, 2)).toEqual({ left: 144, top: 144, width: 200, height: 40 });
  });

  it('finds the page of a tab or sub-tab from the bookmarks, in English or French', () => {
    const bookmarks = [
      { title: 'List of documents', pageIndex: 1, children: [] },
      {
        title: 'Tab 3 – Police report',
        pageIndex: 7,
        children: [{ title: 'Tab 3a – Translation', pageIndex: 9, children: [] }],
      },
      { title: 'Onglet 12 – Lettre', pageIndex: 20, children: [] },
      { title: 'Tab 4 – Described, not in this file', children: [] },
    ];
    expect(tabPage(bookmarks, '3')).toBe(7);
    expect(tabPage(bookmarks, ' 3A ')).toBe(9);
    expect(tabPage(bookmarks, '12')).toBe(20);
    expect(tabPage(bookmarks, '1')).toBeUndefined();
    expect(tabPage(bookmarks, '4')).toBeUndefined();
    expect(tabPage(bookmarks, '')).toBeUndefined();
  });
});
