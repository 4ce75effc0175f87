import { describe, expect, it } from 'vitest';
import { caseSchema, type Case } from '../../../../src-main/core/model/case.ts';
import { computeDeadlines } from '../../../../src-main/core/rules/index.ts';
import { optionsFromSettings } from '../../../../src-main/core/rules/shipped.ts';
import { contract, type DeadlineDto } from '../../../../src-main/ipc/contract.ts';
import {
  asDeadline,
  caseZone,
  daysBetween,
  isUrgent,
  legalDate,
  metBy,
  pickNext,
  ruleKey,
} from '../../../../src-renderer/features/detention/deadlines.ts';
import fixture from '../../../fixtures/cases/case1-lai.json';

const case1 = (): Case => caseSchema.parse(fixture.case);

/** What the renderer receives: the engine's limits through the IPC output schema. */
function received(value: Case, asOf: string): DeadlineDto[] {
  return contract.deadlinesCompute.output.parse(computeDeadlines(value, optionsFromSettings(value.detention.deadlineSettings, asOf)));
}

/** Case 1 the day after the arrest: only the detention is known yet. */
function dayAfterArrest(): Case {
  const value = case1();
  value.detention.hearings = [];
  value.detention.seizedItems = [];
  value.detention.episodes = value.detention.episodes.map(({ end: _end, endReason: _reason, ...episode }) => episode);
  return value;
}

describe('the next limit, as the renderer picks it', () => {
  it('is the 48-hour review the day after the arrest, one day from the office target', () => {
    const asOf = '2026-03-11T16:00:00Z';
    const next = pickNext(received(dayAfterArrest(), asOf), asOf, 'America/Toronto');
    expect(next?.deadline.ruleId).toBe('irpa-57-1-48h');
    expect(next?.pastDue).toBe(false);
    expect(next && daysBetween('2026-03-11', next.deadline.dueOffice)).toBe(1);
  });

  it('is a limit past due before any open one', () => {
    const asOf = '2026-03-13T16:00:00Z';
    const next = pickNext(received(dayAfterArrest(), asOf), asOf, 'America/Toronto');
    expect(next).toMatchObject({
      deadline: { ruleId: 'irpa-57-1-48h' },
      pastDue: true,
    });
  });

  it('skips limits already met', () => {
    const asOf = '2026-03-20T16:00:00Z';
    const list = received(case1(), asOf);
    const next = pickNext(list, asOf, 'America/Toronto');
    expect(next?.deadline.satisfiedBy).toBeUndefined();
    expect(list.find((d) => d.ruleId === 'irpa-57-1-48h')?.satisfiedBy).toBe('h-48h');
    expect(next?.deadline.ruleId).not.toBe('irpa-57-1-48h');
  });

  it('is nothing when nothing is open', () => {
    expect(pickNext([], '2026-03-20T16:00:00Z', 'America/Toronto')).toBeUndefined();
  });
});

describe('reading a limit received over IPC', () => {
  it("narrows it to the engine's type, leaving out warning codes this build does not know", () => {
    const [first] = received(case1(), '2026-03-11T12:00:00Z');
    if (!first) throw new Error('Case 1 has limits');
    const typed = asDeadline({
      ...first,
      warnings: [...first.warnings, { code: 'FROM_A_NEWER_ENGINE', message: 'x' }],
    });
    expect(typed?.warnings).toEqual(first.warnings);
    expect(asDeadline({ ...first, kind: 'not-a-kind' })).toBeUndefined();
  });

  it('gives the calendar date a limit is compared on', () => {
    const list = received(case1(), '2026-03-11T12:00:00Z');
    expect(legalDate(list.find((d) => d.ruleId === 'irpa-57-1-48h') as DeadlineDto)).toBe('2026-03-12');
    const asap = list.find((d) => d.dueLaw.type === 'asap');
    if (asap?.dueLaw.type !== 'asap') throw new Error('Case 1 has an as-soon-as-possible limit');
    expect(legalDate(asap)).toBe(asap.dueLaw.before.local.date);
  });

  it('tells a review that met the limit from a filed return application', () => {
    const value = case1();
    value.detention.seizedItems = value.detention.seizedItems.map((s) => ({
      ...s,
      returnApplicationFiled: '2026-04-01',
    }));
    const list = received(value, '2026-03-11T12:00:00Z');
    expect(metBy(list.find((d) => d.ruleId === 'irpr-254-seizure-return') as DeadlineDto)).toEqual({ kind: 'filed', date: '2026-04-01' });
    expect(metBy(list.find((d) => d.ruleId === 'irpa-57-1-48h') as DeadlineDto)).toEqual({ kind: 'hearing', id: 'h-48h' });
    expect(metBy(list.find((d) => d.ruleId === 'idr-11.4-written-reasons') as DeadlineDto)).toBeUndefined();
  });
});

describe('small rules of the banner', () => {
  it('is urgent when past due or two days or fewer from the target', () => {
    expect(isUrgent(true, 30)).toBe(true);
    expect(isUrgent(false, 2)).toBe(true);
    expect(isUrgent(false, 0)).toBe(true);
    expect(isUrgent(false, 3)).toBe(false);
  });

  it('counts calendar days across months and years', () => {
    expect(daysBetween('2026-03-11', '2026-05-09')).toBe(59);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-03-12', '2026-03-11')).toBe(-1);
  });

  it("judges the case in its first detention's zone, else the first hearing's", () => {
    expect(caseZone(case1())).toBe('America/Toronto');
    const hearingOnly = case1();
    hearingOnly.detention.episodes = [];
    hearingOnly.detention.hearings = hearingOnly.detention.hearings.map((h) => ({
      ...h,
      scheduled: { ...h.scheduled, tz: 'America/Vancouver' },
    }));
    expect(caseZone(hearingOnly)).toBe('America/Vancouver');
    const noZone = case1();
    noZone.detention.episodes = noZone.detention.episodes.map((e) => ({
      ...e,
      start: { ...e.start, tz: '' },
    }));
    expect(caseZone(noZone)).toBe('UTC');
  });

  it('makes rule ids usable as catalogue keys', () => {
    expect(ruleKey('irpa-57.1-1-dfn-14d')).toBe('irpa-57_1-1-dfn-14d');
    expect(ruleKey('irpa-57-1-48h')).toBe('irpa-57-1-48h');
  });
});
