import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { timelineEventSchema, type TimelineEvent } from '../../../src-main/core/model/case.ts';
import { convertibleCalendars, withGregorianRange, type PartialDate } from '../../../src-main/core/model/partial-date.ts';
import { isFutureForPast } from '../../../src-main/core/timeline/checks.ts';
import { problemsOf } from '../../api/validation.ts';
import { describeProblem } from '../../i18n/describe.ts';

export const emptyDate: PartialDate = { calendar: 'gregorian', original: '', qualifier: 'exact', confidence: 'high' };

/** A fresh event id matching the case schema's id pattern. */
export function newEventId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `t-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export function blankEvent(id: string = newEventId()): TimelineEvent {
  return { id, when: emptyDate, category: 'other', summary: '', sources: [], disputed: false, forFiling: true, accounts: [] };
}

/** Field path (relative to the event, e.g. `when.year`, `sources.0.pages`) → message in the UI language. */
export type FormErrors = ReadonlyMap<string, string>;

/** Issue codes of the timeline model that the Timeline tab words in its own way. */
const modelMessages: Readonly<Partial<Record<string, string>>> = {
  yearZero: 'yearZero',
  rangeBackwards: 'rangeBackwards',
  endOnlyForRange: 'endOnlyForRange',
  unknownHasDate: 'unknownHasDate',
  rangeNeedsYear: 'rangeNeedsYear',
  pages: 'pin',
  pagesForward: 'pinForward',
  accountsNeedDisputed: 'accountsNeedDisputed',
};

function schemaErrors(t: TFunction, error: z.ZodError): Map<string, string> {
  const errors = new Map<string, string>();
  for (const problem of problemsOf(error)) {
    const known = modelMessages[problem.key];
    const message = problem.path.endsWith('exhibitId')
      ? t('timeline.errors.chooseExhibit')
      : known
        ? t(`timeline.errors.${known}`)
        : describeProblem(t, problem);
    errors.set(problem.path, message);
  }
  return errors;
}

/** Stores the Gregorian bounds of a convertible date (computed), keeps hand-entered ones for lunar dates, none for an unknown date. */
export function settledDate(when: PartialDate): PartialDate {
  if (when.qualifier === 'unknown')
    return { calendar: when.calendar, original: when.original, qualifier: 'unknown', confidence: when.confidence };
  if (convertibleCalendars.has(when.calendar) && when.year !== undefined) {
    const { earliest, latest, ...rest } = when;
    void earliest;
    void latest;
    return withGregorianRange(rest);
  }
  return when;
}

export type EventValidation = { readonly ok: true; readonly event: TimelineEvent } | { readonly ok: false; readonly errors: FormErrors };

/**
 * Checks an event from the form the way the case will, plus what the form alone knows: a
 * summary is needed, and an event that has already happened (an entry, an arrest) cannot be
 * dated after today. The form keeps everything typed while errors are shown.
 */
export function validateEvent(t: TFunction, draft: TimelineEvent, today: string): EventValidation {
  const parsed = timelineEventSchema.safeParse(draft);
  const errors = parsed.success ? new Map<string, string>() : schemaErrors(t, parsed.error);
  if (draft.summary.trim() === '') errors.set('summary', t('timeline.errors.summaryRequired'));
  draft.accounts.forEach((account, i) => {
    if (account.summary.trim() === '') errors.set(`accounts.${i}.summary`, t('timeline.errors.summaryRequired'));
  });
  if (parsed.success && isFutureForPast(parsed.data.category, parsed.data.when, today) && !errors.has('when'))
    errors.set('when', t('timeline.errors.futurePast', { today }));
  if (!parsed.success || errors.size > 0) return { ok: false, errors };
  const event = parsed.data;
  return {
    ok: true,
    event: { ...event, when: settledDate(event.when), accounts: event.accounts.map((a) => ({ ...a, when: settledDate(a.when) })) },
  };
}

/** Errors under one prefix, re-keyed relative to it (`when.year` under `when` → `year`). */
export function errorsUnder(errors: FormErrors, prefix: string): (path: string) => string | undefined {
  return (path) => errors.get(path === '' ? prefix : `${prefix}.${path}`);
}
