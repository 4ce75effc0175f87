/**
 * Packet assembly: a deterministic 300-page packet (20 exhibits × 15 pages, five of them
 * scans, plus generated documents) against qpdf merging the same exhibits; end to end, a
 * rebuild after one generated document changes, peak RSS for 1,000 pages, and output size.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import { DEFAULT_PAGE, type Block, type DossierDocument } from '../../src-main/documents/model.ts';
import { buildPacket } from '../../src-main/packet/build.ts';
import { forPacket } from '../../src-main/packet/contents/generated.ts';
import type { BuildRequest, PacketSource } from '../../src-main/packet/request.ts';
import { createEngineRenderers } from '../../src-main/packet/pages/print.ts';
import { DEFAULT_NAME_PATTERN } from '../../src-main/packet/plan/file-names.ts';
import { sha256Hex } from '../../src-main/packet/report/manifest.ts';
import { DEFAULT_PACKET_OPTIONS } from '../../src-main/packet/plan/plan.ts';
import { SourceCache } from '../../src-main/packet/contents/source-cache.ts';
import { loadFontLibrary } from '../../src-main/render/fonts/library.ts';
import { createPlaywrightPrinter } from '../../src-main/render/pdf/playwright-printer.ts';
import { scanJpeg, textPdf } from '../fixtures/exhibits/make-exhibits.ts';
import { medianMs, type BenchRow } from './stats.ts';

async function scannedPdf(label: string, pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let p = 0; p < pages; p += 1) {
    const image = await doc.embedJpg(await scanJpeg(`${label} ${p + 1}`));
    doc.addPage([612, 792]).drawImage(image, { x: 18, y: 18, width: 576, height: 756 });
  }
  return doc.save();
}

/** 20 exhibits of 15 pages; every fourth is a scan. */
export async function packetExhibits(count = 20, pages = 15): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for (let i = 0; i < count; i += 1)
    out.push(i % 4 === 3 ? await scannedPdf(`Scan ${i + 1}`, pages) : await textPdf(`Exhibit ${i + 1}`, pages));
  return out;
}

/** A generated document of `pages` pages, as a model: the build prints it (from its memo when unchanged). */
function generatedDoc(title: string, pages: number): DossierDocument {
  return {
    meta: { title, lang: 'en' },
    page: DEFAULT_PAGE,
    blocks: Array.from({ length: pages }, (_, p): Block[] => [
      ...(p === 0 ? [] : [{ type: 'page-break' as const }]),
      { type: 'heading', level: 1, runs: [{ text: `${title}, page ${p + 1}` }] },
    ]).flat(),
  };
}

function sources(exhibits: readonly Uint8Array[], generated: readonly DossierDocument[]): PacketSource[] {
  return [
    ...generated.map((doc, i): PacketSource => ({ kind: 'generated', key: `gen-${i}`, title: `Generated document ${i + 1}`, doc })),
    ...exhibits.map((bytes, i): PacketSource => ({
      kind: 'exhibit',
      exhibitId: `ex-${i + 1}`,
      title: `Exhibit ${i + 1}`,
      sha256: sha256Hex(bytes),
      original: () => Promise.resolve(bytes),
    })),
  ];
}

function request(src: readonly PacketSource[]): BuildRequest {
  return {
    caseId: 'bench-case',
    preset: 'detention-release-plan',
    sources: src,
    options: DEFAULT_PACKET_OPTIONS,
    caps: {},
    skipBadExhibits: false,
    naming: { pattern: DEFAULT_NAME_PATTERN, fileNumber: '0003-B5-01234', division: 'ID', documentType: 'Disclosure' },
    title: 'Benchmark packet',
    lang: 'en',
    headerLines: ['IRB file 0003-B5-01234'],
  };
}

const here = (file: string): string => JSON.stringify(path.resolve(import.meta.dirname, file));

