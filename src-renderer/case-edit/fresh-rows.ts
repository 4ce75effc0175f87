import type { FieldProblem } from '../api/validation.ts';

/**
 * Rows just added with "Add …" and not yet typed in. Edits replace a row's object, so a row is
 * untouched exactly while it is the object its factory made: identity is the whole test.
 */
const fresh = new WeakSet<object>();

/** Marks a newly made row (a bondsperson, a condition…) as untouched; returns it. */
export function freshRow<T extends object>(row: T): T {
  fresh.add(row);
  return row;
}

export function isFreshRow(value: unknown): boolean {
  return typeof value === 'object' && value !== null && fresh.has(value);
}

/** The dotted paths of the untouched rows inside `value` ("people.2", "detention.releasePlan.conditions.0"). */
export function freshRowPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [];
  const at = (key: string | number) => (prefix === '' ? String(key) : `${prefix}.${key}`);
  if (Array.isArray(value)) {
    return value.flatMap((item: unknown, index) => (isFreshRow(item) ? [at(index)] : freshRowPaths(item, at(index))));
  }
  return Object.entries(value).flatMap(([key, item]) => freshRowPaths(item, at(key)));
}

/** `value` without its untouched rows: what is saved, since an empty row is not yet anything. Unchanged parts keep their identity. */
export function withoutFreshRows<T>(value: T): T {
  return strip(value) as T;
}

function strip(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const kept = value.filter((item: unknown) => !isFreshRow(item));
    const next = kept.map(strip);
    const same = kept.length === value.length && next.every((item, index) => item === value[index]);
    return same ? value : next;
  }
  let changed = false;
  const next: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const stripped = strip(item);
    if (stripped !== item) changed = true;
    next[key] = stripped;
  }
  return changed ? next : value;
}

/**
 * A path in the value without its untouched rows, as a path in the value with them: each index
 * moves past the untouched rows before it in the same list (`fresh` as `freshRowPaths` gives it).
 */
export function restorePath(path: string, fresh: readonly string[]): string {
  const segments = path.split('.');
  for (let j = 0; j < segments.length; j += 1) {
    const segment = segments[j] ?? '';
    if (!/^\d+$/u.test(segment)) continue;
    const prefix = segments.slice(0, j).join('.');
    const skipped = fresh
      .map((p) => ({ parent: p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '', at: Number(p.slice(p.lastIndexOf('.') + 1)) }))
      .filter((p) => p.parent === prefix)
      .map((p) => p.at)
      .toSorted((a, b) => a - b);
    let index = Number(segment);
    for (const at of skipped) if (at <= index) index += 1;
    segments[j] = String(index);
  }
  return segments.join('.');
}

/** Problems found in the value without its untouched rows, placed back at the rows they belong to. */
export function restoreProblems(problems: readonly FieldProblem[], fresh: readonly string[]): FieldProblem[] {
  return problems.map((problem) => ({ ...problem, path: restorePath(problem.path, fresh) }));
}
