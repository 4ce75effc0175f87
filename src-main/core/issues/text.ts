import type { FieldIssue } from '../errors.ts';
import { issueCatalog, type IssueCode } from './catalog.ts';
import type { IssueLanguage, IssueParams } from './types.ts';

const NESTED = /\$t\(validation\.([^)]+)\)/gu;
const PARAM = /\{\{(\w+)\}\}/gu;

/**
 * An issue's wording in `lang`, formatted as i18next formats the same catalog in the renderer:
 * parameters first, then `$t(validation.…)` references to other entries.
 */
export function issueText(code: IssueCode, params: IssueParams = {}, lang: IssueLanguage = 'en'): string {
  const filled = issueCatalog[code][lang].replace(PARAM, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
  return filled.replace(NESTED, (whole, key: string) => (Object.hasOwn(issueCatalog, key) ? issueCatalog[key as IssueCode][lang] : whole));
}

/** A field issue with its code, parameters and English message, all from the catalog. */
export function fieldIssue(path: string, code: IssueCode, params: IssueParams = {}): FieldIssue {
  return { path, code, params, message: issueText(code, params) };
}

/** A code as the message of a schema check, so a zod issue carries it (read back by `fieldIssuesOf`). */
export function coded(code: IssueCode): IssueCode {
  return code;
}
