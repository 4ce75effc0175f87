import { useEffect, useRef, useState } from 'react';
import type { IpcError, Result } from '../../src-main/ipc/contract.ts';

/**
 * Follows a job in the main process: asks for its status every `pollMs` while it runs, and calls
 * `onFinished` once when it stops. The latest callback is read when the job ends, so a new
 * callback never restarts polling. One home for the packet build's and OCR's progress.
 */
export function useJobStatus<S extends { readonly state: string }>(
  jobId: string | null,
  fetchStatus: (jobId: string) => Promise<Result<S>>,
  onFinished: (status: S) => void,
  pollMs: number,
): { readonly status: S | null; readonly error: IpcError | null } {
  const [state, setState] = useState<{ jobId: string | null; status: S | null; error: IpcError | null }>({
    jobId: null,
    status: null,
    error: null,
  });
  const finished = useRef(onFinished);
  const fetcher = useRef(fetchStatus);
  useEffect(() => {
    finished.current = onFinished;
    fetcher.current = fetchStatus;
  }, [onFinished, fetchStatus]);
  useEffect(() => {
    if (jobId === null) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const poll = async () => {
      const result = await fetcher.current(jobId);
      if (stopped) return;
      if (!result.ok) {
        setState({ jobId, status: null, error: result.error });
        return;
      }
      setState({ jobId, status: result.value, error: null });
      if (result.value.state === 'running') timer = setTimeout(() => void poll(), pollMs);
      else finished.current(result.value);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [jobId, pollMs]);
  return state.jobId === jobId ? { status: state.status, error: state.error } : { status: null, error: null };
}
