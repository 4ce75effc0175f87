import { useEffect, useRef, useState } from 'react';
import type { IpcError, PacketJobStatusDto, PacketPresetName, PacketPreviewDto } from '../../src-main/ipc/contract.ts';
import { api } from './bridge.ts';

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
  const [state, setState] = useState<{ jobId: string | null; status: PacketJobStatusDto | null; error: IpcError | null }>({
    jobId: null,
    status: null,
    error: null,
  });
  // The latest callback is read when the job ends, so a new callback never restarts polling.
  const finished = useRef(onFinished);
  useEffect(() => {
    finished.current = onFinished;
  }, [onFinished]);
  useEffect(() => {
    if (jobId === null) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const poll = async () => {
      const result = await api.packetBuildStatus({ jobId });
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
