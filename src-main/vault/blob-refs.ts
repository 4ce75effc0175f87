import { blobIdPattern } from './file-names.ts';
import type { StoredCase } from './types.ts';

/**
 * Every blob id a stored case refers to: its exhibits, and anything its kept draft names. The
 * walk takes every string of the blob id's exact generated shape, wherever it sits, so a field
 * added later that holds a blob id is counted without being listed here; a stray match only
 * keeps a file, it never removes one.
 */
export function blobRefsOf(stored: Pick<StoredCase, 'case' | 'draft'>, into: Set<string> = new Set()): Set<string> {
  const walk = (value: unknown, depth: number): void => {
    if (depth > 64) return;
    if (typeof value === 'string') {
      if (blobIdPattern.test(value)) into.add(value);
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item, depth + 1);
    } else if (typeof value === 'object' && value !== null) {
      for (const item of Object.values(value)) walk(item, depth + 1);
    }
  };
  walk(stored.case, 0);
  walk(stored.draft, 0);
  return into;
}

/** Replaces every string equal to an old blob id by the new one, wherever it sits in the case. */
export function remapBlobs(value: unknown, ids: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return ids.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => remapBlobs(v, ids));
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, remapBlobs(v, ids)]));
  return value;
}
