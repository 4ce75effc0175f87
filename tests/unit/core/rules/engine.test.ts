import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../../../../src-main/core/rules/compute.ts';
import type { Deadline } from '../../../../src-main/core/rules/deadline.ts';
import type { DeadlineCaseInput } from '../../../../src-main/core/rules/input.ts';
import { parseRuleSet } from '../../../../src-main/core/rules/rule-set.ts';
import { loadRules } from './load.ts';
import { caught } from '../../../helpers/errors.ts';

const rules = loadRules();
type Hearing = DeadlineCaseInput['detention']['hearings'][number];

/** Toronto time is also Québec's: these cases are held in Ontario, so the facility says so. */
function detained(utc: string, tz: string, hearings: Hearing[] = [], designated = false): DeadlineCaseInput {
  const facility = tz === 'America/Toronto' ? { facility: { province: 'ON' as const } } : {};
  return {
    detention: {
      episodes: [{ id: 'e1', start: { utc, tz }, designatedForeignNational: designated, ...facility }],
      hearings,
      seizedItems: [],
    },
  };
}

const only = (list: readonly Deadline[], kind: Deadline['kind']): Deadline => {
  const d = list.find((x) => x.kind === kind);
  if (!d) throw new Error(`no ${kind}`);
  return d;
};
const codes = (d: Deadline): string[] => d.warnings.map((w) => w.code);

describe('48-hour window across daylight-saving changes (Toronto 2026)', () => {
  it('spring forward: detained Sat 7 March 14:30 EST → Mon 9 March 15:30 EDT, with a warning', () => {
    const d = only(
      computeDeadlines(detained('2026-03-07T19:30:00Z', 'America/Toronto'), { asOf: '2026-03-07T20:00:00Z', rules }),
      '48H-review',
    );
    expect(d.dueLaw).toMatchObject({ utc: '2026-03-09T19:30:00Z', local: { date: '2026-03-09', time: '15:30', offset: '-04:00' } });
    expect(codes(d)).toContain('DST_CHANGE_IN_WINDOW');
  });

  it('fall back: detained Fri 30 October 14:30 EDT → Sun 1 November 13:30 EST, weekend warning too; office target the next sitting, not the arrest day', () => {
    const d = only(
      computeDeadlines(detained('2026-10-30T18:30:00Z', 'America/Toronto'), { asOf: '2026-10-30T19:00:00Z', rules }),
      '48H-review',
    );
    expect(d.dueLaw).toMatchObject({ utc: '2026-11-01T18:30:00Z', local: { date: '2026-11-01', time: '13:30', offset: '-05:00' } });
    expect(codes(d)).toEqual(['WEEKEND_OR_HOLIDAY_AT_48H', 'DST_CHANGE_IN_WINDOW']);
    expect(d.dueOffice).toBe('2026-11-02');
    expect(d.sitting).toEqual({
      closed: [{ date: '2026-11-01', holidays: [] }],
      next: '2026-11-02',
    });
  });

  it('detained inside the repeated hour (01:30 EDT on 1 November) keeps 48 real hours', () => {
    const d = only(
      computeDeadlines(detained('2026-11-01T05:30:00Z', 'America/Toronto'), { asOf: '2026-11-01T06:00:00Z', rules }),
      '48H-review',
    );
    expect(d.dueLaw).toMatchObject({ utc: '2026-11-03T05:30:00Z', local: { date: '2026-11-03', time: '00:30', offset: '-05:00' } });
  });

  it('Regina (no daylight time) never warns', () => {
    const d = only(
      computeDeadlines(detained('2026-03-07T20:30:00Z', 'America/Regina'), { asOf: '2026-03-07T21:00:00Z', region: 'CA', rules }),
      '48H-review',
    );
    expect(codes(d)).not.toContain('DST_CHANGE_IN_WINDOW');
  });
});

