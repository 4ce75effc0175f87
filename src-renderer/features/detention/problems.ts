import type { TFunction } from 'i18next';
import type { IpcError } from '../../../src-main/ipc/contract.ts';
import type { FieldProblem } from '../../api/validation.ts';
import type { ErrorAt } from '../client/edit.ts';
import { describeProblem } from '../../i18n/describe.ts';

/** Detention facts refused on save (core/validate.ts) or by the review clock (core/rules), by their English message. */
const detentionMessages: readonly [RegExp, string][] = [
  [
    /^A detention review cannot be held before the detention started\.$|^This review is before the detention started\.$/,
    'reviewBeforeDetention',
  ],
  [/reviews follow the order of IRPA s\.57\.$|^Reviews are out of order/, 'reviewOrder'],
  [/^A 48-hour review must be the first review/, 'firstReview'],
  [/^A detention review needs a detention episode/, 'reviewNeedsDetention'],
  [/^A detention cannot end before it starts\.$|^The detention ends before it starts\.$/, 'endBeforeStart'],
  [/^A decision cannot come before the hearing started\.$/, 'decisionBeforeStart'],
  [/^The notice of seizure cannot come before the seizure\.$/, 'noticeBeforeSeizure'],
  [/^This review points to a detention that is not in the case\.$/, 'unknownEpisode'],
  [/^Say why the (?:rule is overridden|day is added or removed)\.$/, 'reasonRequired'],
  [/^No rule has this id\.$/, 'unknownRule'],
];

/** A field problem in the UI language: the detention wording where there is one, else the shared one. */
export function describeDetentionProblem(t: TFunction, problem: FieldProblem): string {
  const known = detentionMessages.find(([pattern]) => pattern.test(problem.fallback));
  if (known) return t(`detention.errors.${known[1]}`);
  // A date-time that cannot be read, or a zone left out: say what to type, not "not valid".
  if (problem.path.endsWith('.utc')) return t('detention.errors.dateTime');
  if (problem.path.endsWith('.tz')) return t('detention.errors.zoneRequired');
  return describeProblem(t, problem);
}

/** Problems of the review clock (a VALIDATION answer from `deadlinesCompute`) as field problems. */
export function problemsOfError(error: IpcError | null): FieldProblem[] {
  if (!error || error.code !== 'VALIDATION') return [];
  return error.issues.map((issue) => ({ path: issue.path, key: 'invalid', values: {}, fallback: issue.message }));
}

/** Looks up the message for a path under `prefix`; the draft's own problems come first. */
export function detentionErrorLookup(t: TFunction, problems: readonly FieldProblem[], prefix: string): ErrorAt {
  return (path) => {
    const full = path === '' ? prefix : `${prefix}.${path}`;
    const problem = problems.find((p) => p.path === full);
    return problem ? describeDetentionProblem(t, problem) : undefined;
  };
}
