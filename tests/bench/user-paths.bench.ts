/**
 * Where a person waits, through the handlers the UI calls: "Build" on the Packets tab for the
 * fixture detention case (the first build after unlocking, the next one, and one after an
 * edit). Each build is compared in the same run with qpdf copying the same packet's pages (the
 * floor for writing them). Then the release plan's preview and a keystroke in its wording
 * (user-previews.ts), the 20-page document and the 1,000-page packet's memory
 * (user-documents.ts), and the demo (user-demo.ts). The 300 MB scan's import and the H&C
 * application's rows come from their own groups, which run.ts runs with this one.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Services } from '../../src-main/services/index.ts';
import { textPdf } from '../fixtures/exhibits/make-exhibits.ts';
import { channelCaller, counsel, importFixtureCase, openTestServices } from '../helpers/services.ts';
import { median, medianMs, type BenchRow } from './stats.ts';
import { newRendererTimes, timedPacketRenderers } from './timed-renderers.ts';
import { printColdBuildStages } from './user-build-stages.ts';
import { benchDemo } from './user-demo.ts';
import { benchTwentyPages, packetPeakRow } from './user-documents.ts';
import { benchPreviews } from './user-previews.ts';

const PASSPHRASE = 'benchmark passphrase, not secret';
const RUNS = 3;
const TODAY = new Date(2026, 5, 15, 10, 0);

export async function benchUserPaths(): Promise<BenchRow[]> {
  const work = mkdtempSync(path.join(tmpdir(), 'dossier-bench-user-'));
  const printerTimes = newRendererTimes();
  try {
    const { services } = await openTestServices(path.join(work, 'vault'), {
      scrypt: { N: 2 ** 12, r: 8, p: 1 },
      now: () => TODAY,
      passphrase: PASSPHRASE,
      counsel,
      // As the app: the printer starts in the background when the vault opens.
      prewarmPrinter: true,
      openPacketRenderers: timedPacketRenderers(printerTimes),
    });
    try {
      const { caseId } = await importFixtureCase(services, 'case1-lai.json', {
        work,
        sample: async (_, i) => ({ bytes: await textPdf(`Exhibit ${i + 1}`, 2), ext: 'pdf' }),
      });
      const packets = await clickToPacket(services, caseId, work);
      await printColdBuildStages(services, channelCaller(services), {
        caseId,
        passphrase: PASSPHRASE,
        outDir: path.join(work, 'out-stages'),
        printerTimes,
      });
      const previews = await benchPreviews(services, caseId, '2026-06-15');
      return [...packets, ...previews, await benchTwentyPages(), packetPeakRow(), await benchDemo()];
    } finally {
      await services.dispose();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function clickToPacket(services: Services, caseId: string, work: string): Promise<BenchRow[]> {
  const call = channelCaller(services);
  let run = 0;
  let last = '';
  const build = async () => {
    run += 1;
    const { manifestPath, manifest } = await services.packets.build({
      caseId,
      preset: 'detention-release-plan',
      outDir: path.join(work, `out-${run}`),
      skipBadExhibits: false,
    });
    last = path.join(path.dirname(manifestPath), manifest.outputs.find((o) => o.format === 'pdf')?.fileName ?? '');
  };
  const timed = async (before: () => Promise<void>): Promise<number> => {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      await before();
      const start = performance.now();
      await build();
      times.push(performance.now() - start);
    }
    return median(times);
  };
  const cold = await timed(async () => {
    await call('vaultLock');
    await call('vaultUnlock', { passphrase: PASSPHRASE });
  });
  await build();
  const warm = await timed(() => Promise.resolve());
  let edits = 0;
  const edited = await timed(async () => {
    const stored = await services.vault.readCase(caseId);
    edits += 1;
    await call('caseSave', { case: { ...stored.case, notes: `Edit ${edits}` }, revision: stored.revision });
  });
  const pages = Number(execFileSync('qpdf', ['--show-npages', last], { encoding: 'utf8' }).trim());
  const peer = await medianMs(() => execFileSync('qpdf', ['--empty', '--pages', last, '--', path.join(work, 'peer.pdf')]), RUNS, 1);
  const peerName = `qpdf copying the same ${pages} pages`;
  return [
    {
      name: `click Build → packet on disk, Case 1 (${pages} pages), cold: first build after unlock`,
      medianMs: cold,
      target: '≤ 4 s',
      targetMs: 4000,
      peerName,
      peerMedianMs: peer,
    },
    {
      name: 'click Build → packet on disk, Case 1, warm: the next build',
      medianMs: warm,
      target: '≤ 2 s',
      targetMs: 2000,
      peerName,
      peerMedianMs: peer,
    },
    {
      name: 'click Build → packet on disk, Case 1, after one edit to the case',
      medianMs: edited,
      target: '≤ 2 s',
      targetMs: 2000,
      peerName,
      peerMedianMs: peer,
    },
  ];
}