describe('warnings', () => {
  it('48 hours ending on Good Friday name the holidays and the next sitting; a review then is not late, a later one is', () => {
    const start = '2026-04-01T16:00:00Z';
    const none = only(computeDeadlines(detained(start, 'America/Toronto'), { asOf: '2026-04-04T00:00:00Z', rules }), '48H-review');
    expect(codes(none)).toEqual(['WEEKEND_OR_HOLIDAY_AT_48H']);
    // Thursday evening: the Thursday target has gone by, so the earliest working day from now is the next sitting.
    expect(none.dueOffice).toBe('2026-04-07');
    const early = only(computeDeadlines(detained(start, 'America/Toronto'), { asOf: '2026-04-01T18:00:00Z', rules }), '48H-review');
    expect(early.dueOffice).toBe('2026-04-02');
    expect(none.sitting?.next).toBe('2026-04-07');
    expect(none.sitting?.closed.map((c) => [c.date, c.holidays.map((h) => h.name)])).toEqual([
      ['2026-04-03', ['Good Friday']],
      ['2026-04-04', []],
      ['2026-04-05', []],
      ['2026-04-06', ['Easter Monday']],
    ]);
    const after = only(computeDeadlines(detained(start, 'America/Toronto'), { asOf: '2026-04-08T12:00:00Z', rules }), '48H-review');
    expect(codes(after)).toEqual(['WEEKEND_OR_HOLIDAY_AT_48H', 'REVIEW_PAST_DUE']);
    const at = (utc: string): Hearing => ({ id: 'h1', type: '48H', scheduled: { utc, tz: 'America/Toronto' }, outcome: 'DETAINED' });
    const held = only(
      computeDeadlines(detained(start, 'America/Toronto', [at('2026-04-07T14:00:00Z')]), { asOf: '2026-04-08T00:00:00Z', rules }),
      '48H-review',
    );
    expect(codes(held)).toEqual(['WEEKEND_OR_HOLIDAY_AT_48H', 'HELD_AT_NEXT_SITTING']);
    const late = only(
      computeDeadlines(detained(start, 'America/Toronto', [at('2026-04-08T14:00:00Z')]), { asOf: '2026-04-09T00:00:00Z', rules }),
      '48H-review',
    );
    expect(codes(late)).toEqual(['WEEKEND_OR_HOLIDAY_AT_48H', 'REVIEW_HELD_LATE']);
  });

  it('a scheduled review after the limit is flagged before it happens', () => {
    const h: Hearing[] = [
      { id: 'a', type: '48H', scheduled: { utc: '2026-06-03T14:00:00Z', tz: 'America/Toronto' }, outcome: 'DETAINED' },
      { id: 'b', type: '7D', scheduled: { utc: '2026-06-11T14:00:00Z', tz: 'America/Toronto' } },
    ];
    const d = only(
      computeDeadlines(detained('2026-06-01T14:00:00Z', 'America/Toronto', h), { asOf: '2026-06-04T00:00:00Z', rules }),
      '7D-review',
    );
    expect(d.dueLaw).toEqual({ type: 'date', date: '2026-06-10' });
    expect(codes(d)).toEqual(['SCHEDULED_AFTER_DUE']);
  });

  it('a hearing on a holiday is a warning, not a refusal', () => {
    const h: Hearing[] = [{ id: 'adm', type: 'ADMISSIBILITY', scheduled: { utc: '2026-07-01T14:00:00Z', tz: 'America/Toronto' } }];
    const d = only(
      computeDeadlines(detained('2026-06-01T14:00:00Z', 'America/Toronto', h), { asOf: '2026-06-02T00:00:00Z', rules }),
      'disclosure',
    );
    expect(d.dueLaw).toEqual({ type: 'date', date: '2026-06-25' });
    expect(codes(d)).toContain('HEARING_ON_HOLIDAY');
  });

  it('a time zone with no known province uses the federal calendar and says so', () => {
    const d = only(
      computeDeadlines(detained('2026-06-01T14:00:00Z', 'America/New_York'), { asOf: '2026-06-02T00:00:00Z', rules }),
      '48H-review',
    );
    expect(codes(d)).toContain('REGION_UNKNOWN');
  });

  it('a zone several provinces keep gives its first province and says so; Winnipeg is Manitoba', () => {
    const toronto = computeDeadlines(
      {
        detention: {
          episodes: [{ id: 'e', start: { utc: '2026-06-01T14:00:00Z', tz: 'America/Toronto' } }],
          hearings: [],
          seizedItems: [],
        },
      },
      { asOf: '2026-06-02T00:00:00Z', rules },
    );
    expect(codes(only(toronto, '48H-review'))).toEqual(['REGION_FROM_ZONE']);
    const winnipeg = only(
      computeDeadlines(detained('2026-06-01T14:00:00Z', 'America/Winnipeg'), { asOf: '2026-06-02T00:00:00Z', rules }),
      '48H-review',
    );
    expect(winnipeg.warnings[0]?.message).toContain('Holidays of MB');
  });
});

