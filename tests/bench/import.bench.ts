/**
 * A 300 MB scan imported from its file, each run in a child process of its own
 * (tests/integration/helpers/import-child.ts) so its peak memory is its own: the peak resident
 * memory as a multiple of the file's size, against quality.md's 2 × target, and the time the
 * import took. `npm run bench -- import` runs only this.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { writeLargePdf } from '../fixtures/exhibits/make-large.ts';
import { median, type BenchRow } from './stats.ts';

const RUNS = 3;
const MB = 2 ** 20;

export async function benchScanImport(): Promise<BenchRow[]> {
  const work = mkdtempSync(path.join(tmpdir(), 'dossier-bench-import-'));
  try {
    // Three pages of 10,000 × 10,000 grey pixels, stored raw: 300,000,000 bytes of image.
    const file = writeLargePdf(path.join(work, 'scan-300mb.pdf'), 3, 10_000);
    const child = path.resolve(import.meta.dirname, '../integration/helpers/import-child.ts');
    const peaks: number[] = [];
    const seconds: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const vault = path.join(work, `import-${i}`);
      const { stdout } = await promisify(execFile)(process.execPath, [child, vault, file.path], { maxBuffer: MB });
      rmSync(vault, { recursive: true, force: true });
      const result = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as { ok: boolean; maxRssKb: number; seconds: number };
      if (!result.ok) throw new Error(`The scan did not import: ${stdout}`);
      peaks.push(result.maxRssKb * 1024);
      seconds.push(result.seconds);
    }
    const peak = median(peaks);
    const ratio = peak / file.bytes;
    const size = `${Math.round(file.bytes / MB)} MB`;
    return [
      {
        name: `peak RSS importing a ${size} scan (child process), as a multiple of the file`,
        medianMs: 0,
        display: `${Math.round(peak / MB)} MB = ${ratio.toFixed(2)} × the file (runs: ${peaks.map((p) => (p / file.bytes).toFixed(2)).join(', ')})`,
        target: '≤ 2 × the file',
        met: ratio <= 2,
      },
      { name: `importing a ${size} scan (prove, hash, seal into the vault, record)`, medianMs: median(seconds) * 1000 },
    ];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
