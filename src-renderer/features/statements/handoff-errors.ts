import type { TFunction } from 'i18next';
import type { IpcError } from '../../../src-main/ipc/contract.ts';
import { describeError } from '../../i18n/describe.ts';

/** Error codes a bundle can be refused with, each worded for the hand-off in `statements.handoff.errors.*`. */
const handoffCodes = new Set(['WRONG_PASSPHRASE', 'CORRUPT', 'UNSUPPORTED_FORMAT', 'TOO_LARGE', 'NOT_FOUND', 'VALIDATION', 'IO']);

/**
 * What went wrong with a bundle, in the UI language: the refusals of the translation rules by
 * their codes (each naming its source), else the hand-off's own wording for the error code at
 * this step, else the app's. Server messages are English and never shown as such.
 */
export function describeHandoffError(t: TFunction, error: IpcError, step: 'export' | 'open' | 'respond' | 'import'): string[] {
  const coded = error.issues.flatMap((issue) =>
    issue.code !== undefined && issue.code.startsWith('translation.')
      ? [t(`validation.${issue.code}`, { defaultValue: issue.message })]
      : [],
  );
  if (coded.length > 0) return [...new Set(coded)];
  if (error.code === 'VALIDATION' && error.issues.some((issue) => issue.path === 'paragraphs'))
    return [t('statements.handoff.errors.empty')];
  if (error.code === 'VALIDATION' && error.issues.some((issue) => issue.path === 'counselProfile'))
    return [t('statements.handoff.errors.counselProfile')];
  if (error.code === 'VALIDATION' && error.issues.some((issue) => issue.path.startsWith('detention')))
    return [t('statements.handoff.errors.documentIncomplete')];
  if (error.code === 'VALIDATION' && step !== 'import') return [t(`statements.handoff.errors.validation.${step}`)];
  if (handoffCodes.has(error.code)) return [t(`statements.handoff.errors.${error.code}`)];
  return [describeError(t, error)];
}
