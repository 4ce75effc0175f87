import { describe, expect, it } from 'vitest';
import type { ImageSpec } from '../../../../src-main/packet/portal/classify.ts';
import type { Encoded } from '../../../../src-main/packet/portal/codec.ts';
import { EncodedImages, encodingKey, streamDigest } from '../../../../src-main/packet/portal/encoded-images.ts';
import { SourceCache } from '../../../../src-main/packet/contents/source-cache.ts';

const encoded = (bytes: number): Encoded => ({ data: new Uint8Array(bytes), width: 10, height: 10, channels: 3 });
const spec: ImageSpec = { width: 2550, height: 3300, codec: 'jpeg', components: 3, predictor: undefined, flate: false };
const step = { dpi: 200, greyscale: false, jpegQuality: 80 };

describe('the re-encoded images of a session', () => {
  it('drops the least recently used first when over its bytes, never the one just kept', () => {
    const memo = new EncodedImages(100);
    memo.set('a', encoded(40));
    memo.set('b', encoded(40));
    expect(memo.get('a')?.data).toHaveLength(40);
    memo.set('c', encoded(40));
    expect(memo.get('b')).toBeUndefined();
    expect(memo.get('a')).toBeDefined();
    memo.set('big', encoded(500));
    expect(memo.get('big')).toBeDefined();
    expect(memo.size).toBe(1);
    memo.clear();
    expect(memo.size).toBe(0);
  });

  it('keys an encoding by everything it reads: the bytes, their decoding, the pixels, colour and quality', () => {
    const digest = streamDigest(new Uint8Array([1, 2, 3]));
    expect(digest).not.toBe(streamDigest(new Uint8Array([1, 2, 4])));
    const base = encodingKey(digest, spec, 1600, 2070, step);
    expect(encodingKey(digest, spec, 1600, 2070, { ...step, dpi: 150 })).toBe(base);
    for (const other of [
      encodingKey(streamDigest(new Uint8Array([9])), spec, 1600, 2070, step),
      encodingKey(digest, { ...spec, codec: 'raw', flate: true }, 1600, 2070, step),
      encodingKey(digest, spec, 1200, 1553, step),
      encodingKey(digest, spec, 1600, 2070, { ...step, greyscale: true }),
      encodingKey(digest, spec, 1600, 2070, { ...step, jpegQuality: 65 }),
    ])
      expect(other).not.toBe(base);
  });

  it('are forgotten with the exhibits when the session locks', () => {
    const cache = new SourceCache();
    cache.encodedImages.set('scan', encoded(10));
    cache.clear();
    expect(cache.encodedImages.get('scan')).toBeUndefined();
  });
});
