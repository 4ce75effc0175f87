import type { z } from 'zod';
import { caseSchema, type Case, type Client } from '../../src-main/core/model/case.ts';
import { localToday } from '../../src-main/core/model/dates.ts';
import { withGregorianRange, type PartialDate } from '../../src-main/core/model/partial-date.ts';
import { checkCaseFacts } from '../../src-main/core/validate.ts';

/** One field problem: a dotted path and a message key (translated by the UI) with an English fallback. */
export interface FieldProblem {
  readonly path: string;
  readonly key: string;
  readonly values: Readonly<Record<string, string | number>>;
  readonly fallback: string;
}

export type Validation = { readonly ok: true; readonly value: Case } | { readonly ok: false; readonly problems: readonly FieldProblem[] };

/** Messages written in the case schema, mapped to translation keys. */
const knownMessages: Readonly<Record<string, string>> = {
  'A UCI has 8 or 10 digits.': 'uci',
  'Use an ISO 15924 script code such as Hant or Thai.': 'script',
  'Use a language tag such as yue-Hant or th-TH.': 'langTag',
  'Use a two-letter country code such as CN.': 'country',
  'Use a four-digit year.': 'year',
  'A day needs a month.': 'dayNeedsMonth',
  'A month needs a year.': 'monthNeedsYear',
  'This calendar has twelve months.': 'twelveMonths',
  'This day does not exist in the calendar.': 'noSuchDay',
  'The latest date is before the earliest.': 'latestBeforeEarliest',
  'Give a year, a date range or the date as written.': 'needDate',
  'Use the form YYYY-MM-DD.': 'isoDate',
  'Use at least 10 characters.': 'passphraseLength',
  'A date of birth cannot be in the future.': 'futureBirth',
  'An entry to Canada cannot be in the future.': 'futureEntry',
  'This id is used twice in the case.': 'duplicateId',
  'Say why the rule is overridden.': 'reasonRequired',
  'Say why the day is added or removed.': 'reasonRequired',
};

function problemFromIssue(issue: z.core.$ZodIssue): FieldProblem {
  const path = issue.path.map(String).join('.');
  const known = knownMessages[issue.message];
  const base = { path, fallback: issue.message };
  if (known) return { ...base, key: known, values: {} };
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return { ...base, key: 'required', values: {} };
      return { ...base, key: issue.origin === 'string' ? 'tooShort' : 'tooSmall', values: { limit: Number(issue.minimum) } };
    case 'too_big':
      if (issue.origin === 'string') return { ...base, key: 'tooLong', values: { limit: Number(issue.maximum) } };
      if (issue.origin === 'array') return { ...base, key: 'tooMany', values: { limit: Number(issue.maximum) } };
      return { ...base, key: 'tooBig', values: { limit: Number(issue.maximum) } };
    case 'invalid_type':
      return { ...base, key: issue.expected === 'number' || issue.expected === 'int' ? 'number' : 'invalid', values: {} };
    case 'invalid_value':
      return { ...base, key: 'choose', values: {} };
    default:
      return { ...base, key: 'invalid', values: {} };
  }
}

/** A schema error as field problems: the first problem of each field (an empty field can fail two rules). */
export function problemsOf(error: z.ZodError): FieldProblem[] {
  const byPath = new Map<string, FieldProblem>();
  for (const problem of error.issues.map(problemFromIssue)) {
    if (!byPath.has(problem.path)) byPath.set(problem.path, problem);
  }
  return [...byPath.values()];
}

function withRange(value: PartialDate | undefined): PartialDate | undefined {
  return value === undefined ? undefined : withGregorianRange(value);
}

function normaliseClient(client: Client): Client {
  const dob = withRange(client.dateOfBirth);
  const next: Client = {
    ...client,
    statusHistory: client.statusHistory.map((period) => {
      const from = withRange(period.from);
      const to = withRange(period.to);
      return { ...period, ...(from ? { from } : {}), ...(to ? { to } : {}) };
    }),
    entries: client.entries.map((entry) => ({ ...entry, date: withGregorianRange(entry.date) })),
  };
  if (dob) next.dateOfBirth = dob;
  return next;
}

/**
 * Checks a draft case the way the vault will: the schema, then the facts that need today's date
 * (a date of birth cannot be in the future). Returns the value to save, with Gregorian ranges
 * filled in for dates written in convertible calendars.
 */
export function validateCase(draft: Case, today: string = localToday(new Date())): Validation {
  const parsed = caseSchema.safeParse(draft);
  if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error) };
  const value = parsed.data;
  const facts = checkCaseFacts(value, today);
  if (facts.length > 0) {
    return {
      ok: false,
      problems: facts.map((issue) => ({
        path: issue.path,
        key: issue.code ?? knownMessages[issue.message] ?? 'invalid',
        values: {},
        fallback: issue.message,
      })),
    };
  }
  return { ok: true, value: { ...value, client: normaliseClient(value.client) } };
}
