import { describe, expect, it } from 'vitest';
import type { IdApplication, IdApplicationInput } from '../../../../src-main/core/model/applications.ts';
import { idApplicationSchema } from '../../../../src-main/core/model/applications.ts';
import type { HearingType } from '../../../../src-main/core/model/detention.ts';
import {
  applicationDeadlines,
  computeCaseDeadlines,
  type ApplicationCaseInput,
} from '../../../../src-main/core/rules/application-deadlines.ts';
import { applicationRuleFor, parseApplicationRules, shippedApplicationRules } from '../../../../src-main/core/rules/application-rules.ts';
import type { Deadline } from '../../../../src-main/core/rules/deadline.ts';
import { caught } from '../../../helpers/errors.ts';
import { loadRules } from './load.ts';

const rules = loadRules();
const tz = 'America/Toronto';

type HearingInput = ApplicationCaseInput['detention']['hearings'][number];

/** A hearing at 10:00 Toronto time on `date` (EDT from 8 March 2026, EST before). */
function hearing(id: string, type: HearingType, date: string, outcome?: HearingInput['outcome']): HearingInput {
  const offset = date >= '2026-03-08' && date < '2026-11-01' ? 4 : 5;
  return {
    id,
    type,
    scheduled: { utc: `${date}T${String(10 + offset).padStart(2, '0')}:00:00Z`, tz },
    ...(outcome === undefined ? {} : { outcome }),
  };
}

const app = (input: Omit<IdApplicationInput, 'id'> & { id?: string }): IdApplication =>
  idApplicationSchema.parse({ id: 'app-1', ...input });

function caseWith(hearings: HearingInput[], applications: IdApplication[]): ApplicationCaseInput {
  return {
    detention: {
      episodes: [{ id: 'ep1', start: { utc: '2026-03-10T18:30:00Z', tz } }],
      hearings,
      seizedItems: [],
      applications,
    },
  };
}

function one(c: ApplicationCaseInput, asOf: string): Deadline {
  const list = computeCaseDeadlines(c, { asOf, rules }).filter((d) => d.kind === 'application');
  expect(list).toHaveLength(1);
  const [d] = list;
  if (!d) throw new Error('no application limit');
  return d;
}

describe('which rule governs each application (ID Rules, SOR/2002-229, read from the text)', () => {
  const table = shippedApplicationRules();
  // Written by hand from the Rules: "(a) as soon as possible, in the case of a forty-eight hour or seven-day review …;
  // (b) in all other cases, at least five days before the hearing." r.33 and r.43 fix no day: r.38(2) as soon as possible.
  const expected: [IdApplication['kind'], HearingType | undefined, string, string][] = [
    ['private-proceeding', '48H', 'r.45(4)(a)', 'asap'],
    ['private-proceeding', '7D', 'r.45(4)(a)', 'asap'],
    ['private-proceeding', '30D', 'r.45(4)(b)', 'clear-days-before'],
    ['private-proceeding', 'ADMISSIBILITY', 'r.45(4)(b)', 'clear-days-before'],
    ['interpreter', '48H', 'r.17(1)(a)', 'asap'],
    ['interpreter', 'EARLY', 'r.17(1)(b)', 'clear-days-before'],
    ['documents', '7D', 'r.26(a)', 'asap'],
    ['documents', 'CONTINUATION', 'r.26(b)', 'clear-days-before'],
    ['witnesses', '7D', 'r.32(2)(a)', 'asap'],
    ['witnesses', '30D', 'r.32(2)(b)', 'clear-days-before'],
    ['summons', '30D', 'r.33(1); r.38(2) as soon as possible', 'asap'],
    ['change-date', '48H', 'r.43(1); r.38(2) as soon as possible', 'asap'],
    ['change-date', 'ADMISSIBILITY', 'r.43(1); r.38(2) as soon as possible', 'asap'],
    ['early-review', undefined, 'r.9(1)', 'period-end'],
  ];
  it.each(expected)('%s for a %s hearing: %s, %s', (kind, type, pinpoint, method) => {
    const rule = applicationRuleFor(table, kind, type);
    expect(rule?.citation).toEqual({ instrument: 'IDR', pinpoint, url: 'https://laws-lois.justice.gc.ca/eng/regulations/SOR-2002-229/' });
    expect(rule?.counting.method).toBe(method);
    expect(rule?.version).toBe('2006-03-22');
    if (method === 'clear-days-before') expect(rule?.counting).toEqual({ method, days: 5 });
  });

  it('every record is the 2006-03-22 version of the Rules; only the r.9 reading is unconfirmed', () => {
    expect(table.rules.filter((r) => r.status === 'unconfirmed').map((r) => r.id)).toEqual(['idr-9-early-review']);
  });

  it('refuses a table where two records claim the same application and hearing type', () => {
    const [first] = table.rules.filter((r) => r.application === 'private-proceeding');
    const error = caught(() => parseApplicationRules({ ...table, rules: [...table.rules, { ...first, id: 'idr-45-copy' }] }));
    expect(error.issues.map((i) => i.path)).toContain(`applications.rules.${String(table.rules.length)}.hearingTypes`);
  });
});

