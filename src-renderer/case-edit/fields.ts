import type { TFunction } from 'i18next';
import type { FieldProblem } from '../api/validation.ts';
import { describeProblem } from '../i18n/describe.ts';

export type ErrorAt = (path: string) => string | undefined;

/** Sets an optional field, removing it when empty (the schema has no "empty" optional values). */
export function withOptional<T extends object, K extends keyof T>(value: T, key: K, next: T[K] | undefined): T {
  const copy: Partial<T> = { ...value };
  if (next === undefined || next === '') delete copy[key];
  else copy[key] = next;
  return copy as T;
}

export { removeAt, replaceAt } from '../components/lists.ts';

/** Looks up the message for a dotted field path (relative to `prefix`). */
export function errorLookup(t: TFunction, problems: readonly FieldProblem[], prefix: string): ErrorAt {
  return (path) => {
    const full = path === '' ? prefix : `${prefix}.${path}`;
    const problem = problems.find((p) => p.path === full);
    return problem ? describeProblem(t, problem) : undefined;
  };
}

/** Narrows an ErrorAt to a sub-path, e.g. `dateOfBirth`. */
export function under(errorAt: ErrorAt, prefix: string): ErrorAt {
  return (path) => errorAt(path === '' ? prefix : `${prefix}.${path}`);
}
