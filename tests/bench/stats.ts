/** Shared helpers for benchmarks: medians of repeated runs, never single timings. */
export interface BenchRow {
  readonly name: string;
  readonly medianMs: number;
  readonly peerName?: string;
  readonly peerMedianMs?: number;
  /** The target as written in the requirement, e.g. "≤ 300 ms". */
  readonly target?: string;
  readonly targetMs?: number;
  /** Shown instead of the median when the measure is not a time (a size, a ratio). */
  readonly display?: string;
  /** Whether a non-time measure met its target. */
  readonly met?: boolean;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Runs `fn` `runs` times (after `warmup` untimed runs) and returns the median in milliseconds. */
export async function medianMs(fn: () => unknown, runs = 7, warmup = 1): Promise<number> {
  for (let i = 0; i < warmup; i += 1) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

export function formatRows(rows: readonly BenchRow[]): string {
  const lines = ['| measure | median | target | peer | peer median | ratio (ours / peer) |', '|---|---|---|---|---|---|'];
  for (const r of rows) {
    const ratio = r.peerMedianMs ? (r.medianMs / r.peerMedianMs).toFixed(2) : '—';
    const ok = r.met ?? (r.targetMs === undefined ? undefined : r.medianMs <= r.targetMs);
    const met = ok === undefined ? '' : ok ? ' (met)' : ' (MISSED)';
    lines.push(
      `| ${r.name} | ${r.display ?? `${r.medianMs.toFixed(2)} ms`} | ${r.target ?? '—'}${met} | ${r.peerName ?? '—'} | ${r.peerMedianMs === undefined ? '—' : `${r.peerMedianMs.toFixed(2)} ms`} | ${ratio} |`,
    );
  }
  return lines.join('\n');
}
