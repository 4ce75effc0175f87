import type { IpcError, Output, Result } from '../../src-main/ipc/contract.ts';
import { api } from './bridge.ts';
import type { CaseEditor } from './case-editor.ts';

export type RedactionReviewDto = Output<'redactionReview'>;
export type RedactionMarkDto = RedactionReviewDto['marks'][number];
type ApplyDto = Output<'redactionApply'>;

export type Reason = RedactionReviewDto['marks'][number]['reason'];
export const reasons: readonly Reason[] = ['thirdParty', 'contact', 'address', 'minor', 'safety', 'privilege', 'other'];
export type SearchKind = 'text' | 'phone' | 'email';

export interface ViewArea {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: IpcError };

/**
 * The main process writes the case when marks change, so the editor saves what it holds first and
 * reloads after, keeping its revision in step with the vault.
 */
async function aroundWrite<T>(editor: CaseEditor, work: () => Promise<Result<T>>): Promise<Outcome<T>> {
  await editor.flush();
  try {
    return await work();
  } finally {
    await editor.load();
  }
}

export function redactionApi(editor: CaseEditor, exhibitId: string) {
  const target = { caseId: editor.id, exhibitId };
  return {
    review: (): Promise<Outcome<RedactionReviewDto>> => api.redactionReview(target),
    page: (page: number, copy: 'base' | 'redacted', scale: number) => api.redactionPage({ ...target, page, copy, scale }),
    markArea: (page: number, view: ViewArea, reason: Reason) =>
      aroundWrite(editor, () => api.redactionMarkArea({ ...target, page, view, reason })),
    markSearch: (kind: SearchKind, text: string, reason: Reason) =>
      aroundWrite(editor, () => api.redactionMarkSearch({ ...target, query: kind === 'text' ? { text } : { pattern: kind }, reason })),
    removeMark: (markId: string) => aroundWrite(editor, () => api.redactionRemoveMark({ ...target, markId })),
    apply: (): Promise<Outcome<ApplyDto>> => aroundWrite(editor, () => api.redactionApply(target)),
    remove: () => aroundWrite(editor, () => api.redactionRemove(target)),
  };
}

export type RedactionApi = ReturnType<typeof redactionApi>;
