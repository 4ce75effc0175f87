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

/**
 * Brings a case written at an older format version up to the current one (the vault's
 * migrations, src-main/vault/migrations, passed in by the importer: core does not import storage).
 */
export type CaseMigrator = (document: unknown, fromVersion: number) => unknown;

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

/**
 * Validates untrusted JSON as a case file; the error lists every failing field path. A file at an
 * older format version (1 up to the current) is brought up by `migrate` first; without one it is
 * refused, never read as if it were current.
 */
export function parseCaseFile(input: unknown, migrate?: CaseMigrator): CaseFile {
  let current = input;
  if (typeof input === 'object' && input !== null && 'formatVersion' in input) {
    const version = input.formatVersion;
    if (typeof version === 'number' && version > CASE_SCHEMA_VERSION) {
      throw new DossierError(
        'FUTURE_SCHEMA',
        `This case file uses format version ${version}; this version of Dossier reads up to ${CASE_SCHEMA_VERSION}. Update Dossier to open it.`,
      );
    }
    if (typeof version === 'number' && Number.isInteger(version) && version >= 1 && version < CASE_SCHEMA_VERSION) {
      if (migrate === undefined)
        throw new DossierError(
          'VALIDATION',
          `This case file uses format version ${version}; import it through Dossier's case import, which brings it up to version ${CASE_SCHEMA_VERSION}.`,
        );
      const older = input as { case?: unknown };
      current = { ...input, formatVersion: CASE_SCHEMA_VERSION, case: migrate(older.case, version) };
    }
  }
  const normalised =
    typeof current === 'object' && current !== null && 'case' in current
      ? { ...current, case: normaliseLegacyMatter(current.case) }
      : current;
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

/**
 * The case as it leaves the vault (JSON export, transfer). A build's folder is a path on this
 * machine: it means nothing elsewhere and tells a reader about the user's folders, so it stays
 * behind; the viewer asks for a rebuild when a build has no folder.
 */
export function toCaseFile(value: Case): CaseFile {
  const builds = value.builds.map(({ folder: _folder, ...build }) => build);
  return { format: CASE_FORMAT, formatVersion: CASE_SCHEMA_VERSION, case: { ...value, builds } };
}
