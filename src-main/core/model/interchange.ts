import { z } from 'zod';
import { DossierError, type FieldIssue } from '../errors.ts';
import { fieldIssue } from '../issues/text.ts';
import { fieldIssuesOf } from '../issues/zod.ts';
import { CASE_SCHEMA_VERSION, caseSchema, type Case } from './case.ts';
import { normaliseLegacyMatter } from './matter-legacy.ts';
import { unknownFieldPaths } from './unknown-fields.ts';

/** The case interchange file: the envelope documented in docs/case-format.md. */
export const CASE_FORMAT = 'dossier-case';

export const caseFileSchema = z.object({
  format: z.literal(CASE_FORMAT),
  formatVersion: z.literal(CASE_SCHEMA_VERSION),
  case: caseSchema,
});

export type CaseFile = z.infer<typeof caseFileSchema>;

/** Turns zod issues into coded field issues, every failing field listed. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return fieldIssuesOf(error).map((issue) => (issue.path === '' ? { ...issue, path: '(root)' } : issue));
}

export function validationError(subject: string, error: z.ZodError): DossierError {
  const issues = toFieldIssues(error);
  const summary = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
  return new DossierError(
    'VALIDATION',
    `${subject} is not valid (${issues.length} field${issues.length === 1 ? '' : 's'}): ${summary}`,
    issues,
  );
}

/** Validates untrusted JSON as a case file; the error lists every failing field path. */
export function parseCaseFile(input: unknown): CaseFile {
  if (typeof input === 'object' && input !== null && 'formatVersion' in input) {
    const version = input.formatVersion;
    if (typeof version === 'number' && version > CASE_SCHEMA_VERSION) {
      throw new DossierError(
        'FUTURE_SCHEMA',
        `This case file uses format version ${version}; this version of Dossier reads up to ${CASE_SCHEMA_VERSION}. Update Dossier to open it.`,
      );
    }
  }
  const normalised =
    typeof input === 'object' && input !== null && 'case' in input ? { ...input, case: normaliseLegacyMatter(input.case) } : input;
  const result = caseFileSchema.safeParse(normalised);
  if (!result.success) throw validationError('The case file', result.error);
  refuseUnknownFields(normalised, result.data);
  return result.data;
}

/**
 * A field the model does not know is refused with its path, never dropped: the file may come
 * from a newer or another program, and what it says there must not vanish on import
 * (docs/decisions.md, "Unknown fields on import are refused").
 */
function refuseUnknownFields(input: unknown, parsed: CaseFile): void {
  const paths = unknownFieldPaths(input, parsed);
  if (paths.length === 0) return;
  const issues = paths.map((path) => fieldIssue(path, 'unknownField'));
  throw new DossierError(
    'VALIDATION',
    `The case file has ${paths.length === 1 ? 'a field' : 'fields'} Dossier does not know: ${paths.join(', ')}. Nothing was imported; remove ${paths.length === 1 ? 'it' : 'them'} from the file (or update Dossier if the file comes from a newer version), then import again.`,
    issues,
  );
}

/** Validates untrusted JSON as a case; file numbers written with free-text issuers are read in the fixed set first. */
export function parseCase(input: unknown): Case {
  const result = caseSchema.safeParse(normaliseLegacyMatter(input));
  if (!result.success) throw validationError('The case', result.error);
  return result.data;
}

export function toCaseFile(value: Case): CaseFile {
  return { format: CASE_FORMAT, formatVersion: CASE_SCHEMA_VERSION, case: value };
}
