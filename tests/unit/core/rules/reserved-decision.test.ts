import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../../../../src-main/core/rules/compute.ts';
import type { Deadline } from '../../../../src-main/core/rules/deadline.ts';
import type { DeadlineCaseInput } from '../../../../src-main/core/rules/input.ts';
import { loadRules } from './load.ts';

const rules = loadRules();
type Hearing = DeadlineCaseInput['detention']['hearings'][number];

/** Detained Mon 2026-03-02 10:00 in Toronto; the 48-hour review on Tue 03-03 continued detention. */
function detained(sevenDay: Partial<Hearing>): DeadlineCaseInput {
  return {
    detention: {
      episodes: [{ id: 'e1', start: { utc: '2026-03-02T15:00:00Z', tz: 'America/Toronto' }, facility: { province: 'ON' } }],
      hearings: [
        { id: 'h-48h', type: '48H', scheduled: { utc: '2026-03-03T15:00:00Z', tz: 'America/Toronto' }, outcome: 'DETAINED' },
        { id: 'h-7d', type: '7D', scheduled: { utc: '2026-03-09T18:00:00Z', tz: 'America/Toronto' }, ...sevenDay },
      ],
      seizedItems: [],
    },
  };
}

const asOf = '2026-03-20T15:00:00Z';
const find = (list: readonly Deadline[], kind: Deadline['kind'], subject?: string): Deadline | undefined =>
  list.find((d) => d.kind === kind && (subject === undefined || d.subject.id === subject));
const codes = (d: Deadline | undefined): string[] => (d?.warnings ?? []).map((w) => w.code);

describe('a review whose decision was reserved (IRPA s.57(2), ID Rules r.11(4))', () => {
  it('nothing recorded at the 7-day sitting: the limit (Tue 03-10) is past due and no 30-day review is counted', () => {
    const list = computeDeadlines(detained({}), { asOf, rules });
    expect(codes(find(list, '7D-review'))).toContain('REVIEW_PAST_DUE');
    expect(find(list, '30D-review')).toBeUndefined();
  });

  it('decision reserved at the sitting, not yet received: the 7-day limit is met, the 30-day one runs from the sitting (Wed 04-08)', () => {
    const list = computeDeadlines(detained({ reserved: { reservedOn: '2026-03-09' } }), { asOf, rules });
    const seven = find(list, '7D-review');
    expect(seven?.satisfiedBy).toBe('h-7d');
    expect(codes(seven)).not.toContain('REVIEW_PAST_DUE');
    expect(codes(seven)).not.toContain('REVIEW_HELD_LATE');
    const thirty = find(list, '30D-review');
    expect(thirty).toMatchObject({ from: '2026-03-09', dueLaw: { type: 'date', date: '2026-04-08' } });
    expect(codes(thirty)).toContain('DECISION_RESERVED');
    // While the decision is awaited there is nothing to ask written reasons of.
    expect(find(list, 'written-reasons-request', 'h-7d')).toBeUndefined();
  });

  it('decision received Mon 03-16: written reasons are asked within 10 days of it (Thu 03-26), not of the sitting', () => {
    const list = computeDeadlines(detained({ reserved: { reservedOn: '2026-03-09', receivedOn: '2026-03-16' }, outcome: 'DETAINED' }), {
      asOf,
      rules,
    });
    expect(find(list, 'written-reasons-request', 'h-7d')).toMatchObject({
      from: '2026-03-16',
      dueLaw: { type: 'date', date: '2026-03-26' },
    });
    expect(find(list, '30D-review')?.dueLaw).toEqual({ type: 'date', date: '2026-04-08' });
  });

  it('a reserved decision that turned out to be release ends the schedule', () => {
    const list = computeDeadlines(detained({ reserved: { receivedOn: '2026-03-12' }, outcome: 'RELEASED' }), { asOf, rules });
    expect(find(list, '30D-review')).toBeUndefined();
  });
});
