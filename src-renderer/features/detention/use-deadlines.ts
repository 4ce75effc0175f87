import { useEffect, useState } from 'react';
import type { DeadlineDto, IpcError, Result } from '../../../src-main/ipc/contract.ts';
import { api } from '../../api/bridge.ts';

export interface DeadlinesState {
  /** Null until the first answer. */
  readonly list: readonly DeadlineDto[] | null;
  readonly error: IpcError | null;
  /** The instant the limits were judged at (UTC, `…Z`). */
  readonly asOf: string;
}

interface Request {
  readonly key: string;
  readonly at: number;
  readonly asOf: string;
  readonly answer: Promise<Result<DeadlineDto[]>>;
}

/** How long an answer serves another view of the same revision ("now" moves on). */
const FRESH_MS = 30_000;

/** The latest request per case, shared by the banner and the Detention tab so a save asks once. */
const latest = new Map<string, Request>();

function request(caseId: string, revision: number): Request {
  const key = `${caseId}@${String(revision)}`;
  const cached = latest.get(caseId);
  const now = Date.now();
  if (cached?.key === key && now - cached.at < FRESH_MS) return cached;
  const asOf = new Date(now).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const answer = api.deadlinesCompute({ caseId, asOf });
  const made: Request = { key, at: now, asOf, answer };
  latest.set(caseId, made);
  // A failed answer (locked, not found) is never served again: the next view asks afresh.
  void answer.then((result) => {
    if (!result.ok && latest.get(caseId) === made) latest.delete(caseId);
  });
  return made;
}

/** The case's time limits as last saved, computed again after every save (each new revision). */
export function useDeadlines(caseId: string, revision: number): DeadlinesState {
  const [state, setState] = useState<DeadlinesState & { key: string }>({ key: '', list: null, error: null, asOf: '' });
  useEffect(() => {
    if (revision < 1) return;
    let current = true;
    const made = request(caseId, revision);
    void made.answer.then((result) => {
      if (!current) return;
      setState(
        result.ok
          ? { key: made.key, list: result.value, error: null, asOf: made.asOf }
          : { key: made.key, list: null, error: result.error, asOf: made.asOf },
      );
    });
    return () => {
      current = false;
    };
  }, [caseId, revision]);
  return state;
}
