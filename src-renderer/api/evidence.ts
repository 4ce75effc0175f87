import { useEffect, useRef, useState } from 'react';
import type { IpcError, OcrJobStatusDto, SearchHitDto } from '../../src-main/ipc/contract.ts';
import { api } from './bridge.ts';

export type { OcrJobStatusDto, SearchHitDto };

const POLL_MS = 400;

/** The state of one OCR job, polled while it runs; `onFinished` is called once when it ends. */
export function useOcrJob(
  jobId: string | null,
  onFinished: (status: OcrJobStatusDto) => void,
): {
  readonly status: OcrJobStatusDto | null;
  readonly error: IpcError | null;
} {
  const [state, setState] = useState<{ jobId: string | null; status: OcrJobStatusDto | null; error: IpcError | null }>({
    jobId: null,
    status: null,
    error: null,
  });
  const finished = useRef(onFinished);
  useEffect(() => {
    finished.current = onFinished;
  }, [onFinished]);
  useEffect(() => {
    if (jobId === null) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const poll = async () => {
      const result = await api.exhibitOcrStatus({ jobId });
      if (stopped) return;
      if (!result.ok) {
        setState({ jobId, status: null, error: result.error });
        return;
      }
      setState({ jobId, status: result.value, error: null });
      if (result.value.state === 'running') timer = setTimeout(() => void poll(), POLL_MS);
      else finished.current(result.value);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [jobId]);
  return state.jobId === jobId ? { status: state.status, error: state.error } : { status: null, error: null };
}

export async function startOcr(caseId: string, exhibitId: string, lang: 'eng' | 'fra', allPages: boolean) {
  return api.exhibitOcrStart({ caseId, exhibitId, lang, allPages });
}

export async function cancelOcr(jobId: string) {
  return api.exhibitOcrCancel({ jobId });
}

export async function searchInCase(caseId: string, query: string) {
  return api.caseSearch({ caseId, query });
}

/** Asks for a disclosure with the system dialog; the file stays in the main process under the token returned. */
export async function pickDisclosure(caseId: string) {
  return api.disclosurePick({ caseId });
}

/** Thumbnails of pages `from`..`to` (the main process sends at most 24 a call). */
export async function disclosurePages(token: string, from: number, to: number) {
  return api.disclosurePages({ token, from, to });
}

export async function splitDisclosure(token: string, parts: { first: number; last: number; title: string; date?: string }[]) {
  return api.disclosureSplit({ token, parts });
}

export async function closeDisclosure(token: string) {
  return api.disclosureClose({ token });
}
