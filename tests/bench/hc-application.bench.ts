/**
 * Case 2's full H&C application for the portal, end to end through the packet service: 40
 * exhibits (the case's 8 and 32 more linked to its factors), 10 of them 5 MB colour scans,
 * checked, printed, numbered, cut into one file per slot and fitted under the 4 MB cap. The peer
 * is the same evidence built as one PDF without fitting (`hc`), in the same run.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Case } from '../../src-main/core/model/case.ts';
import type { Channel } from '../../src-main/ipc/contract.ts';
import { invokeChannel } from '../../src-main/ipc/invoke.ts';
import type { PacketManifest } from '../../src-main/packet/manifest.ts';
import { formatMegabytes } from '../../src-main/packet/portal-fit.ts';
import { createNodeServices } from '../../src-main/services/node-services.ts';
import { createMemorySettings } from '../../src-main/services/settings-conf.ts';
import { textPdf } from '../fixtures/exhibits/make-exhibits.ts';
import { noisyScanJpeg } from '../integration/portal-fixtures.ts';
import { medianMs, type BenchRow } from './stats.ts';

const root = path.resolve(import.meta.dirname, '../..');
const counsel = { name: 'Adaeze Okafor', firm: 'Harbourfront Clinic', addressLines: ['200 Queens Quay West', 'Toronto, Ontario'] };
/** The factor each added exhibit proves, in turn; every fourth added exhibit is a scan until there are 10. */
const factors = ['ESTABLISHMENT', 'BIOC', 'HARDSHIP', 'ESTABLISHMENT'] as const;

export async function benchHcApplication(): Promise<BenchRow[]> {
  const work = mkdtempSync(path.join(tmpdir(), 'dossier-bench-hc-'));
  const services = createNodeServices({
    dataDir: path.join(work, 'vault'),
    settings: createMemorySettings(),
    scrypt: { N: 2 ** 12, r: 8, p: 1 },
    now: () => new Date(2026, 5, 15, 10, 0),
  });
  const call = async (channel: Channel, input?: unknown): Promise<unknown> => {
    const result = await invokeChannel(services.handlers, channel, input);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value;
  };
  try {
    await call('vaultCreate', { method: 'passphrase', passphrase: 'benchmark passphrase, not secret' });
    await call('counselProfileSet', counsel);
    const file = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/cases/case2-srisuk.json'), 'utf8')) as unknown;
    const { id: caseId } = (await call('caseImport', { file })) as { id: string };
    let scans = 0;
    for (const [i, exhibit] of (await services.vault.readCase(caseId)).case.exhibits.entries()) {
      const sample = path.join(work, `fixture-${i}.pdf`);
      writeFileSync(sample, await textPdf(`Exhibit ${i + 1}`, 2));
      await services.exhibits.importFile({ caseId, path: sample, exhibitId: exhibit.id });
    }
    const added: { id: string; kind: (typeof factors)[number] }[] = [];
    for (let i = 0; i < 32; i += 1) {
      const scan = i % 3 === 0 && scans < 10;
      const sample = path.join(work, `added-${i}.${scan ? 'jpg' : 'pdf'}`);
      writeFileSync(sample, scan ? await noisyScanJpeg(`Scan ${i + 1}`, i + 1) : await textPdf(`Evidence ${i + 1}`, 1 + (i % 4)));
      if (scan) scans += 1;
      const { exhibit } = await services.exhibits.importFile({
        caseId,
        path: sample,
        title: `${scan ? 'Scanned evidence' : 'Evidence'} ${i + 1}`,
      });
      added.push({ id: exhibit.id, kind: factors[i % factors.length] ?? 'ESTABLISHMENT' });
    }
    const stored = await services.vault.readCase(caseId);
    const linked: Case = {
      ...stored.case,
      hc: {
        ...stored.case.hc,
        factors: stored.case.hc.factors.map((f) => ({
          ...f,
          exhibitIds: [...f.exhibitIds, ...added.filter((a) => a.kind === f.kind).map((a) => a.id)],
        })),
      },
    };
    await services.vault.writeCase(linked, stored.revision);

    let manifest: PacketManifest | undefined;
    let run = 0;
    const ours = await medianMs(
      async () => {
        run += 1;
        ({ manifest } = await services.packets.build({
          caseId,
          preset: 'hc-application',
          outDir: path.join(work, `portal-${run}`),
          skipBadExhibits: false,
        }));
      },
      3,
      1,
    );
    const peer = await medianMs(
      async () => {
        run += 1;
        await services.packets.build({ caseId, preset: 'hc', outDir: path.join(work, `one-${run}`), skipBadExhibits: false });
      },
      3,
      1,
    );
    const files = manifest?.files ?? [];
    const before = files.reduce((n, f) => n + f.assembledBytes, 0);
    const after = files.reduce((n, f) => n + f.bytes, 0);
    const cap = manifest?.caps.maxBytes ?? 0;
    const exhibits = manifest?.inputs.filter((i) => i.kind === 'exhibit').length ?? 0;
    console.log(
      `H&C application: ${exhibits} exhibits (${scans} scans of about 5 MB) in ${files.length} files; ${formatMegabytes(before, 'en')} as assembled → ${formatMegabytes(after, 'en')} written, ${formatMegabytes(before - after, 'en')} saved by downsampling`,
    );
    for (const f of files) console.log(`  ${f.title}: ${f.pages} pages, ${formatMegabytes(f.bytes, 'en')}. ${f.summary.en.join(' ')}`);
    return [
      {
        name: `Case 2 H&C application, ${exhibits} exhibits incl. ${scans} 5 MB scans, every slot fitted`,
        medianMs: ours,
        peerName: 'the same evidence as one PDF, unfitted (hc)',
        peerMedianMs: peer,
        target: '≤ 10 s',
        targetMs: 10_000,
      },
      {
        name: 'every portal file under the cap',
        medianMs: 0,
        display: `${files.filter((f) => f.bytes <= cap).length} of ${files.length} files ≤ ${formatMegabytes(cap, 'en')}; ${formatMegabytes(before - after, 'en')} saved`,
        met: files.length > 0 && files.every((f) => f.bytes <= cap),
      },
    ];
  } finally {
    await services.dispose();
    rmSync(work, { recursive: true, force: true });
  }
}
