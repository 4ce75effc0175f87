import type { IpcError } from '../../src-main/ipc/contract.ts';
import { MAX_EXHIBIT_BYTES } from './limits.ts';
import { api } from './bridge.ts';
import type { CaseEditor } from './case-editor.ts';

/** What happened to one file the user added. */
export type FileOutcome =
  | {
      readonly kind: 'imported';
      readonly fileName: string;
      readonly pages: number;
      readonly notSearchable: number;
      /** What the packet copy lost or had repaired (the original is kept as received). */
      readonly changes: readonly PacketCopyChange[];
    }
  | { readonly kind: 'failed'; readonly fileName: string; readonly error: Pick<IpcError, 'code' | 'message'> };

export interface PacketCopyChange {
  readonly code: 'ACTIVE_CONTENT_REMOVED' | 'REPAIRED';
  readonly message: string;
}

/** The import warnings that say how the packet copy differs from the original. */
const changesOf = (warnings: readonly { readonly code: string; readonly message: string }[]): PacketCopyChange[] =>
  warnings.flatMap((w) => (w.code === 'ACTIVE_CONTENT_REMOVED' || w.code === 'REPAIRED' ? [{ code: w.code, message: w.message }] : []));

export type AddResult =
  | { readonly kind: 'done'; readonly outcomes: readonly FileOutcome[] }
  | { readonly kind: 'no-dialog' }
  | { readonly kind: 'error'; readonly error: IpcError };

/**
 * The main process writes the case when it imports, so the editor saves what it holds first and
 * reloads after, keeping its revision in step with the vault.
 */
async function aroundImport<T>(editor: CaseEditor, work: () => Promise<T>): Promise<T> {
  await editor.flush();
  try {
    return await work();
  } finally {
    await editor.load();
  }
}

/**
 * Imports files the page already holds (dropped, or chosen in the file input), one at a time;
 * with `exhibitId`, the one file is attached to that exhibit the case already describes.
 */
export function importFiles(editor: CaseEditor, files: readonly File[], exhibitId?: string): Promise<AddResult> {
  return aroundImport(editor, async () => {
    const outcomes: FileOutcome[] = [];
    for (const file of files) {
      if (file.size > MAX_EXHIBIT_BYTES) {
        outcomes.push({ kind: 'failed', fileName: file.name, error: { code: 'TOO_LARGE', message: '' } });
        continue;
      }
      const bytes = new Uint8Array(await file.arrayBuffer());
      const result = await api.exhibitImport({
        caseId: editor.id,
        fileName: file.name,
        bytes,
        ...(exhibitId === undefined ? {} : { exhibitId }),
      });
      if (result.ok) {
        const notSearchable = result.value.exhibit.pagesWithoutText?.length ?? 0;
        outcomes.push({
          kind: 'imported',
          fileName: file.name,
          pages: result.value.exhibit.pages ?? 0,
          notSearchable,
          changes: changesOf(result.value.warnings),
        });
      } else if (result.error.code === 'LOCKED') {
        return { kind: 'error', error: result.error };
      } else {
        outcomes.push({ kind: 'failed', fileName: file.name, error: result.error });
      }
    }
    return { kind: 'done', outcomes };
  });
}

/** Asks the main process to show the system file dialog and import what the user chose (attached to `exhibitId` when given). */
export function pickAndImport(editor: CaseEditor, exhibitId?: string): Promise<AddResult> {
  return aroundImport(editor, async () => {
    const result = await api.exhibitPickAndImport({ caseId: editor.id, ...(exhibitId === undefined ? {} : { exhibitId }) });
    if (!result.ok) return result.error.code === 'NOT_FOUND' ? { kind: 'no-dialog' } : { kind: 'error', error: result.error };
    const outcomes: FileOutcome[] = [
      ...result.value.imported.map((i) => ({
        kind: 'imported' as const,
        fileName: i.fileName,
        pages: i.exhibit.pages ?? 0,
        notSearchable: i.exhibit.pagesWithoutText?.length ?? 0,
        changes: changesOf(i.warnings),
      })),
      ...result.value.failed.map((f) => ({ kind: 'failed' as const, fileName: f.fileName, error: f.error })),
    ];
    return { kind: 'done', outcomes };
  });
}
