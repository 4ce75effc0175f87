import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDossierError } from '../../src-main/core/errors.ts';
import { buildPacket, type BuildResult } from '../../src-main/packet/build.ts';
import type { BuildDeps, BuildRequest, PacketSource } from '../../src-main/packet/request.ts';
import { createEngineRenderers } from '../../src-main/packet/pages/print.ts';
import { DEFAULT_NAME_PATTERN } from '../../src-main/packet/plan/file-names.ts';
import { sha256Hex } from '../../src-main/packet/report/manifest.ts';
import { DEFAULT_PACKET_OPTIONS } from '../../src-main/packet/plan/plan.ts';
import { SourceCache } from '../../src-main/packet/contents/source-cache.ts';
import { loadFontLibrary } from '../../src-main/render/fonts/library.ts';
import { createPlaywrightPrinter } from '../../src-main/render/pdf/playwright-printer.ts';
import type { Printer } from '../../src-main/render/pdf/printer.ts';
import { noiseJpeg } from '../fixtures/exhibits/make-large.ts';
import { textPdf } from '../fixtures/exhibits/make-exhibits.ts';

const fonts = loadFontLibrary();
const CAP = 1_500_000;
let printer: Printer;
let dir: string;
let deps: BuildDeps;
const scans = new Map<string, Uint8Array>();

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'dossier-volumes-'));
  printer = await createPlaywrightPrinter({ fonts });
  deps = { renderers: createEngineRenderers(printer, fonts), cache: new SourceCache(), now: () => new Date(), newId: () => 'vol' };
  // About 600 KB each of incompressible scan: two tabs fit under the cap, three do not.
  for (const seed of ['A', 'B', 'C', 'D', 'E']) scans.set(seed, await noiseJpeg(`scan ${seed}`, 1000, 720));
  scans.set('huge', await noiseJpeg('scan huge', 1500, 1500));
  scans.set('translation', await textPdf('Translation of record B', 2));
}, 60_000);
afterAll(async () => {
  await printer.close();
  rmSync(dir, { recursive: true, force: true });
});

function exhibit(key: string, id: string, title: string, partOf?: string): PacketSource {
  const bytes = scans.get(key) ?? new Uint8Array();
  return {
    kind: 'exhibit',
    exhibitId: id,
    title,
    sha256: sha256Hex(bytes),
    original: () => Promise.resolve(bytes),
    ...(partOf === undefined ? {} : { partOf }),
  };
}

function request(sources: readonly PacketSource[], maxBytes: number): BuildRequest {
  return {
    caseId: 'case-vol',
    preset: 'detention-disclosure',
    sources,
    options: DEFAULT_PACKET_OPTIONS,
    caps: { maxBytes },
    skipBadExhibits: false,
    naming: { pattern: DEFAULT_NAME_PATTERN, fileNumber: '0003-B5-04321', division: 'ID', documentType: 'Disclosure' },
    title: 'Disclosure – 0003-B5-04321',
    lang: 'en',
    headerLines: ['IRB file 0003-B5-04321'],
  };
}

const run = (cmd: string, ...args: string[]): string => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });

interface QpdfJson {
  readonly pages: readonly unknown[];
  readonly pagelabels: readonly { readonly index: number; readonly label: { readonly '/S'?: string; readonly '/St'?: number } }[];
}

/** The printed number of each page, from /PageLabels (undefined for unnumbered pages). */
function pageNumbers(file: string): (number | undefined)[] {
  const json = JSON.parse(run('qpdf', '--json', '--json-key=pages', '--json-key=pagelabels', file)) as QpdfJson;
  return json.pages.map((_, i) => {
    const range = json.pagelabels.filter((r) => r.index <= i).at(-1);
    return range?.label['/S'] === '/D' ? (range.label['/St'] ?? 1) + i - range.index : undefined;
  });
}

