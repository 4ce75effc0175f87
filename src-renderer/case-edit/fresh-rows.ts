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

/** The problems a person should see: none inside a row they have not typed in yet. */
export function problemsOutside(problems: readonly FieldProblem[], paths: readonly string[]): FieldProblem[] {
  if (paths.length === 0) return [...problems];
  return problems.filter((problem) => !paths.some((path) => problem.path === path || problem.path.startsWith(`${path}.`)));
}
