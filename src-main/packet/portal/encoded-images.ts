import { createHash } from 'node:crypto';
import { BoundedLru } from '../../core/bounded-lru.ts';
import type { LadderStep } from '../../core/rules/portal-rules.ts';
import type { ImageSpec } from './classify.ts';
import type { Encoded } from './codec.ts';

/**
 * Images already re-encoded for the portal, by the SHA-256 of the image's original stream and
 * everything the re-encoding reads (its decoding, the target pixels, colour and quality). The
 * encoder is deterministic, so a hit is the very bytes encoding again would give: a rebuild of
 * the application re-encodes only the scans it has not seen. Bounded by the encoded bytes, least
 * recently used out first; memory only, dropped with the exhibits it came from.
 */
export class EncodedImages extends BoundedLru<Encoded> {
  constructor(maxBytes = 64 * 2 ** 20) {
    super({ maxBytes, sizeOf: (encoded) => encoded.data.length });
  }
}

/** The SHA-256 of an image stream's bytes as stored (still compressed). */
export function streamDigest(contents: Uint8Array): string {
  return createHash('sha256').update(contents).digest('hex');
}

/** What one re-encoding depends on: the original's bytes and decoding, the target pixels, colour and quality. */
export function encodingKey(digest: string, spec: ImageSpec, width: number, height: number, step: LadderStep): string {
  return JSON.stringify([digest, spec, width, height, step.greyscale, step.jpegQuality]);
}
