import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDossierError } from '../../src-main/core/errors.ts';
import { DEFAULT_PAGE, type DossierDocument } from '../../src-main/documents/model.ts';
import { buildPacket, type BuildResult } from '../../src-main/packet/build.ts';
import type { BuildRequest, PacketSource } from '../../src-main/packet/request.ts';
import { createEngineRenderers } from '../../src-main/packet/pages/print.ts';
import { DEFAULT_NAME_PATTERN } from '../../src-main/packet/plan/file-names.ts';
import { sha256Hex } from '../../src-main/packet/report/manifest.ts';
import { DEFAULT_PACKET_OPTIONS } from '../../src-main/packet/plan/plan.ts';
import { SourceCache } from '../../src-main/packet/contents/source-cache.ts';
import { loadFontLibrary } from '../../src-main/render/fonts/library.ts';
import { createPlaywrightPrinter } from '../../src-main/render/pdf/playwright-printer.ts';
import type { Printer } from '../../src-main/render/pdf/printer.ts';
import { makeExhibitFixtures } from '../fixtures/exhibits/make-exhibits.ts';

const fonts = loadFontLibrary();
let printer: Printer;
let dir: string;
let files: Record<string, string>;
const coverLetter: DossierDocument = {
  meta: { title: 'Cover letter', lang: 'en' },
  page: { ...DEFAULT_PAGE, footer: {} },
  blocks: [
    { type: 'heading', level: 1, runs: [{ text: 'Cover letter' }] },
    {
      type: 'paragraph',
      runs: [{ text: 'Client: ' }, { text: 'กนกวรรณ ศรีสุข', lang: 'th' }, { text: ' / ' }, { text: 'مریم احمدی', lang: 'fa' }],
    },
  ],
};

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'dossier-packet-'));
  files = await makeExhibitFixtures(dir, { bigPages: 40 });
  printer = await createPlaywrightPrinter({ fonts });
});
afterAll(async () => {
  await printer.close();
  rmSync(dir, { recursive: true, force: true });
});

function exhibit(
  name: string,
  id: string,
  title: string,
  extra: Partial<{ partOf: string; date: string; author: string }> = {},
): PacketSource {
  const bytes = new Uint8Array(readFileSync(files[name] ?? ''));
  return { kind: 'exhibit', exhibitId: id, title, sha256: sha256Hex(bytes), original: () => Promise.resolve(bytes), ...extra };
}

function request(sources: readonly PacketSource[], overrides: Partial<BuildRequest> = {}): BuildRequest {
  return {
    caseId: 'case-1',
    preset: 'detention-release-plan',
    sources,
    options: DEFAULT_PACKET_OPTIONS,
    caps: {},
    skipBadExhibits: false,
    naming: { pattern: DEFAULT_NAME_PATTERN, fileNumber: '0003-B5-01234', division: 'ID', documentType: 'Disclosure' },
    title: 'Disclosure – 0003-B5-01234',
    lang: 'en',
    headerLines: ['IRB file 0003-B5-01234'],
    ...overrides,
  };
}

const standardSources = (): PacketSource[] => [
  { kind: 'generated', key: 'cover-letter', title: 'Cover letter', date: '2026-03-12', doc: coverLetter },
  exhibit('plain.pdf', 'ex-plain', 'จดหมายจากนายจ้าง (letter from employer)', { date: '2025-11-02', author: 'Somchai' }),
  exhibit('scan.jpg', 'ex-scan', 'Scanned pay stub'),
  exhibit('permissions.pdf', 'ex-perm', 'English translation', { partOf: 'ex-plain' }),
  exhibit('exif-6.jpg', 'ex-decl', "Translator's declaration", { partOf: 'ex-plain' }),
  exhibit('big.pdf', 'ex-big', 'Country conditions report 中文'),
  exhibit('multipage.tiff', 'ex-tiff', 'Police certificate'),
];

const run = (cmd: string, ...args: string[]): string => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });

