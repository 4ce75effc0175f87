import { describe, expect, test } from 'vitest';
import {
  freshRow,
  freshRowPaths,
  isFreshRow,
  restorePath,
  restoreProblems,
  withoutFreshRows,
} from '../../../../src-renderer/case-edit/fresh-rows.ts';
import type { FieldProblem } from '../../../../src-renderer/api/validation.ts';

const problem = (path: string): FieldProblem => ({ path, key: 'required', values: {}, fallback: 'This is required.' });

describe('untouched new rows', () => {
  const kept = { name: 'Ada' };
  const added = freshRow({ name: '' });
  const value = { people: [kept, added], plan: { household: [freshRow({ name: '', relation: '' })], notes: 'x' } };

  test('are found by identity, wherever they are', () => {
    expect(isFreshRow(added)).toBe(true);
    expect(isFreshRow({ name: '' })).toBe(false);
    expect(freshRowPaths(value)).toEqual(['people.1', 'plan.household.0']);
  });

  test('an edited row is a new object, so it is no longer untouched', () => {
    const typed = { ...value, people: [kept, { ...added, name: 'B' }] };
    expect(freshRowPaths(typed)).toEqual(['plan.household.0']);
  });

  test('are left out of what is saved; the rest keeps its identity', () => {
    const untouchedParts = { other: { a: 1 }, people: value.people };
    const saved = withoutFreshRows({ ...untouchedParts, plan: value.plan });
    expect(saved).toEqual({ other: { a: 1 }, people: [kept], plan: { household: [], notes: 'x' } });
    expect(saved.other).toBe(untouchedParts.other);
    const none = { people: [kept] };
    expect(withoutFreshRows(none)).toBe(none);
  });

  test('problems of the saved value are placed back at their rows, past the untouched ones', () => {
    const fresh = ['people.0', 'people.2', 'plan.household.0', 'people.3.assets.1'];
    expect(restorePath('people.0.familyName', fresh)).toBe('people.1.familyName');
    expect(restorePath('people.1.assets.1.kind', fresh)).toBe('people.3.assets.2.kind');
    expect(restorePath('people.1.assets.0.kind', fresh)).toBe('people.3.assets.0.kind');
    expect(restorePath('plan.household.0.name', fresh)).toBe('plan.household.1.name');
    expect(restorePath('client.uci', fresh)).toBe('client.uci');
    expect(restoreProblems([problem('people.0')], []).map((p) => p.path)).toEqual(['people.0']);
  });
});