describe('r.45(4)(b): received at least 5 clear days before the hearing (IA s.27(1)), Ontario holidays', () => {
  // Expected dates counted by hand on a 2026 calendar: both the day of receipt and the hearing day are excluded,
  // and a last day on a weekend or holiday is never moved later (the office aims for the business day before).
  const table: [string, HearingType, string, string, string][] = [
    ['30-day review Fri 17 April', '30D', '2026-04-17', '2026-04-11', '2026-04-10'],
    ['admissibility hearing Wed 22 April', 'ADMISSIBILITY', '2026-04-22', '2026-04-16', '2026-04-16'],
    ['30-day review Thu 9 April (Good Friday is the 5th day back)', '30D', '2026-04-09', '2026-04-03', '2026-04-02'],
    ['30-day review Tue 26 May', '30D', '2026-05-26', '2026-05-20', '2026-05-20'],
    ['30-day review Tue 7 July (Canada Day is the last day)', '30D', '2026-07-07', '2026-07-01', '2026-06-30'],
    ['continuation Tue 5 January 2027 (across New Year)', 'CONTINUATION', '2027-01-05', '2026-12-30', '2026-12-30'],
  ];
  it.each(table)('%s (%s on %s): last day %s, office target %s', (_label, type, date, law, office) => {
    const c = caseWith([hearing('hr1', type, date)], [app({ kind: 'private-proceeding', hearingId: 'hr1' })]);
    const d = one(c, '2026-03-11T12:00:00Z');
    expect(d.ruleId).toBe('idr-45-private');
    expect(d.dueLaw).toEqual({ type: 'date', date: law });
    expect(d.dueOffice).toBe(office);
    expect(d.subject).toEqual({ type: 'application', id: 'app-1' });
  });
});

describe('as soon as possible (48-hour and 7-day reviews)', () => {
  it('r.45(4)(a) before a 7-day review: the target is the first working day from today, never earlier', () => {
    const c = caseWith(
      [hearing('h-48', '48H', '2026-03-12', 'DETAINED'), hearing('h-7', '7D', '2026-03-18')],
      [app({ kind: 'private-proceeding' })],
    );
    // Saturday 14 March at noon: the next working day is Monday 16 March.
    const d = one(c, '2026-03-14T16:00:00Z');
    expect(d.ruleId).toBe('idr-45-private-asap');
    expect(d.dueLaw).toMatchObject({ type: 'asap', before: { utc: '2026-03-18T14:00:00Z', tz } });
    expect(d.dueOffice).toBe('2026-03-16');
    expect(d.warnings.map((w) => w.code)).toContain('AS_SOON_AS_POSSIBLE');
  });

  it('an admissibility hearing the same day as the 7-day review follows r.45(4)(a)', () => {
    const c = caseWith(
      [
        hearing('h-48', '48H', '2026-03-12', 'DETAINED'),
        hearing('h-7', '7D', '2026-03-18'),
        hearing('h-adm', 'ADMISSIBILITY', '2026-03-18'),
      ],
      [app({ kind: 'private-proceeding', hearingId: 'h-adm' })],
    );
    expect(one(c, '2026-03-16T14:00:00Z').ruleId).toBe('idr-45-private-asap');
  });

  it('r.43 change of date and r.33 summons are as soon as possible whatever the hearing', () => {
    const c = caseWith(
      [hearing('h-30', '30D', '2026-04-17')],
      [app({ id: 'app-43', kind: 'change-date' }), app({ id: 'app-33', kind: 'summons' })],
    );
    const list = computeCaseDeadlines(c, { asOf: '2026-04-01T14:00:00Z', rules }).filter((d) => d.kind === 'application');
    expect(list.map((d) => [d.ruleId, d.dueLaw.type, d.dueOffice])).toEqual([
      ['idr-33-summons', 'asap', '2026-04-01'],
      ['idr-43-change-date', 'asap', '2026-04-01'],
    ]);
  });
});

describe('r.9 early review: before the running review period ends', () => {
  it('after the 48-hour review on Thu 12 March the seven-day period ends Thu 19 March', () => {
    const c = caseWith([hearing('h-48', '48H', '2026-03-12', 'DETAINED')], [app({ kind: 'early-review' })]);
    const d = one(c, '2026-03-13T14:00:00Z');
    expect(d.ruleId).toBe('idr-9-early-review');
    expect(d.dueLaw).toEqual({ type: 'date', date: '2026-03-19' });
    expect(d.status).toBe('unconfirmed');
  });

  it('after the 7-day review on Wed 18 March the thirty-day period ends Fri 17 April', () => {
    const c = caseWith(
      [hearing('h-48', '48H', '2026-03-12', 'DETAINED'), hearing('h-7', '7D', '2026-03-18', 'DETAINED')],
      [app({ kind: 'early-review' })],
    );
    expect(one(c, '2026-03-20T14:00:00Z').dueLaw).toEqual({ type: 'date', date: '2026-04-17' });
  });
});

describe('status', () => {
  const hearings = [hearing('h-30', '30D', '2026-04-17')];
  it('a filed application meets its limit', () => {
    const d = one(caseWith(hearings, [app({ kind: 'interpreter', status: 'filed', filedOn: '2026-04-08' })]), '2026-04-09T14:00:00Z');
    expect(d.ruleId).toBe('idr-17-interpreter');
    expect(d.satisfiedBy).toBe('application-filed:2026-04-08');
  });

  it('a draft past its last day is past due', () => {
    const d = one(caseWith(hearings, [app({ kind: 'witnesses', hearingId: 'h-30' })]), '2026-04-12T14:00:00Z');
    expect(d.dueLaw).toEqual({ type: 'date', date: '2026-04-11' });
    expect(d.warnings.map((w) => w.code)).toContain('PAST_DUE');
  });

  it('a withdrawn application has no limit, and a case without applications adds none', () => {
    const withdrawn = caseWith(hearings, [app({ kind: 'documents', status: 'withdrawn' })]);
    expect(applicationDeadlines(withdrawn, { asOf: '2026-04-01T14:00:00Z', rules }, [])).toEqual([]);
    expect(applicationDeadlines(caseWith(hearings, []), { asOf: '2026-04-01T14:00:00Z', rules }, [])).toEqual([]);
  });
});
