import type { TFunction } from 'i18next';
import type { IpcError } from '../../../src-main/ipc/contract.ts';
import type { FieldProblem } from '../../api/validation.ts';
import type { ErrorAt } from '../../case-edit/fields.ts';
import { describeProblem } from '../../i18n/describe.ts';

/** Codes of the detention checks (core/validate.ts on save, core/rules when the clock runs) and the tab's wording for each. */
const detentionKeys: Readonly<Record<string, string>> = {
  reviewBeforeDetention: 'reviewBeforeDetention',
  reviewOutOfOrder: 'reviewOrder',
  reviewsOutOfOrder: 'reviewOrder',
  firstReview: 'firstReview',
  reviewNeedsDetention: 'reviewNeedsDetention',
  detentionEndsBeforeStart: 'endBeforeStart',
  decisionBeforeHearing: 'decisionBeforeStart',
  noticeBeforeSeizure: 'noticeBeforeSeizure',
  reviewEpisodeMissing: 'unknownEpisode',
  ruleOverrideReason: 'reasonRequired',
  holidayOverrideReason: 'reasonRequired',
  unknownRule: 'unknownRule',
};

/** A field problem in the UI language: the detention wording where there is one, else the shared one. */
export function describeDetentionProblem(t: TFunction, problem: FieldProblem): string {
  const known = detentionKeys[problem.key];
  if (known) return t(`detention.errors.${known}`);
  // A date-time that cannot be read, or a zone left out: say what to type, not "not valid".
  if (problem.path.endsWith('.utc')) return t('detention.errors.dateTime');
  if (problem.path.endsWith('.tz')) return t('detention.errors.zoneRequired');
  return describeProblem(t, problem);
}

/** Problems of the review clock (a VALIDATION answer from `deadlinesCompute`) as field problems. */
export function problemsOfError(error: IpcError | null): FieldProblem[] {
  if (!error || error.code !== 'VALIDATION') return [];
  return error.issues.map((issue) => ({ path: issue.path, key: issue.code, values: issue.params ?? {}, fallback: issue.message }));
}

/** Looks up the message for a path under `prefix`; the draft's own problems come first. */
export function detentionErrorLookup(t: TFunction, problems: readonly FieldProblem[], prefix: string): ErrorAt {
  return (path) => {
    const full = path === '' ? prefix : `${prefix}.${path}`;
    const problem = problems.find((p) => p.path === full);
    return problem ? describeDetentionProblem(t, problem) : undefined;
  };
}
