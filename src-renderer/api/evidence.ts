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
