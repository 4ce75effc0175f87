import { describe, expect, it } from 'vitest';
import { BoundedLru } from '../../../src-main/core/bounded-lru.ts';

const bytes = (n: number): Uint8Array => new Uint8Array(n);
const lru = (maxEntries: number, maxBytes: number) => new BoundedLru<Uint8Array>({ maxEntries, maxBytes, sizeOf: (b) => b.byteLength });

describe('a bounded least-recently-used map', () => {
  it('keeps what was used last when it must drop one', () => {
    const memo = lru(2, 1000);
    memo.set('a', bytes(1));
    memo.set('b', bytes(1));
    expect(memo.get('a')).toHaveLength(1);
    memo.set('c', bytes(1));
    expect(memo.get('b')).toBeUndefined();
    expect(memo.get('a')).toHaveLength(1);
    expect(memo.get('c')).toHaveLength(1);
    expect(memo.size).toBe(2);
  });

  it('is bounded by bytes as well as by count, and always keeps the newest', () => {
    const memo = lru(10, 100);
    memo.set('a', bytes(60));
    memo.set('b', bytes(60));
    expect(memo.get('a')).toBeUndefined();
    expect(memo.get('b')).toHaveLength(60);
    memo.set('huge', bytes(500));
    expect(memo.get('huge')).toHaveLength(500);
    expect(memo.size).toBe(1);
  });

  it('replacing an entry counts its bytes once', () => {
    const memo = lru(10, 100);
    memo.set('a', bytes(50));
    memo.set('a', bytes(50));
    memo.set('b', bytes(50));
    expect(memo.get('a')).toHaveLength(50);
    expect(memo.get('b')).toHaveLength(50);
  });

  it('deletes and clears with its byte count kept true, and lists its keys oldest use first', () => {
    const memo = lru(10, 100);
    memo.set('a', bytes(40));
    memo.set('b', bytes(40));
    memo.get('a');
    expect(memo.keys()).toEqual(['b', 'a']);
    memo.delete('a');
    memo.set('c', bytes(60));
    expect(memo.keys()).toEqual(['b', 'c']);
    memo.clear();
    memo.set('d', bytes(100));
    expect(memo.keys()).toEqual(['d']);
  });
});
