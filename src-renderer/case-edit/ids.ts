/**
 * A fresh id for a row (`review-3f9a…`), matching the case schema's id pattern: the prefix, a dash
 * and 16 random hex digits, never one of `taken`.
 */
export function newId(prefix: string, taken: ReadonlySet<string> = new Set()): string {
  for (;;) {
    const bytes = crypto.getRandomValues(new Uint8Array(8));
    const id = `${prefix}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
    if (!taken.has(id)) return id;
  }
}
