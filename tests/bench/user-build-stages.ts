/**
 * Where the first build after unlocking spends its time, read from the outside: the unlock
 * itself, then the build's own progress events (the case read, signatures, documents' models
 * and the wait for the session's printer come before the first; the exhibits, the generated
 * documents' pages, the assembly; writing the files after the last), and, for scale, a printer
 * opened from nothing. Printed by the bench only; nothing in the product is timed.
 */
import type { BuildStage } from '../../src-main/packet/progress.ts';
import { packetRenderersFrom } from '../../src-main/packet/pages/open.ts';
import { openPlaywrightPrinter } from '../../src-main/render/pdf/open-printer.ts';
import type { Services } from '../../src-main/services/index.ts';
import type { Call } from '../helpers/services.ts';

export async function printColdBuildStages(
  services: Services,
  call: Call,
  caseId: string,
  passphrase: string,
  outDir: string,
): Promise<void> {
  await call('vaultLock');
  const t0 = performance.now();
  await call('vaultUnlock', { passphrase });
  const unlocked = performance.now();
  const first = new Map<BuildStage, number>();
  const last = new Map<BuildStage, number>();
  await services.packets.build({
    caseId,
    preset: 'detention-release-plan',
    outDir,
    skipBadExhibits: false,
    onProgress: ({ stage }) => {
      const now = performance.now();
      if (!first.has(stage)) first.set(stage, now);
      last.set(stage, now);
    },
  });
  const finished = performance.now();
  const opened = performance.now();
  const { close } = await packetRenderersFrom(openPlaywrightPrinter)();
  const printerMs = performance.now() - opened;
  await close();

  const marks: [string, number][] = [['vault unlock', unlocked]];
  const start = first.get('exhibits') ?? first.get('generated-pages') ?? first.get('assembly');
  if (start !== undefined) marks.push(['case read, signatures, documents’ models, wait for the printer (before the first stage)', start]);
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
  console.log(`  for scale: a packet printer opened from nothing, ${printerMs.toFixed(0)} ms`);
}