function save(result: BuildResult, sub: string): string[] {
  const out = mkdtempSync(path.join(dir, sub));
  return result.volumes.map((v) => {
    const file = path.join(out, v.fileName);
    writeFileSync(file, v.bytes);
    return file;
  });
}

interface QpdfLabel {
  readonly index: number;
  readonly label: { readonly '/S'?: string; readonly '/P'?: string; readonly '/St'?: number };
}

interface QpdfJson {
  readonly pages: readonly unknown[];
  readonly pagelabels: readonly QpdfLabel[];
  readonly outlines: readonly {
    readonly title: string;
    readonly destpageposfrom1: number;
    readonly kids: readonly { title: string; destpageposfrom1: number }[];
  }[];
}

const qpdfJson = (file: string): QpdfJson =>
  JSON.parse(run('qpdf', '--json', '--json-key=pages', '--json-key=pagelabels', '--json-key=outlines', file)) as QpdfJson;

/** What a reader shows in its page box for each page, decoded from qpdf's view of /PageLabels. */
function readerLabels(json: QpdfJson): string[] {
  return json.pages.map((_, i) => {
    const range = json.pagelabels.filter((r) => r.index <= i).at(-1);
    if (!range) return String(i + 1);
    const n = (range.label['/St'] ?? 1) + i - range.index;
    const prefix = (range.label['/P'] ?? '').replace(/^u:/u, '');
    return range.label['/S'] === '/D' ? `${prefix}${n}` : `${prefix}#${n}`;
  });
}