const titles = {
  A: 'Bank record Alpha',
  B: 'Bank record Bravo',
  C: 'Bank record Charlie',
  D: 'Bank record Delta',
  E: 'Bank record Echo',
} as const;

describe('volumes under a byte cap, in a real build', () => {
  let result: BuildResult;
  let files: string[];
  beforeAll(async () => {
    const sources = [
      exhibit('A', 'ex-a', titles.A),
      exhibit('B', 'ex-b', titles.B),
      exhibit('translation', 'ex-b-tr', 'Translation of Bravo', 'ex-b'),
      exhibit('C', 'ex-c', titles.C),
      exhibit('D', 'ex-d', titles.D),
      exhibit('E', 'ex-e', titles.E),
    ];
    result = await buildPacket(request(sources, CAP), deps);
    const out = mkdtempSync(path.join(dir, 'out-'));
    files = result.volumes.map((v) => {
      const file = path.join(out, v.fileName);
      writeFileSync(file, v.bytes);
      return file;
    });
  }, 120_000);

  it('splits into several volumes, each a valid PDF under the cap', () => {
    expect(result.volumes.length).toBeGreaterThanOrEqual(2);
    for (const file of files) {
      expect(run('qpdf', '--check', file)).toMatch(/No syntax or stream encoding errors/u);
      expect(statSync(file).size).toBeLessThanOrEqual(CAP);
    }
  });

  it('never splits a tab: an exhibit and its translation share a volume', () => {
    const volumeOf = new Map<string, Set<number>>();
    for (const input of result.manifest.inputs) {
      const tab = input.tab.replace(/[a-z]+$/u, '');
      volumeOf.set(tab, (volumeOf.get(tab) ?? new Set()).add(input.volume));
    }
    for (const volumes of volumeOf.values()) expect(volumes.size).toBe(1);
    const byId = new Map(result.manifest.inputs.map((i) => [i.exhibitId, i.volume]));
    expect(byId.get('ex-b-tr')).toBe(byId.get('ex-b'));
  });

  it('numbers pages on from one volume to the next', () => {
    const numbers = files.flatMap((f) => pageNumbers(f)).filter((n): n is number => n !== undefined);
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => (numbers[0] ?? 1) + i));
  });

  it('opens each volume with a cover listing every volume and what it holds', () => {
    files.forEach((file, v) => {
      const cover = run('pdftotext', '-l', '1', file, '-').replace(/\s+/gu, ' ');
      expect(cover).toContain(`Volume ${v + 1} of ${files.length}`);
      for (const title of Object.values(titles)) expect(cover).toContain(title);
      for (let k = 1; k <= files.length; k += 1) expect(cover).toMatch(new RegExp(`Volume ${k}\\b`, 'u'));
    });
  });

  it('lists every volume in the manifest with its file name, pages and hash', () => {
    const pdfs = result.manifest.outputs.filter((o) => o.format === 'pdf');
    expect(pdfs).toHaveLength(result.volumes.length);
    result.volumes.forEach((v, i) => {
      expect(pdfs[i]).toMatchObject({ fileName: v.fileName, pages: v.pages, bytes: v.bytes.length, sha256: sha256Hex(v.bytes) });
    });
  });

  it('stops, naming the tab and the fix, when one tab alone is over the cap', async () => {
    const huge = scans.get('huge')?.length ?? 0;
    expect(huge).toBeGreaterThan(CAP);
    const error: unknown = await buildPacket(
      request([exhibit('A', 'ex-a', titles.A), exhibit('huge', 'ex-huge', 'Oversized survey map')], CAP),
      deps,
    ).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isDossierError(error) && error.code).toBe('TOO_LARGE');
    expect(error instanceof Error && error.message).toMatch(/Tab 2 \("Oversized survey map"\) alone needs more than 1500000 bytes/u);
    expect(error instanceof Error && error.message).toMatch(/Raise the limit per volume, or split that exhibit into two exhibits/u);
  }, 60_000);
});