/** Writes the 1,000-page packet's exhibits (50 × 20 pages) as files, in a process of its own. */
const FIXTURES = `
import { writeFileSync } from 'node:fs';
import { packetExhibits } from ${here('packet.bench.ts')};
const exhibits = await packetExhibits(50, 20);
exhibits.forEach((bytes, i) => writeFileSync(process.argv[1] + '/ex-' + String(i + 1).padStart(3, '0') + '.pdf', bytes));
`;

/**
 * Builds the packet from those files, each read when the build asks for it as the vault gives an
 * exhibit's bytes, and reports the process's peak RSS. Only the build and its printer are loaded:
 * making the fixtures (sharp rendering 260 scans) would otherwise count in the peak.
 */
const CHILD = `
import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { buildPacket } from ${here('../../src-main/packet/build.ts')};
import { packetRenderersFrom } from ${here('../../src-main/packet/pages/open.ts')};
import { openPlaywrightPrinter } from ${here('../../src-main/render/pdf/open-printer.ts')};
import { SourceCache } from ${here('../../src-main/packet/contents/source-cache.ts')};
const dir = process.argv[1];
const files = readdirSync(dir).sort().map((f) => dir + '/' + f);
const read = (file) => new Uint8Array(readFileSync(file));
const { renderers, close } = await packetRenderersFrom(openPlaywrightPrinter)();
const src = files.map((file, i) => ({ kind: 'exhibit', exhibitId: 'ex-' + (i + 1), title: 'Exhibit ' + (i + 1), sha256: createHash('sha256').update(read(file)).digest('hex'), original: () => Promise.resolve(read(file)) }));
const r = await buildPacket({ caseId: 'c', preset: 'p', sources: src, options: { labelStyle: { kind: 'page-of' }, position: 'bottom-right', startNumber: 1, numberCover: false, numberList: true, tabStamps: true, dividers: false }, caps: {}, skipBadExhibits: false, naming: { pattern: '[file number]', fileNumber: 'x', division: 'ID', documentType: 'D' }, title: 't', lang: 'en', headerLines: [] }, { renderers, cache: new SourceCache(), now: () => new Date(), newId: () => 'b' });
await close();
process.stdout.write(JSON.stringify({ pages: r.volumes[0].pages, inputBytes: files.reduce((n, f) => n + read(f).length, 0), maxRssKb: process.resourceUsage().maxRSS }));
`;

export interface PacketPeak {
  readonly pages: number;
  /** The exhibits' bytes as the build reads them. */
  readonly inputBytes: number;
  readonly maxRssKb: number;
  /** qpdf's peak RSS merging the same exhibit files (no numbers, no list), when GNU time is installed. */
  readonly qpdfMaxRssKb: number | undefined;
}

let peak: PacketPeak | undefined;

/** qpdf's own peak RSS merging the files, from GNU time's `%M` (kilobytes). */
function qpdfPeakKb(files: readonly string[], out: string): number | undefined {
  const run = spawnSync('/usr/bin/time', ['-f', '%M', 'qpdf', '--empty', '--pages', ...files, '--', out], { encoding: 'utf8' });
  const kb = Number(run.stderr.trim().split('\n').at(-1));
  return run.status === 0 && Number.isFinite(kb) ? kb : undefined;
}

