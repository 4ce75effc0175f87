import { DossierError, type ErrorCode } from '../core/errors.ts';

/**
 * Every exhibit error names the exhibit (its file name at import, its tab and title at build)
 * and says what to do, so the advocate can fix it without calling anyone.
 */
export function exhibitError(code: ErrorCode, exhibit: string, problem: string, fix: string): DossierError {
  return new DossierError(code, `Exhibit "${exhibit}": ${problem} ${fix}`);
}

export const unsupported = (exhibit: string, kind: string): DossierError =>
  exhibitError('UNSUPPORTED_FORMAT', exhibit, `${kind} files are not supported.`, 'Convert it to PDF or JPEG and import it again.');
