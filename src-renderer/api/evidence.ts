import type { IpcError, OcrJobStatusDto, SearchHitDto } from '../../src-main/ipc/contract.ts';
import { api } from './bridge.ts';
import { useJobStatus } from './use-job.ts';

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
  return useJobStatus(jobId, ocrStatus, onFinished, POLL_MS);
}

const ocrStatus = (jobId: string) => api.exhibitOcrStatus({ jobId });

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
