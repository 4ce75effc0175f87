import type { IpcError, Output, Result } from '../../src-main/ipc/contract.ts';
import { api } from './bridge.ts';
import type { CaseEditor } from './case-editor.ts';

export type RedactionReviewDto = Output<'redactionReview'>;
export type RedactionMarkDto = RedactionReviewDto['marks'][number];
type ApplyDto = Output<'redactionApply'>;

export type Reason = RedactionReviewDto['marks'][number]['reason'];
export const reasons: readonly Reason[] = ['thirdParty', 'contact', 'address', 'minor', 'safety', 'privilege', 'other'];
export type SearchKind = 'text' | 'phone' | 'email';

/** An area over the page image, in fractions of its width and height from the top-left corner (what the mouse draws). */
export interface ViewArea {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** An area as a person measures it: points from the top-left corner of the page as shown (what is typed, listed and logged). */
export type ShownArea = ViewArea;

/** A drawn area in points, given the page's shown size in points. */
export const drawnToShown = (view: ViewArea, size: { readonly width: number; readonly height: number }): ShownArea => ({
  x: view.x * size.width,
  y: view.y * size.height,
  width: view.width * size.width,
  height: view.height * size.height,
});

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
    markArea: (page: number, area: ShownArea, reason: Reason) =>
      aroundWrite(editor, () => api.redactionMarkArea({ ...target, page, area, reason })),
    markSearch: (kind: SearchKind, text: string, reason: Reason) =>
      aroundWrite(editor, () => api.redactionMarkSearch({ ...target, query: kind === 'text' ? { text } : { pattern: kind }, reason })),
    removeMark: (markId: string) => aroundWrite(editor, () => api.redactionRemoveMark({ ...target, markId })),
    apply: (): Promise<Outcome<ApplyDto>> => aroundWrite(editor, () => api.redactionApply(target)),
    remove: () => aroundWrite(editor, () => api.redactionRemove(target)),
  };
}

export type RedactionApi = ReturnType<typeof redactionApi>;
