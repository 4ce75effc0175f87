/**
 * "Build" on the Packets tab for the fixture detention case, through the services the UI calls:
 * the first build after unlocking (with the prints the vault kept from earlier builds, and with
 * none kept), the next build, and one after an edit. Each is compared in the same run with qpdf
 * copying the same packet's pages (the floor for writing them). `withBenchCase` opens the
 * services over a fresh vault holding the case, as user-paths and the printing group share it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Services } from '../../src-main/services/index.ts';
import { textPdf } from '../fixtures/exhibits/make-exhibits.ts';
import { channelCaller, counsel, importFixtureCase, openTestServices } from '../helpers/services.ts';
import { median, medianMs, type BenchRow } from './stats.ts';
import { newRendererTimes, timedPacketRenderers, type RendererTimes } from './timed-renderers.ts';

export const PASSPHRASE = 'benchmark passphrase, not secret';
const RUNS = 3;
const TODAY = new Date(2026, 5, 15, 10, 0);

export interface BenchCase {
  readonly services: Services;
  readonly caseId: string;
  readonly work: string;
  readonly vaultDir: string;
  /** The timings the services' packet printer records. */
  readonly printerTimes: RendererTimes;
}

export async function withBenchCase<T>(run: (bench: BenchCase) => Promise<T>): Promise<T> {
  const work = mkdtempSync(path.join(tmpdir(), 'dossier-bench-user-'));
  const printerTimes = newRendererTimes();
  const vaultDir = path.join(work, 'vault');
  try {
    const { services } = await openTestServices(vaultDir, {
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
      return await run({ services, caseId, work, vaultDir, printerTimes });
    } finally {
      await services.dispose();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export async function clickToPacket({ services, caseId, work, vaultDir }: BenchCase): Promise<BenchRow[]> {
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
  const relock = async (forgetPrints: boolean) => {
    await call('vaultLock');
    // With the vault's list of stored prints gone, every generated page is printed again.
    if (forgetPrints) for (const name of ['print-cache.dsv', 'print-cache.dsv.prev']) rmSync(path.join(vaultDir, name), { force: true });
    await call('vaultUnlock', { passphrase: PASSPHRASE });
  };
  const coldEmpty = await timed(() => relock(true));
  await build();
  const cold = await timed(() => relock(false));
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
  const row = (name: string, medianMs: number, target: string, targetMs: number): BenchRow => ({
    name,
    medianMs,
    target,
    targetMs,
    peerName,
    peerMedianMs: peer,
  });
  return [
    row(`click Build → packet on disk, Case 1 (${pages} pages), cold: first build after unlock`, cold, '≤ 4 s', 4000),
    row(
      'click Build → packet on disk, Case 1, cold with no stored prints: first build after unlock, all printed',
      coldEmpty,
      '≤ 4 s',
      4000,
    ),
    row('click Build → packet on disk, Case 1, warm: the next build', warm, '≤ 2 s', 2000),
    row('click Build → packet on disk, Case 1, after one edit to the case', edited, '≤ 2 s', 2000),
  ];
}
