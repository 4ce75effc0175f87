import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/bridge.ts';
import type { InterpreterWork } from './request.ts';

const SAVE_DELAY_MS = 800;

export interface DraftView {
  /** When the draft was last saved; null before the first save. */
  readonly savedAt: string | null;
  readonly failed: boolean;
  readonly loaded: boolean;
  /** Deletes the draft and stops saving it. */
  readonly remove: () => Promise<boolean>;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The saved work over the fresh start: fields the draft lacks keep their start value. */
function resumed(start: InterpreterWork, saved: unknown): InterpreterWork {
  if (!isObject(saved) || !isObject(saved['translations'])) return start;
  return {
    ...start,
    ...(saved as Partial<InterpreterWork>),
    translations: { ...start.translations, ...(saved['translations'] as InterpreterWork['translations']) },
  };
}

/**
 * Keeps the interpreter's work on one request in the drafts vault: the saved draft is loaded
 * first, then every change is saved after a short pause, like a case. Off when the drafts are
 * not unlocked.
 */
export function useDraft(
  enabled: boolean,
  requestId: string,
  title: string,
  work: InterpreterWork,
  setWork: (work: InterpreterWork) => void,
): DraftView {
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const [loaded, setLoaded] = useState(!enabled);
  const first = useRef(work);
  const deleted = useRef(false);

  useEffect(() => {
    if (!enabled) return undefined;
    let current = true;
    void api.interpreterDraftGet({ requestId }).then((result) => {
      if (!current) return;
      if (result.ok && result.value.draft) {
        const next = resumed(first.current, result.value.draft.work);
        first.current = next;
        setWork(next);
        setSavedAt(result.value.draft.savedAt);
      }
      setLoaded(true);
    });
    return () => {
      current = false;
    };
  }, [enabled, requestId, setWork]);

  useEffect(() => {
    if (!enabled || !loaded || deleted.current || work === first.current) return undefined;
    const timer = window.setTimeout(() => {
      if (deleted.current) return;
      void api.interpreterDraftSave({ requestId, title, work }).then((result) => {
        setFailed(!result.ok);
        if (result.ok) setSavedAt(result.value.savedAt);
      });
    }, SAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [enabled, loaded, requestId, title, work]);

  const remove = async () => {
    deleted.current = true;
    const result = await api.interpreterDraftDelete({ requestId });
    if (result.ok) setSavedAt(null);
    return result.ok;
  };

  return { savedAt, failed, loaded, remove };
}
