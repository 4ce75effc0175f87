export interface LruBounds<V> {
  /** The most bytes kept, as `sizeOf` counts them. */
  readonly maxBytes: number;
  /** The most entries kept; unbounded unless given. */
  readonly maxEntries?: number;
  readonly sizeOf: (value: V) => number;
}

/**
 * A map bounded by bytes (and by count if asked), least recently used out first: a hit moves the
 * entry to the back, so what every build uses stays in while a build that uses more than the
 * bound passes through once. The entry just set is always kept, even alone over the bound. The
 * one home of the session memos: printed documents, prints kept for the vault, re-encoded scans.
 */
export class BoundedLru<V> {
  readonly #entries = new Map<string, V>();
  readonly #bounds: LruBounds<V>;
  #bytes = 0;

  constructor(bounds: LruBounds<V>) {
    this.#bounds = bounds;
  }

  get(key: string): V | undefined {
    const hit = this.#entries.get(key);
    if (hit === undefined) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, hit);
    return hit;
  }

  set(key: string, value: V): void {
    this.delete(key);
    this.#entries.set(key, value);
    this.#bytes += this.#bounds.sizeOf(value);
    const maxEntries = this.#bounds.maxEntries ?? Number.POSITIVE_INFINITY;
    for (const [oldest, entry] of this.#entries) {
      if ((this.#entries.size <= maxEntries && this.#bytes <= this.#bounds.maxBytes) || oldest === key) break;
      this.#entries.delete(oldest);
      this.#bytes -= this.#bounds.sizeOf(entry);
    }
  }

  delete(key: string): void {
    const old = this.#entries.get(key);
    if (old === undefined) return;
    this.#entries.delete(key);
    this.#bytes -= this.#bounds.sizeOf(old);
  }

  /** The keys, oldest use first (a copy: entries may be deleted while walking it). */
  keys(): string[] {
    return [...this.#entries.keys()];
  }

  get size(): number {
    return this.#entries.size;
  }

  clear(): void {
    this.#entries.clear();
    this.#bytes = 0;
  }
}
