import type { z } from 'zod';
import type { FieldIssue } from '../errors.ts';
import { isIssueCode, type IssueCode } from './catalog.ts';
import { fieldIssue } from './text.ts';
import type { IssueParams } from './types.ts';

/** What a coded check's wording may name: a custom check's own parameters, or the limit a size check set. */
function paramsOf(issue: z.core.$ZodIssue): IssueParams {
  if (issue.code === 'too_small') return { limit: Number(issue.minimum) };
  if (issue.code === 'too_big') return { limit: Number(issue.maximum) };
  if (issue.code !== 'custom' || issue.params === undefined) return {};
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(issue.params)) if (typeof value === 'string' || typeof value === 'number') params[key] = value;
  return params;
}

/** The code of a schema check without wording of its own, from what zod says failed. */
function generic(issue: z.core.$ZodIssue): [IssueCode, IssueParams] {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return ['required', {}];
      return [issue.origin === 'string' ? 'tooShort' : 'tooSmall', { limit: Number(issue.minimum) }];
    case 'too_big':
      if (issue.origin === 'string') return ['tooLong', { limit: Number(issue.maximum) }];
      if (issue.origin === 'array') return ['tooMany', { limit: Number(issue.maximum) }];
      return ['tooBig', { limit: Number(issue.maximum) }];
    case 'invalid_type':
      return [issue.expected === 'number' || issue.expected === 'int' ? 'number' : 'invalid', {}];
    case 'invalid_value':
      return ['choose', {}];
    default:
      return ['invalid', {}];
  }
}

/**
 * A schema error as field issues, every failing field listed. A check written with `coded(…)`
 * carries its code as zod's message; any other check is named by what failed (too short,
 * not a number…). `prefix` places the paths inside a larger file.
 */
export function fieldIssuesOf(error: z.ZodError, prefix?: string): FieldIssue[] {
  return error.issues.map((issue) => {
    const path = [...(prefix === undefined ? [] : [prefix]), ...issue.path.map(String)].join('.');
    if (isIssueCode(issue.message)) return fieldIssue(path, issue.message, paramsOf(issue));
    const [code, params] = generic(issue);
    return fieldIssue(path, code, params);
  });
}
