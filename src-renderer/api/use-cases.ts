import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { CaseSummaryDto, IpcError } from '../../src-main/ipc/contract.ts';
import { api } from './bridge.ts';
import { editorFor, type CaseEditor, type EditorSnapshot } from './case-editor.ts';

export interface CaseListView {
  readonly cases: readonly CaseSummaryDto[];
  readonly loading: boolean;
  readonly error: IpcError | null;
  readonly reload: () => void;
}

/** The case list for a search query; the query is sent as typed (the vault folds names). */
export function useCaseList(query: string, includeArchived: boolean): CaseListView {
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify([query, includeArchived, generation]);
  const [answer, setAnswer] = useState<{ key: string; cases: readonly CaseSummaryDto[]; error: IpcError | null } | null>(null);

  useEffect(() => {
    let current = true;
    void api.caseList({ query, includeArchived }).then((result) => {
      if (!current) return;
      setAnswer((previous) =>
        result.ok ? { key, cases: result.value, error: null } : { key, cases: previous?.cases ?? [], error: result.error },
      );
    });
    return () => {
      current = false;
    };
  }, [key, query, includeArchived]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  // While a new answer is awaited the previous list stays on screen.
  return { cases: answer?.cases ?? [], loading: answer?.key !== key, error: answer?.error ?? null, reload };
}

/** One case's draft and save state; the editor outlives the component (see CaseEditor). */
export function useCaseEditor(id: string): { editor: CaseEditor; snapshot: EditorSnapshot } {
  const editor = useMemo(() => editorFor(id), [id]);
  const snapshot = useSyncExternalStore(editor.subscribe, editor.getSnapshot);
  useEffect(() => {
    void editor.load();
  }, [editor]);
  return { editor, snapshot };
}

/** A value that follows `value` once it has stopped changing for `delayMs`. */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
