/**
 * Where a person waits, through the handlers the UI calls: "Build" on the Packets tab for the
 * fixture detention case (user-builds.ts: the first build after unlocking, with and without
 * the prints the vault kept, the next one, and one after an edit, each beside qpdf copying the
 * same pages), and a 300 MB scan imported in a child process of its own so its peak memory is
 * its own, against the file's size. Then the release plan's preview and
 * a keystroke in its wording (user-previews.ts), the 20-page document and the 1,000-page
 * packet's memory (user-documents.ts), and the demo (user-demo.ts). The H&C application's rows
 * come from its own group, which run.ts runs with this one.
 */
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { writeLargePdf } from '../fixtures/exhibits/make-large.ts';
import { channelCaller } from '../helpers/services.ts';
import { median, type BenchRow } from './stats.ts';
import { printColdBuildStages } from './user-build-stages.ts';
import { clickToPacket, PASSPHRASE, withBenchCase } from './user-builds.ts';
import { benchDemo } from './user-demo.ts';
import { benchTwentyPages, packetPeakRow } from './user-documents.ts';
import { benchPreviews } from './user-previews.ts';

const RUNS = 3;

export async function benchUserPaths(): Promise<BenchRow[]> {
  return withBenchCase(async (bench) => {
    const packets = await clickToPacket(bench);
    await printColdBuildStages(bench.services, channelCaller(bench.services), {
      caseId: bench.caseId,
      passphrase: PASSPHRASE,
      outDir: path.join(bench.work, 'out-stages'),
      printerTimes: bench.printerTimes,
    });
    const previews = await benchPreviews(bench.services, bench.caseId, '2026-06-15');
    return [...packets, ...previews, await scanImport(bench.work), await benchTwentyPages(), packetPeakRow(), await benchDemo()];
  });
}

/** What printing decides, alone (`npm run bench -- printing`): the builds, the 20-page document and the demo. */
export async function benchPrinting(): Promise<BenchRow[]> {
  const builds = await withBenchCase(async (bench) => {
    const rows = await clickToPacket(bench);
    await printColdBuildStages(bench.services, channelCaller(bench.services), {
      caseId: bench.caseId,
      passphrase: PASSPHRASE,
      outDir: path.join(bench.work, 'out-stages'),
      printerTimes: bench.printerTimes,
    });
    return rows;
  });
  return [...builds, await benchTwentyPages(), await benchDemo()];
}

/** The import in a child of its own (tests/integration/helpers/import-child.ts), peak RSS against the file's size. */
async function scanImport(work: string): Promise<BenchRow> {
  const file = writeLargePdf(path.join(work, 'scan-300mb.pdf'), 3, 10_000);
  const child = path.resolve(import.meta.dirname, '../integration/helpers/import-child.ts');
  const peaks: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const vault = path.join(work, `import-${i}`);
    const { stdout } = await promisify(execFile)(process.execPath, [child, vault, file.path], { maxBuffer: 2 ** 20 });
    rmSync(vault, { recursive: true, force: true });
    peaks.push((JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as { maxRssKb: number }).maxRssKb * 1024);
  }
  rmSync(file.path);
  const ratio = median(peaks) / file.bytes;
  return {
    name: `peak RSS importing a ${Math.round(file.bytes / 2 ** 20)} MB scan (child process), as a multiple of the file`,
    medianMs: 0,
    display: `${Math.round(median(peaks) / 2 ** 20)} MB = ${ratio.toFixed(2)} × the file`,
    target: '≤ 2 × the file',
    met: ratio <= 2,
  };
}