describe('schedules', () => {
  it('an early review restarts the 30-day clock', () => {
    const tz = 'America/Vancouver';
    const h: Hearing[] = [
      { id: 'a', type: '48H', scheduled: { utc: '2026-01-07T18:00:00Z', tz }, outcome: 'DETAINED' },
      { id: 'b', type: '7D', scheduled: { utc: '2026-01-13T18:00:00Z', tz }, outcome: 'DETAINED' },
      { id: 'c', type: 'EARLY', scheduled: { utc: '2026-01-20T18:00:00Z', tz }, outcome: 'DETAINED' },
    ];
    const list = computeDeadlines(detained('2026-01-05T18:00:00Z', tz, h), { asOf: '2026-01-21T00:00:00Z', rules });
    const thirties = list.filter((d) => d.kind === '30D-review');
    expect(thirties.map((d) => [d.from, d.dueLaw, d.satisfiedBy])).toEqual([
      ['2026-01-13', { type: 'date', date: '2026-02-12' }, 'c'],
      ['2026-01-20', { type: 'date', date: '2026-02-19' }, undefined],
    ]);
  });

  it('a 30-day due date on a Sunday rolls to Monday in law; office target is the Friday before', () => {
    const tz = 'America/Toronto';
    const h: Hearing[] = [
      { id: 'a', type: '48H', scheduled: { utc: '2026-01-07T15:00:00Z', tz }, outcome: 'DETAINED' },
      { id: 'b', type: '7D', scheduled: { utc: '2026-01-09T15:00:00Z', tz }, outcome: 'DETAINED' },
    ];
    const d = only(computeDeadlines(detained('2026-01-05T15:00:00Z', tz, h), { asOf: '2026-01-10T00:00:00Z', rules }), '30D-review');
    expect(d).toMatchObject({ dueUnrolled: '2026-02-08', dueLaw: { type: 'date', date: '2026-02-09' }, dueOffice: '2026-02-06' });
    expect(codes(d)).toEqual(['ROLLED_FORWARD', 'NOT_A_BUSINESS_DAY', 'NEXT_SITTING']);
    expect(d.sitting).toEqual({ closed: [{ date: '2026-02-08', holidays: [] }], next: '2026-02-09' });
  });

  it('designated foreign nationals: 14 days, then 6 months and never earlier (IRPA 57.1)', () => {
    const tz = 'America/Vancouver';
    const h: Hearing[] = [
      { id: 'a', type: '30D', scheduled: { utc: '2026-08-12T17:00:00Z', tz }, outcome: 'DETAINED' },
      { id: 'b', type: '30D', scheduled: { utc: '2027-01-05T17:00:00Z', tz }, outcome: 'DETAINED' },
    ];
    const list = computeDeadlines(detained('2026-07-31T17:00:00Z', tz, h, true), { asOf: '2027-01-06T00:00:00Z', rules });
    expect(list.some((d) => d.kind === '48H-review' || d.kind === '7D-review')).toBe(false);
    expect(only(list, 'DFN-first-review')).toMatchObject({ dueLaw: { type: 'date', date: '2026-08-14' }, satisfiedBy: 'a' });
    const six = list.filter((d) => d.kind === 'DFN-6M-review');
    expect(six[0]).toMatchObject({
      from: '2026-08-12',
      earliest: '2027-02-12',
      dueLaw: { type: 'date', date: '2027-02-12' },
      satisfiedBy: 'b',
    });
    expect(codes(six[0] as Deadline)).toContain('REVIEW_TOO_EARLY');
  });

  it('release by an officer before the first review owes no review', () => {
    const input: DeadlineCaseInput = {
      detention: {
        episodes: [
          {
            id: 'e1',
            start: { utc: '2026-05-01T14:00:00Z', tz: 'America/Toronto' },
            end: { utc: '2026-05-02T14:00:00Z', tz: 'America/Toronto' },
          },
        ],
        hearings: [],
        seizedItems: [],
      },
    };
    expect(computeDeadlines(input, { asOf: '2026-05-10T00:00:00Z', rules })).toEqual([]);
  });
});

