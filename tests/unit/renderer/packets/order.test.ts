import { describe, expect, test } from 'vitest';
import { dropIndex, moveItem } from '../../../../src-renderer/features/packets/order.ts';

describe('the order of the tabs', () => {
  test('moving keeps the others in order and ignores a place outside the list', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(['a', 'b', 'c'], 0, 3)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 1, -1)).toEqual(['a', 'b', 'c']);
  });

  test('a dropped item lands before or after its target, counted once it has left its place', () => {
    const items = ['a', 'b', 'c', 'd'];
    expect(moveItem(items, 0, dropIndex(0, 2, 'after'))).toEqual(['b', 'c', 'a', 'd']);
    expect(moveItem(items, 0, dropIndex(0, 2, 'before'))).toEqual(['b', 'a', 'c', 'd']);
    expect(moveItem(items, 3, dropIndex(3, 0, 'before'))).toEqual(['d', 'a', 'b', 'c']);
    expect(moveItem(items, 3, dropIndex(3, 1, 'after'))).toEqual(['a', 'b', 'd', 'c']);
  });
});
