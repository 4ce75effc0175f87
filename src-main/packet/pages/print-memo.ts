/**
 * Printed PDFs by the JSON of what was printed, least recently used out first, bounded by count
 * and by bytes. A hit moves the entry to the back, so documents printed in every build stay in
 * while a build prints more than the memo holds once.
 */
export class PrintMemo {
  readonly #entries = new Map<string, Uint8Array>();
  readonly #maxEntries: number;
  readonly #maxBytes: number;
  #bytes = 0;

  constructor(maxEntries: number, maxBytes: number) {
    this.#maxEntries = maxEntries;
    this.#maxBytes = maxBytes;
  }

  get(key: string): Uint8Array | undefined {
    const hit = this.#entries.get(key);
    if (hit === undefined) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, hit);
    return hit;
  }

  set(key: string, pdf: Uint8Array): void {
    const old = this.#entries.get(key);
    if (old !== undefined) this.#bytes -= old.length;
    this.#entries.delete(key);
    this.#entries.set(key, pdf);
    this.#bytes += pdf.length;
    for (const [oldest, bytes] of this.#entries) {
      if ((this.#entries.size <= this.#maxEntries && this.#bytes <= this.#maxBytes) || oldest === key) break;
      this.#entries.delete(oldest);
      this.#bytes -= bytes.length;
    }
  }

  get size(): number {
    return this.#entries.size;
  }
}
