/**
 * Where a person waits, through the handlers the UI calls: "Build" on the Packets tab for the
 * fixture detention case (user-builds.ts: the first build after unlocking, with and without
 * the prints the vault kept, the next one, and one after an edit, each beside qpdf copying the
 * same pages). Then the release plan's preview and a keystroke in its wording (user-previews.ts),
 * the 20-page document and the 1,000-page packet's memory (user-documents.ts), and the demo
 * (user-demo.ts). The 300 MB scan's import and the H&C application's rows come from their own
 * groups, which run.ts runs with this one.
 */
import path from 'node:path';
import { channelCaller } from '../helpers/services.ts';
import type { BenchRow } from './stats.ts';
import { printColdBuildStages } from './user-build-stages.ts';
import { clickToPacket, PASSPHRASE, withBenchCase, type BenchCase } from './user-builds.ts';
import { benchDemo } from './user-demo.ts';
import { benchTwentyPages, packetPeakRow } from './user-documents.ts';
import { benchPreviews } from './user-previews.ts';

/** Click Build → packet (cold, warm, after an edit), then the stages of a cold build printed. */
async function buildsAndStages(bench: BenchCase): Promise<BenchRow[]> {
  const rows = await clickToPacket(bench);
  await printColdBuildStages(bench.services, channelCaller(bench.services), {
    caseId: bench.caseId,
    passphrase: PASSPHRASE,
    outDir: path.join(bench.work, 'out-stages'),
    printerTimes: bench.printerTimes,
  });
  return rows;
}

export async function benchUserPaths(): Promise<BenchRow[]> {
  return withBenchCase(async (bench) => {
    const packets = await buildsAndStages(bench);
    const previews = await benchPreviews(bench.services, bench.caseId, '2026-06-15');
    return [...packets, ...previews, await benchTwentyPages(), packetPeakRow(), await benchDemo()];
  });
}

/** What printing decides, alone (`npm run bench -- printing`): the builds, the 20-page document and the demo. */
export async function benchPrinting(): Promise<BenchRow[]> {
  const builds = await withBenchCase(buildsAndStages);
  return [...builds, await benchTwentyPages(), await benchDemo()];
}
