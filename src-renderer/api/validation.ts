import type { z } from 'zod';
import { caseSchema, type Case, type Client } from '../../src-main/core/model/case.ts';
import { localToday } from '../../src-main/core/model/dates.ts';
import { withGregorianRange, type PartialDate } from '../../src-main/core/model/partial-date.ts';
import { checkCaseFacts } from '../../src-main/core/validate.ts';
import type { FieldIssue } from '../../src-main/core/errors.ts';
import { fieldIssuesOf } from '../../src-main/core/issues/zod.ts';

/** One field problem: a dotted path, its issue code (translated by the UI as `validation.<code>`) and values, with an English fallback. */
export interface FieldProblem {
  readonly path: string;
  readonly key: string;
  readonly values: Readonly<Record<string, string | number>>;
  readonly fallback: string;
}

export type Validation = { readonly ok: true; readonly value: Case } | { readonly ok: false; readonly problems: readonly FieldProblem[] };

/** A core field issue as a field problem: its code is the translation key, its parameters the values. */
export function problemOfIssue(issue: FieldIssue): FieldProblem {
  return { path: issue.path, key: issue.code, values: issue.params ?? {}, fallback: issue.message };
}

/** A schema error as field problems: the first problem of each field (an empty field can fail two rules). */
export function problemsOf(error: z.ZodError): FieldProblem[] {
  const byPath = new Map<string, FieldProblem>();
  for (const issue of fieldIssuesOf(error)) {
    const problem = problemOfIssue(issue);
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
      problems: facts.map(problemOfIssue),
    };
  }
  return { ok: true, value: { ...value, client: normaliseClient(value.client) } };
}
