import { describe, expect, it } from 'vitest';
import { nextRun, THUMBNAIL_BATCH } from '../../../../src-renderer/features/evidence/lazy-thumbnails.ts';

describe('the thumbnails asked for are fetched a run of pages at a time', () => {
  it('has nothing to fetch when no page is waiting', () => {
    expect(nextRun(new Set())).toBeNull();
  });

  it('starts at the lowest page waiting and takes the pages directly after it', () => {
    expect(nextRun(new Set([14, 12, 13, 30, 31]))).toEqual({ from: 12, to: 14 });
    expect(nextRun(new Set([7]))).toEqual({ from: 7, to: 7 });
  });

  it('never asks for more pages than the main process sends in one call', () => {
    const screenful = new Set(Array.from({ length: 60 }, (_, i) => i + 241));
    expect(nextRun(screenful)).toEqual({ from: 241, to: 240 + THUMBNAIL_BATCH });
    expect(nextRun(new Set([1, 2, 3, 4]), 3)).toEqual({ from: 1, to: 3 });
  });
});
