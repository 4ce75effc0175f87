import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../../../../src-main/core/rules/compute.ts';
import type { Deadline } from '../../../../src-main/core/rules/deadline.ts';
import type { DeadlineCaseInput } from '../../../../src-main/core/rules/input.ts';
import { loadCase, loadRules } from './load.ts';

const rules = loadRules();
const case1 = loadCase('case1-lai.json');
const asOf = '2026-03-20T12:00:00Z';

function find(list: readonly Deadline[], kind: Deadline['kind'], subject?: string): Deadline {
  const hit = list.find((d) => d.kind === kind && (subject === undefined || d.subject.id === subject));
  if (!hit) throw new Error(`no ${kind} deadline${subject === undefined ? '' : ` for ${subject}`}`);
  return hit;
}

const date = (d: Deadline): string => (d.dueLaw.type === 'date' ? d.dueLaw.date : 'not a date');

describe('Case 1 (LAI Wing-sze) reproduces every date of domain.md §10', () => {
  const list = computeDeadlines(case1, { asOf, rules });

  it('48-hour limit is Thu 2026-03-12 14:30 Toronto time, 48 real hours after the arrest', () => {
    const d = find(list, '48H-review');
    expect(d.dueLaw).toEqual({
      type: 'instant',
      utc: '2026-03-12T18:30:00Z',
      tz: 'America/Toronto',
      local: { date: '2026-03-12', time: '14:30', offset: '-04:00' },
    });
    expect(d.dueOffice).toBe('2026-03-12');
    expect(d.satisfiedBy).toBe('h-48h');
    expect(d.basis).toMatchObject({ instrument: 'IRPA', pinpoint: 's.57(1)' });
    expect(d.status).toBe('unconfirmed');
    // DST began on 8 March, before the arrest: nothing changes inside the window.
    expect(d.warnings.map((w) => w.code)).toEqual([]);
  });

  it('7-day review is due by 2026-03-19 after the 2026-03-12 review, and was met on 03-18', () => {
    const d = find(list, '7D-review');
    expect(d.from).toBe('2026-03-12');
    expect(date(d)).toBe('2026-03-19');
    expect(d.dueOffice).toBe('2026-03-19');
    expect(d.satisfiedBy).toBe('h-7d');
  });

  it('no 30-day review after the release order', () => {
    expect(list.some((d) => d.kind === '30D-review')).toBe(false);
  });

  it('seizure return application: 2026-05-09 (Saturday, not moved by IA s.26), office target Fri 2026-05-08', () => {
    for (const id of ['s-phones', 's-cash']) {
      const d = find(list, 'seizure-return', id);
      expect(date(d)).toBe('2026-05-09');
      expect(d.dueUnrolled).toBeUndefined();
      expect(d.dueOffice).toBe('2026-05-08');
      expect(d.basis).toMatchObject({ instrument: 'IRPR', pinpoint: 's.254' });
      expect(d.status).toBe('verified');
      expect(d.warnings.map((w) => w.code)).toEqual(['NOT_A_BUSINESS_DAY']);
    }
  });

  it('disclosure for the Wed 2026-04-22 admissibility hearing must be received by Thu 2026-04-16', () => {
    const d = find(list, 'disclosure', 'h-admissibility');
    expect(date(d)).toBe('2026-04-16');
    expect(d.dueOffice).toBe('2026-04-16');
    expect(d.basis).toMatchObject({ instrument: 'IDR', pinpoint: 'r.26(b)' });
    expect(find(list, 'interpreter-notice', 'h-admissibility').dueLaw).toEqual({ type: 'date', date: '2026-04-16' });
  });

  it('written reasons for the 7-day decision: request received by 2026-03-28 (a Saturday: office Fri 03-27)', () => {
    const d = find(list, 'written-reasons-request', 'h-7d');
    expect(date(d)).toBe('2026-03-28');
    expect(d.dueOffice).toBe('2026-03-27');
    // The 48-hour decision's 10th day is Sunday 03-22, which IA s.26 moves to Monday.
    const first = find(list, 'written-reasons-request', 'h-48h');
    expect(first).toMatchObject({ dueLaw: { type: 'date', date: '2026-03-23' }, dueUnrolled: '2026-03-22', dueOffice: '2026-03-20' });
    // Reasons for the 7-day decision were requested on 03-20: that limit is met; the 48-hour one stays open.
    expect(d.satisfiedBy).toBe('reasons-requested:2026-03-20');
    expect(first.satisfiedBy).toBeUndefined();
  });

  it('every deadline has dueOffice on or before the legal date', () => {
    for (const d of list) {
      const law = d.dueLaw.type === 'date' ? d.dueLaw.date : d.dueLaw.type === 'instant' ? d.dueLaw.local.date : d.dueLaw.before.local.date;
      expect(d.dueOffice <= law).toBe(true);
    }
  });
});

describe('worked example of domain.md §1.3', () => {
  it('48-hour review Thu 03-12, 7-day review Wed 03-18, detention continues: next review due by Fri 2026-04-17', () => {
    const continued: DeadlineCaseInput = {
      detention: {
        ...case1.detention,
        episodes: case1.detention.episodes.map(({ end: _end, ...episode }) => episode),
        hearings: case1.detention.hearings.map((h) => (h.id === 'h-7d' ? { ...h, outcome: 'DETAINED' as const } : h)),
      },
    };
    const list = computeDeadlines(continued, { asOf, rules });
    const thirty = find(list, '30D-review');
    expect(thirty.from).toBe('2026-03-18');
    expect(date(thirty)).toBe('2026-04-17');
    expect(thirty.dueOffice).toBe('2026-04-17');
    expect(thirty.satisfiedBy).toBeUndefined();
    expect(thirty.warnings).toEqual([]);
    const later = computeDeadlines(continued, { asOf: '2026-04-18T16:00:00Z', rules });
    expect(find(later, '30D-review').warnings.map((w) => w.code)).toEqual(['REVIEW_PAST_DUE']);
  });
});