/** The 1,000-page packet (50 exhibits × 20 pages) built in a child of its own; measured once per run, whichever group asks first. */
export function packetPeakRss(): PacketPeak {
  if (peak) return peak;
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-bench-peak-'));
  const exhibits = path.join(dir, 'exhibits');
  try {
    mkdirSync(exhibits);
    const made = spawnSync(process.execPath, ['--input-type=module', '-e', FIXTURES, exhibits], { encoding: 'utf8', timeout: 300_000 });
    const child =
      made.status === 0
        ? spawnSync(process.execPath, ['--input-type=module', '-e', CHILD, exhibits], { encoding: 'utf8', timeout: 300_000 })
        : made;
    const files = readdirSync(exhibits)
      .sort()
      .map((f) => path.join(exhibits, f));
    const qpdfMaxRssKb = files.length > 0 ? qpdfPeakKb(files, path.join(dir, 'qpdf.pdf')) : undefined;
    peak =
      child.status === 0
        ? { ...(JSON.parse(child.stdout) as Omit<PacketPeak, 'qpdfMaxRssKb'>), qpdfMaxRssKb }
        : { pages: 0, inputBytes: 0, maxRssKb: Number.NaN, qpdfMaxRssKb };
    return peak;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchPacket(): Promise<BenchRow[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-bench-packet-'));
  const fonts = loadFontLibrary();
  const printer = await createPlaywrightPrinter({ fonts });
  try {
    const exhibits = await packetExhibits();
    const generated = [generatedDoc('Cover letter', 2), generatedDoc('Bail plan', 6)];
    const files = exhibits.map((bytes, i) => {
      const file = path.join(dir, `ex-${i + 1}.pdf`);
      writeFileSync(file, bytes);
      return file;
    });
    const qpdfMs = await medianMs(() => execFileSync('qpdf', ['--empty', '--pages', ...files, '--', path.join(dir, 'qpdf-out.pdf')]), 7);

    const renderers = createEngineRenderers(printer, fonts);
    const warm = new SourceCache();
    const deps = () => ({ renderers, cache: warm, now: () => new Date(), newId: () => 'bench' });
    let pages = 0;
    let outBytes = 0;
    const assemblyMs = await medianMs(async () => {
      const r = await buildPacket(request(sources(exhibits, generated)), deps());
      pages = r.volumes[0]?.pages ?? 0;
      outBytes = r.volumes[0]?.bytes.length ?? 0;
    }, 7);
    const endToEndMs = await medianMs(
      () =>
        buildPacket(request(sources(exhibits, generated)), {
          renderers: createEngineRenderers(printer, fonts),
          cache: new SourceCache(),
          now: () => new Date(),
          newId: () => 'b',
        }),
      5,
    );
    let edit = 0;
    const rebuildMs = await medianMs(async () => {
      edit += 1;
      const changed = [generated[0] ?? generatedDoc('Cover letter', 2), generatedDoc(`Bail plan, edit ${edit}`, 6)];
      await buildPacket(request(sources(exhibits, changed)), deps());
    }, 5);
    // The generated documents count as printed (answered from the renderers' memo, as the build printed them).
    const printed = await Promise.all(generated.map((d) => renderers.renderDocument(forPacket(d))));
    const inputBytes = [...exhibits, ...printed].reduce((n, b) => n + b.length, 0);

    const rss = packetPeakRss();

    return [
      {
        name: `packet assembly, ${pages} pages (cached exhibits, warm printer)`,
        medianMs: assemblyMs,
        peerName: 'qpdf --empty --pages (merge only)',
        peerMedianMs: qpdfMs,
        target: '≤ 6× qpdf',
        targetMs: qpdfMs * 6,
      },
      { name: `packet end to end, ${pages} pages (normalise + list + assemble)`, medianMs: endToEndMs, target: '≤ 3 s', targetMs: 3000 },
      { name: 'packet rebuild after one generated document changed', medianMs: rebuildMs, target: '≤ 1.5 s', targetMs: 1500 },
      {
        name: `  peak RSS, ${rss.pages}-page packet (child process, exhibits read from files)`,
        medianMs: 0,
        display: `${(rss.maxRssKb / 1024).toFixed(0)} MB = ${(rss.maxRssKb / 1024 / 400).toFixed(2)} × target${rss.qpdfMaxRssKb === undefined ? '' : `; qpdf merging the same files ${(rss.qpdfMaxRssKb / 1024).toFixed(0)} MB, ratio ${(rss.maxRssKb / rss.qpdfMaxRssKb).toFixed(1)}`}`,
        target: '≤ 400 MB',
        met: rss.maxRssKb / 1024 <= 400,
      },
      {
        name: `  output ${(outBytes / 2 ** 20).toFixed(2)} MB = ${(outBytes / inputBytes).toFixed(2)} × inputs (target ≤ 1.15)`,
        medianMs: 0,
      },
    ];
  } finally {
    await printer.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
