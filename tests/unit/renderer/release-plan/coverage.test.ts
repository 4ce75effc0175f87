import { describe, expect, test } from 'vitest';
import { groundKinds, type Case, type Condition, type Ground } from '../../../../src-main/core/model/case.ts';
import {
  conditionCoverage,
  groundsNotRaised,
  groundsOffered,
  moveItem,
  raisedGrounds,
} from '../../../../src-renderer/features/release-plan/coverage.ts';

function condition(id: string, answers: Ground[], flags: Partial<Pick<Condition, 'proposed' | 'ordered'>> = {}): Condition {
  return { id, kind: 'APPEAR', details: '', answers, proposed: flags.proposed ?? true, ordered: flags.ordered ?? false };
}

function detention(episodes: { start: string; grounds: Ground[] }[]): Pick<Case, 'detention'> {
  return {
    detention: {
      episodes: episodes.map((e, i) => ({
        id: `ep-${i}`,
        start: { utc: e.start, tz: 'America/Toronto' },
        grounds: e.grounds,
        designatedForeignNational: false,
      })),
      hearings: [],
      seizedItems: [],
      releasePlan: { conditions: [], factors: [], background: '', vulnerability: '', groundResponses: [] },
      service: [],
      deadlineSettings: { ruleOverrides: [], holidayOverrides: [] },
    },
  };
}

describe('raisedGrounds', () => {
  test('the grounds of the episode that started last, in the order of IRPA s.58(1)', () => {
    const value = detention([
      { start: '2026-03-10T18:30:00Z', grounds: ['IDENTITY', 'FLIGHT'] },
      { start: '2025-01-02T10:00:00Z', grounds: ['DANGER'] },
    ]);
    expect(raisedGrounds(value)).toEqual(['FLIGHT', 'IDENTITY']);
  });

  test('no episode, no ground', () => {
    expect(raisedGrounds(detention([]))).toEqual([]);
  });
});

describe('groundsOffered', () => {
  test('every ground while none is recorded', () => {
    expect(groundsOffered([], [])).toEqual([...groundKinds]);
  });

  test('the grounds raised, plus one a condition already answers', () => {
    expect(groundsOffered(['FLIGHT'], [])).toEqual(['FLIGHT']);
    expect(groundsOffered(['FLIGHT'], ['DANGER'])).toEqual(['DANGER', 'FLIGHT']);
    expect(groundsNotRaised(['FLIGHT'], ['DANGER', 'FLIGHT'])).toEqual(['DANGER']);
    expect(groundsNotRaised([], ['DANGER'])).toEqual([]);
  });
});

describe('conditionCoverage', () => {
  test('Case 1: every condition answers flight risk, so nothing is flagged', () => {
    const conditions = ['reside', 'voice', 'appear', 'work', 'passport', 'deposit', 'guarantee'].map((id) => condition(id, ['FLIGHT']));
    expect(conditionCoverage(conditions, ['FLIGHT'])).toEqual({ idle: [], unanswered: [] });
  });

  test('a condition answering no ground is flagged by its position', () => {
    const result = conditionCoverage([condition('a', ['FLIGHT']), condition('b', []), condition('c', [])], ['FLIGHT']);
    expect(result.idle).toEqual([1, 2]);
    expect(result.unanswered).toEqual([]);
  });

  test('a ground raised with no condition answering it is flagged', () => {
    const result = conditionCoverage([condition('a', ['FLIGHT'])], ['DANGER', 'FLIGHT']);
    expect(result.unanswered).toEqual(['DANGER']);
  });

  test('a condition neither proposed nor ordered answers nothing', () => {
    const result = conditionCoverage([condition('a', ['DANGER'], { proposed: false, ordered: false })], ['DANGER']);
    expect(result.unanswered).toEqual(['DANGER']);
    expect(conditionCoverage([condition('a', ['DANGER'], { proposed: false, ordered: true })], ['DANGER']).unanswered).toEqual([]);
  });

  test('with no ground recorded nothing is unanswered', () => {
    expect(conditionCoverage([], [])).toEqual({ idle: [], unanswered: [] });
  });
});

describe('moveItem', () => {
  test('moves one place up or down and keeps every item', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
  });

  test('a move past either end changes nothing', () => {
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
    expect(moveItem(['a'], 5, -1)).toEqual(['a']);
  });
});