describe('packet build through the document engine', () => {
  let result: BuildResult;
  let file: string;
  beforeAll(async () => {
    const progress: string[] = [];
    result = await buildPacket(request(standardSources(), { onProgress: (e) => progress.push(e.stage) }), {
      renderers: createEngineRenderers(printer, fonts),
      cache: new SourceCache(),
      now: () => new Date(Date.UTC(2026, 2, 12, 15)),
      newId: () => 'build-1',
    });
    expect(progress).toContain('done');
    [file = ''] = save(result, 'one-');
  });

  it('passes qpdf --check and carries only our metadata', () => {
    expect(run('qpdf', '--check', file)).toMatch(/No syntax or stream encoding errors/u);
    const info = run('pdfinfo', file);
    expect(info).toMatch(/Producer:\s+Dossier/u);
    expect(info).not.toMatch(/pdf-lib|Author:|Skia|\/tmp/iu);
    expect(readFileSync(file).toString('latin1')).toContain('/Lang (en)');
    expect(path.basename(file)).toBe('0003-B5-01234 – ID – Disclosure.pdf');
  });

  it('numbers every page continuously, with matching page labels', () => {
    const json = qpdfJson(file);
    const pages = json.pages.length;
    expect(pages).toBe(result.volumes[0]?.pages);
    expect(readerLabels(json)).toEqual(json.pages.map((_, i) => String(i + 1)));
    for (const n of [1, Math.floor(pages / 2), pages]) {
      expect(run('pdftotext', '-f', String(n), '-l', String(n), file, '-')).toContain(`Page ${n} of ${pages}`);
    }
  });

  it('lists every tab once with page ranges that start where the tab really starts', () => {
    const entries = result.manifest.inputs;
    expect(entries.map((e) => e.tab)).toEqual(['1', '2', '2a', '2b', '3', '4', '5']);
    const list = run('pdftotext', '-f', '1', '-l', '1', file, '-');
    for (const e of entries) {
      const text = run('pdftotext', '-f', String(e.firstPage), '-l', String(e.firstPage), file, '-');
      expect(text, `tab ${e.tab}`).toContain(`Tab ${e.tab}`);
      expect(list).toContain(e.firstPage === e.lastPage ? `${e.firstPage}` : `${e.firstPage}–${e.lastPage}`);
    }
    expect(list).toContain('จดหมายจากนายจ้าง');
  });

  it('bookmarks every tab, sub-tabs nested, each opening its first page', () => {
    const { outlines } = qpdfJson(file);
    expect(outlines[0]?.title).toBe('List of documents');
    const tabs = outlines.slice(1);
    expect(tabs.map((o) => o.title.split(' – ')[0])).toEqual(['Tab 1', 'Tab 2', 'Tab 3', 'Tab 4', 'Tab 5']);
    expect(tabs[1]?.kids.map((k) => k.title.split(' – ')[0])).toEqual(['Tab 2a', 'Tab 2b']);
    const inputs = result.manifest.inputs;
    expect(tabs.map((o) => o.destpageposfrom1)).toEqual(inputs.filter((e) => !/[a-z]$/u.test(e.tab)).map((e) => e.firstPage));
    expect(tabs[1]?.title).toContain('จดหมายจากนายจ้าง');
  });

  it('links each list entry to its page and leaves no web address', () => {
    const raw = readFileSync(file).toString('latin1');
    expect(raw).not.toContain('dossier.invalid');
    const qdf = path.join(dir, 'links-qdf.pdf');
    run('qpdf', '--qdf', '--object-streams=disable', file, qdf);
    const text = readFileSync(qdf).toString('latin1');
    const links = text.match(/\/Subtype \/Link/gu)?.length ?? 0;
    // Two links per entry (tab number and page range), each a page destination, none a URI.
    expect(links).toBeGreaterThanOrEqual(result.manifest.inputs.length * 2);
    expect(text).not.toContain('/URI');
  });

  it('rebuilds identically (stamps never stack) and reuses unchanged exhibits', async () => {
    const cache = new SourceCache();
    const deps = {
      renderers: createEngineRenderers(printer, fonts),
      cache,
      now: () => new Date(Date.UTC(2026, 2, 12, 15)),
      newId: () => 'build-1',
    };
    const first = await buildPacket(request(standardSources()), deps);
    const second = await buildPacket(request(standardSources()), deps);
    expect(second.volumes[0]?.sha256).toBe(first.volumes[0]?.sha256);
    expect(second.volumes[0]?.sha256).toBe(result.volumes[0]?.sha256);
  });

  it('splits into volumes under a page cap without splitting a tab, each with a cover', async () => {
    const split = await buildPacket(request(standardSources(), { caps: { maxPages: 50 } }), {
      renderers: createEngineRenderers(printer, fonts),
      cache: new SourceCache(),
      now: () => new Date(),
      newId: () => 'build-2',
    });
    expect(split.volumes.length).toBeGreaterThan(1);
    const saved = save(split, 'vols-');
    let expected = 1;
    saved.forEach((f, v) => {
      expect(run('qpdf', '--check', f)).toMatch(/No syntax or stream encoding errors/u);
      expect(split.volumes[v]?.pages ?? 0).toBeLessThanOrEqual(50);
      expect(path.basename(f)).toBe(`0003-B5-01234 – ID – Disclosure – Vol ${v + 1}.pdf`);
      const cover = run('pdftotext', '-f', '1', '-l', '1', f, '-');
      expect(cover).toContain(`Volume ${v + 1} of ${split.volumes.length}`);
      for (const label of readerLabels(qpdfJson(f))) {
        if (/^\d+$/u.test(label)) expect(Number(label)).toBe(expected++);
      }
    });
    const byTab = new Map<string, Set<number>>();
    for (const e of split.manifest.inputs)
      byTab.set(e.tab.replace(/[a-z]+$/u, ''), (byTab.get(e.tab.replace(/[a-z]+$/u, '')) ?? new Set()).add(e.volume));
    for (const volumes of byTab.values()) expect(volumes.size).toBe(1);
  });

  it('stops before writing when an exhibit is bad, or skips it and says so', async () => {
    const deps = { renderers: createEngineRenderers(printer, fonts), cache: new SourceCache(), now: () => new Date(), newId: () => 'b' };
    const sources = [...standardSources(), exhibit('password.pdf', 'ex-locked', 'Locked bank statement')];
    const error: unknown = await buildPacket(request(sources), deps).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isDossierError(error) && error.code).toBe('PASSWORD_PROTECTED');
    expect(error instanceof Error && error.message).toMatch(/Locked bank statement.*Nothing was written/u);
    const skipped = await buildPacket(request(sources, { skipBadExhibits: true }), deps);
    expect(skipped.manifest.skipped.map((s) => [s.exhibitId, s.code])).toEqual([['ex-locked', 'PASSWORD_PROTECTED']]);
  });

  it('can be cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const error: unknown = await buildPacket(request(standardSources(), { signal: controller.signal }), {
      renderers: createEngineRenderers(printer, fonts),
      cache: new SourceCache(),
      now: () => new Date(),
      newId: () => 'c',
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isDossierError(error) && error.code).toBe('CANCELLED');
  });
});

