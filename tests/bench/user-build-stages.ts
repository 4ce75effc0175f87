/**
 * Where the first build after unlocking spends its time, read from the outside: the unlock
 * itself, then the build's own progress events (the case read, signatures, documents' models
 * and the wait for the session's printer come before the first; the exhibits and the
 * generated documents' printing, the generated pages, the assembly; writing the files after
 * the last), and what the printer took: its opening (started in the background at unlock) and
 * each kind of print during the build. Printed by the bench only; nothing in the product is timed.
 */
import type { BuildStage } from '../../src-main/packet/progress.ts';
import type { Services } from '../../src-main/services/index.ts';
import type { Call } from '../helpers/services.ts';
import type { RendererTimes } from './timed-renderers.ts';

export interface ColdBuild {
  readonly caseId: string;
  readonly passphrase: string;
  readonly outDir: string;
  /** The timings the services' packet printer records. */
  readonly printerTimes: RendererTimes;
}

export async function printColdBuildStages(services: Services, call: Call, build: ColdBuild): Promise<void> {
  const { printerTimes } = build;
  await call('vaultLock');
  const opensBefore = printerTimes.opens.length;
  const t0 = performance.now();
  await call('vaultUnlock', { passphrase: build.passphrase });
  const unlocked = performance.now();
  const first = new Map<BuildStage, number>();
  const last = new Map<BuildStage, number>();
  printerTimes.calls.clear();
  const started = performance.now();
  await services.packets.build({
    caseId: build.caseId,
    preset: 'detention-release-plan',
    outDir: build.outDir,
    skipBadExhibits: false,
    onProgress: ({ stage }) => {
      const now = performance.now();
      if (!first.has(stage)) first.set(stage, now);
      last.set(stage, now);
    },
  });
  const finished = performance.now();

  const marks: [string, number][] = [
    ['vault unlock', unlocked],
    ['(the bench between unlock and Build)', started],
  ];
  const firstStage = first.get('exhibits') ?? first.get('generated-pages') ?? first.get('assembly');
  if (firstStage !== undefined)
    marks.push(['case read, signatures, documents’ models, wait for the printer (before the first stage)', firstStage]);
  for (const stage of ['exhibits', 'generated-pages', 'assembly', 'done'] as const) {
    const end = last.get(stage);
    if (end !== undefined) marks.push([`stage “${stage}” (to its last event)`, end]);
  }
  marks.push(['writing the volumes, manifest and the case’s build record', finished]);
  console.log(`First build after unlock, Case 1 (release plan packet): ${(finished - t0).toFixed(0)} ms from unlock`);
  let previous = t0;
  for (const [label, at] of marks) {
    console.log(`  ${label}: ${(at - previous).toFixed(0)} ms`);
    previous = at;
  }
  const opened = printerTimes.opens.slice(opensBefore);
  console.log(
    `  the printer: opened ${opened.length} time(s) since unlock, ${opened.map((ms) => `${ms.toFixed(0)} ms`).join(', ') || '—'} (in the background from unlock)`,
  );
  if (printerTimes.calls.size === 0) console.log('  the printer during the build: nothing printed (every page came from the print cache)');
  for (const [name, { count, ms }] of printerTimes.calls)
    console.log(`  the printer during the build: ${name} × ${count}, ${ms.toFixed(0)} ms in all`);
}
