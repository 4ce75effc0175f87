import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { caseSchema, type Case } from '../../../../src-main/core/model/case.ts';
import { validateCase } from '../../../../src-renderer/api/validation.ts';
import { detentionErrorLookup, problemsOfError } from '../../../../src-renderer/features/detention/problems.ts';
import { issueCatalog } from '../../../../src-main/core/issues/catalog.ts';
import en from '../../../../src-renderer/i18n/en.json';
import { issueStrings } from '../../../../src-renderer/i18n/issue-strings.ts';
import fixture from '../../../fixtures/cases/case1-lai.json';

const case1 = (): Case => caseSchema.parse(fixture.case);
const t = i18next.createInstance();

beforeAll(async () => {
  await t.init({
    lng: 'en',
    resources: { en: { translation: { ...en, validation: issueStrings('en') } } },
    interpolation: { escapeValue: false },
  });
});

/** The message the Detention tab shows at `path` (under `detention.`) for this draft. */
function messageAt(draft: Case, at: string): string | undefined {
  const validation = validateCase(draft, '2026-11-23');
  return detentionErrorLookup(t.t, validation.ok ? [] : validation.problems, 'detention')(at);
}

describe('detention problems at their fields', () => {
  it('names a review held before the detention began', () => {
    const draft = case1();
    draft.detention.hearings[0] = {
      ...draft.detention.hearings[0]!,
      scheduled: { utc: '2026-03-09T13:30:00Z', tz: 'America/Toronto' },
    };
    expect(messageAt(draft, 'hearings.0.scheduled')).toBe(en.detention.errors['reviewBeforeDetention']);
  });

  it('names reviews out of the order of IRPA s.57', () => {
    const draft = case1();
    draft.detention.hearings[1] = {
      ...draft.detention.hearings[1]!,
      scheduled: { utc: '2026-03-11T13:30:00Z', tz: 'America/Toronto' },
    };
    expect(messageAt(draft, 'hearings.1.scheduled')).toBe(en.detention.errors['reviewOrder']);
  });

  it('asks for the zone of a start typed without one, and for a date and time it cannot read', () => {
    const draft = case1();
    draft.detention.episodes[0] = {
      ...draft.detention.episodes[0]!,
      start: { utc: '2026-03-10T14:30:00Z', tz: '' },
    };
    expect(messageAt(draft, 'episodes.0.start.tz')).toBe(en.detention.errors['zoneRequired']);
    expect(messageAt(draft, 'episodes.0.start.utc')).toBeUndefined();
    draft.detention.episodes[0] = {
      ...draft.detention.episodes[0],
      start: { utc: '', tz: 'America/Toronto' },
    };
    expect(messageAt(draft, 'episodes.0.start.utc')).toBe(en.detention.errors['dateTime']);
  });

  it('asks for the reason of an override', () => {
    const draft = case1();
    draft.detention.deadlineSettings.ruleOverrides = [{ ruleId: 'irpa-57-2-7d', reason: '', rollForward: false }];
    draft.detention.deadlineSettings.holidayOverrides = [{ date: '2026-03-19', action: 'add', name: 'Closure', reason: '' }];
    expect(messageAt(draft, 'deadlineSettings.ruleOverrides.0.reason')).toBe(en.detention.errors['reasonRequired']);
    expect(messageAt(draft, 'deadlineSettings.holidayOverrides.0.reason')).toBe(en.detention.errors['reasonRequired']);
  });

  it("shows the review clock's objections at their fields", () => {
    const problems = problemsOfError({
      code: 'VALIDATION',
      message: 'Deadlines cannot be computed',
      issues: [
        {
          path: 'detention.hearings.1.type',
          message: 'A 48-hour review must be the first review of a detention.',
          code: 'firstReview',
        },
        {
          path: 'detention.deadlineSettings.ruleOverrides.0.ruleId',
          message: 'No rule has this id.',
          code: 'unknownRule',
        },
      ],
    });
    const errorAt = detentionErrorLookup(t.t, problems, 'detention');
    expect(errorAt('hearings.1.type')).toBe(en.detention.errors['firstReview']);
    expect(errorAt('deadlineSettings.ruleOverrides.0.ruleId')).toBe(en.detention.errors['unknownRule']);
    expect(problemsOfError({ code: 'LOCKED', message: 'Locked', issues: [] })).toEqual([]);
  });

  it('falls back to the shared wording for other fields', () => {
    const draft = case1();
    draft.detention.hearings[0] = {
      ...draft.detention.hearings[0]!,
      interpreterProvided: 'not a tag!',
    };
    expect(messageAt(draft, 'hearings.0.interpreterProvided')).toBe(issueCatalog.langTag.en);
    expect(messageAt(case1(), 'hearings.0.scheduled')).toBeUndefined();
  });
});