describe('documents citing exhibits by tab and page', () => {
  it('a submission that grows when it learns the pages still cites the pages the exhibits land on', async () => {
    const calls: string[] = [];
    const submission = (refs: ReadonlyMap<string, { tab: string; label: string }> | undefined): DossierDocument => {
      const cite = (id: string): string => {
        const ref = refs?.get(id);
        return ref ? `Tab ${ref.tab}, p. ${ref.label}` : `[${id}]`;
      };
      // Once the references are known, the submission runs to a second page: every exhibit moves by one.
      const filler = refs
        ? Array.from({ length: 70 }, (_, i) => ({ type: 'paragraph' as const, runs: [{ text: `Filler line ${String(i + 1)}.` }] }))
        : [];
      calls.push(refs ? cite('ex-big') : 'initial');
      return {
        meta: { title: 'Submissions', lang: 'en' },
        page: { ...DEFAULT_PAGE, footer: {} },
        blocks: [
          { type: 'paragraph', runs: [{ text: `Country conditions: CITE<${cite('ex-big')}>` }] },
          { type: 'paragraph', runs: [{ text: `Police certificate: CITE<${cite('ex-tiff')}>` }] },
          ...filler,
        ],
      };
    };
    const sources: PacketSource[] = [
      {
        kind: 'generated',
        key: 'submissions',
        title: 'Submissions',
        doc: submission(undefined),
        cited: (refs) => submission(refs),
      },
      exhibit('plain.pdf', 'ex-plain', 'Letter from employer'),
      exhibit('big.pdf', 'ex-big', 'Country conditions report'),
      exhibit('multipage.tiff', 'ex-tiff', 'Police certificate'),
    ];
    const built = await buildPacket(request(sources), {
      renderers: createEngineRenderers(printer, fonts),
      cache: new SourceCache(),
      now: () => new Date(Date.UTC(2026, 2, 12, 15)),
      newId: () => 'build-refs',
    });
    const [packet = ''] = save(built, 'refs-');
    const text = run('pdftotext', '-layout', packet, '-');
    const cited = [...text.matchAll(/CITE<Tab (\d+), p\. (\d+)>/g)].map((m) => ({ tab: m[1], page: Number(m[2]) }));
    const input = (id: string) => built.manifest.inputs.find((i) => i.exhibitId === id);
    expect(cited).toEqual([
      { tab: input('ex-big')?.tab, page: input('ex-big')?.firstPage },
      { tab: input('ex-tiff')?.tab, page: input('ex-tiff')?.firstPage },
    ]);
    // The submission (Tab 1) now has two pages, so the first exhibit starts on page 3 after the list.
    expect(input('ex-plain')?.firstPage).toBe((built.manifest.inputs.find((i) => i.key === 'submissions')?.lastPage ?? 0) + 1);
    // Printed three times: without references, against the first plan (which its new length moved), against the settled plan.
    expect(calls).toEqual(['initial', 'Tab 3, p. 6', `Tab 3, p. ${String(input('ex-big')?.firstPage)}`]);
  });
});
