import type { TFunction } from 'i18next';
import type { IpcError } from '../../src-main/ipc/contract.ts';
import type { FieldProblem } from '../api/validation.ts';

/** What an error means for the user, in the UI language (server messages are English-only). */
export function describeError(t: TFunction, error: IpcError): string {
  return t(`errors.${error.code}`, { defaultValue: t('errors.INTERNAL') });
}

export function describeProblem(t: TFunction, problem: FieldProblem): string {
  return t(`validation.${problem.key}`, { ...problem.values, defaultValue: problem.fallback });
}
