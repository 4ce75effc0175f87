import type { PacketJobStatusDto } from '../../../src-main/ipc/contract.ts';

type Stage = PacketJobStatusDto['progress']['stage'];

/** Where each stage starts on the bar and how much of it the stage fills. */
const spans: Record<Stage, readonly [number, number]> = {
  starting: [0, 0],
  exhibits: [0, 60],
  'generated-pages': [55, 15],
  assembly: [70, 15],
  fitting: [85, 15],
  done: [100, 0],
};

/** The build's progress as a whole percentage, for the progress bar. */
export function percentOf(status: PacketJobStatusDto): number {
  if (status.state === 'done') return 100;
  const [start, span] = spans[status.progress.stage];
  const fraction = status.progress.total > 0 ? Math.min(1, status.progress.done / status.progress.total) : 0;
  return Math.round(start + span * fraction);
}
