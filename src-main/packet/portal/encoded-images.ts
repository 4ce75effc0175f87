import { createHash } from 'node:crypto';
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
export class EncodedImages {
  readonly #entries = new Map<string, Encoded>();
  readonly #maxBytes: number;
  #bytes = 0;

  constructor(maxBytes = 64 * 2 ** 20) {
    this.#maxBytes = maxBytes;
  }

  get(key: string): Encoded | undefined {
    const hit = this.#entries.get(key);
    if (hit === undefined) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, hit);
    return hit;
  }

  set(key: string, encoded: Encoded): void {
    const old = this.#entries.get(key);
    if (old !== undefined) this.#bytes -= old.data.length;
    this.#entries.delete(key);
    this.#entries.set(key, encoded);
    this.#bytes += encoded.data.length;
    for (const [oldest, entry] of this.#entries) {
      if (this.#bytes <= this.#maxBytes || oldest === key) break;
      this.#entries.delete(oldest);
      this.#bytes -= entry.data.length;
    }
  }

  get size(): number {
    return this.#entries.size;
  }

  clear(): void {
    this.#entries.clear();
    this.#bytes = 0;
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
