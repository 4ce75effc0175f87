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
  readonly message: string;
  /** Stable key the renderer translates (`validation.<code>`); the message is the English fallback. */
  readonly code?: string | undefined;
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
