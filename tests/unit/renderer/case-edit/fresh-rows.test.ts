import { describe, expect, test } from 'vitest';
import { freshRow, freshRowPaths, isFreshRow, problemsOutside, withoutFreshRows } from '../../../../src-renderer/case-edit/fresh-rows.ts';
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

  test('show no problems, while the rows around them do', () => {
    const problems = [problem('people.1.familyName'), problem('people.10.familyName'), problem('people.0.familyName'), problem('people.1')];
    expect(problemsOutside(problems, ['people.1']).map((p) => p.path)).toEqual(['people.10.familyName', 'people.0.familyName']);
    expect(problemsOutside(problems, [])).toEqual(problems);
  });
});