describe('overrides', () => {
  it('an unconfirmed reading can be replaced and the deadline says so', () => {
    const tz = 'America/Toronto';
    const h: Hearing[] = [
      { id: 'a', type: '48H', scheduled: { utc: '2026-01-07T15:00:00Z', tz }, outcome: 'DETAINED' },
      { id: 'b', type: '7D', scheduled: { utc: '2026-01-09T15:00:00Z', tz }, outcome: 'DETAINED' },
    ];
    const list = computeDeadlines(detained('2026-01-05T15:00:00Z', tz, h), {
      asOf: '2026-01-10T00:00:00Z',
      rules,
      overrides: { rules: [{ ruleId: 'irpa-57-2-30d', rollForward: false, reason: 'IA s.26 does not bind the tribunal' }] },
    });
    const d = only(list, '30D-review');
    expect(d).toMatchObject({
      status: 'overridden',
      overrideReason: 'IA s.26 does not bind the tribunal',
      dueLaw: { type: 'date', date: '2026-02-08' },
    });
    expect(codes(d)[0]).toBe('RULE_OVERRIDDEN');
  });

  it('an override naming no rule is refused with its path', () => {
    const e = caught(() =>
      computeDeadlines(detained('2026-01-05T15:00:00Z', 'America/Toronto'), {
        asOf: '2026-01-10T00:00:00Z',
        rules,
        overrides: { rules: [{ ruleId: 'nope', reason: 'x' }] },
      }),
    );
    expect(e.issues.map((i) => i.path)).toEqual(['overrides.rules.0.ruleId']);
  });
});

describe('bad input', () => {
  it('a detention start without a time zone', () => {
    const e = caught(() => computeDeadlines(detained('2026-01-05T15:00:00Z', ''), { asOf: '2026-01-10T00:00:00Z', rules }));
    expect(e.code).toBe('VALIDATION');
    expect(e.issues.map((i) => i.path)).toEqual(['detention.episodes.0.start.tz']);
  });

  it('a review before the detention start', () => {
    const h: Hearing[] = [{ id: 'a', type: '48H', scheduled: { utc: '2026-01-04T15:00:00Z', tz: 'America/Toronto' }, outcome: 'DETAINED' }];
    const e = caught(() =>
      computeDeadlines(detained('2026-01-05T15:00:00Z', 'America/Toronto', h), { asOf: '2026-01-10T00:00:00Z', rules }),
    );
    expect(e.issues.map((i) => i.path)).toEqual(['detention.hearings.0.scheduled']);
  });

  it('reviews out of order (a 7-day review before the 48-hour review)', () => {
    const tz = 'America/Toronto';
    const h: Hearing[] = [
      { id: 'a', type: '48H', scheduled: { utc: '2026-01-09T15:00:00Z', tz }, outcome: 'DETAINED' },
      { id: 'b', type: '7D', scheduled: { utc: '2026-01-06T15:00:00Z', tz }, outcome: 'DETAINED' },
    ];
    const e = caught(() => computeDeadlines(detained('2026-01-05T15:00:00Z', tz, h), { asOf: '2026-01-10T00:00:00Z', rules }));
    expect(e.issues.map((i) => i.path)).toEqual(['detention.hearings.0.type']);
  });

  it('an unreadable instant and a bad as-of', () => {
    const e = caught(() => computeDeadlines(detained('2026-02-30T15:00:00Z', 'America/Toronto'), { asOf: '2026-01-10T00:00:00Z', rules }));
    expect(e.issues.map((i) => i.path)).toEqual(['detention.episodes.0.start.utc']);
    expect(
      caught(() => computeDeadlines(detained('2026-01-05T15:00:00Z', 'America/Toronto'), { asOf: 'today', rules })).issues[0]?.path,
    ).toBe('asOf');
  });

  it('bad rules data is refused with every path', () => {
    const timeLimits = structuredClone(rules.timeLimits) as { rules: { counting: unknown; citation: { instrument: string } }[] };
    const first = timeLimits.rules[0];
    if (first) first.counting = { method: 'fortnights' };
    const second = timeLimits.rules[1];
    if (second) second.citation.instrument = 'XYZ';
    const e = caught(() => parseRuleSet({ timeLimits, holidays: rules.holidays }));
    expect(e.issues.map((i) => i.path)).toEqual(['timeLimits.rules.0.counting.method', 'timeLimits.rules.1.citation.instrument']);
  });
});
