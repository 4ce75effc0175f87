import { useEffect, useState } from 'react';
import type { IpcError, PacketJobStatusDto, PacketPresetName, PacketPreviewDto } from '../../src-main/ipc/contract.ts';
import { api } from './bridge.ts';
import { useJobStatus } from './use-job.ts';

export const POLL_MS = 250;

/** The list of documents the build would make, refreshed when the case or the preset changes. */
export function usePacketPreview(
  caseId: string,
  preset: PacketPresetName,
  revision: number,
): { preview: PacketPreviewDto | null; error: IpcError | null } {
  const [state, setState] = useState<{ preview: PacketPreviewDto | null; error: IpcError | null }>({ preview: null, error: null });
  useEffect(() => {
    let current = true;
    void api.packetPlanPreview({ caseId, preset }).then((result) => {
      if (!current) return;
      setState(result.ok ? { preview: result.value, error: null } : { preview: null, error: result.error });
    });
    return () => {
      current = false;
    };
  }, [caseId, preset, revision]);
  return state;
}

/**
 * Follows a build: asks for its status every quarter second while it runs, and calls
 * `onFinished` once when it stops (done, failed or cancelled).
 */
export function usePacketJob(
  jobId: string | null,
  onFinished: (status: PacketJobStatusDto) => void,
): { status: PacketJobStatusDto | null; error: IpcError | null } {
  return useJobStatus(jobId, packetBuildStatus, onFinished, POLL_MS);
}

const packetBuildStatus = (jobId: string) => api.packetBuildStatus({ jobId });
