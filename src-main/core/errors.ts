import type { IssueCode } from './issues/catalog.ts';
import type { IssueParams } from './issues/types.ts';

/**
 * Typed errors shared by every layer. Each carries a stable code that the IPC wrapper, the CLI
 * and the renderer map to a message; the message itself never contains client data.
 */
export const errorCodes = [
  'LOCKED',
  'NOT_INITIALISED',
  'ALREADY_INITIALISED',
  'WRONG_PASSPHRASE',
  'PASSPHRASE_REQUIRED',
  'KEY_UNAVAILABLE',
  'CORRUPT',
  'FUTURE_SCHEMA',
  'NOT_FOUND',
  'DUPLICATE',
  'VALIDATION',
  'READ_ONLY',
  'NO_SPACE',
  'ACCESS_DENIED',
  'BUSY',
  'CROSS_DEVICE',
  'IO',
  'FORBIDDEN_SENDER',
  'UNKNOWN_CHANNEL',
  'CANCELLED',
  'UNSUPPORTED_FORMAT',
  'PASSWORD_PROTECTED',
  'BAD_EXHIBIT',
  'TOO_LARGE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface FieldIssue {
  /** Dotted path of the failing field, e.g. `client.names.0.family`. */
  readonly path: string;
  /** Stable key (core/issues/catalog.ts) the renderer translates as `validation.<code>`. */
  readonly code: IssueCode;
  /** The values the wording names (a limit, a count, a hearing type), never client text; none when absent. */
  readonly params?: IssueParams | undefined;
  /**
   * English, for the CLI and logs: the catalog's wording, or where a check has more to say (a
   * packet check naming the document, a rule record's own words), that fuller sentence.
   */
  readonly message: string;
}

export class DossierError extends Error {
  readonly code: ErrorCode;
  readonly issues: readonly FieldIssue[];

  constructor(code: ErrorCode, message: string, issues: readonly FieldIssue[] = []) {
    super(message);
    this.name = 'DossierError';
    this.code = code;
    this.issues = issues;
  }
}

export function isDossierError(value: unknown): value is DossierError {
  return value instanceof DossierError;
}
