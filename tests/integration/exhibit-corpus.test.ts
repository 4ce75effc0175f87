import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isDossierError } from '../../src-main/core/errors.ts';
import { normaliseExhibit, type NormalisedExhibit } from '../../src-main/exhibits/normalise.ts';
import { buildPacket } from '../../src-main/packet/build.ts';
import { SourceCache } from '../../src-main/packet/contents/source-cache.ts';
import { createEngineRenderers } from '../../src-main/packet/pages/print.ts';
import { DEFAULT_NAME_PATTERN } from '../../src-main/packet/plan/file-names.ts';
import { DEFAULT_PACKET_OPTIONS } from '../../src-main/packet/plan/plan.ts';
import { sha256Hex } from '../../src-main/packet/report/manifest.ts';
import type { BuildDeps, BuildRequest, PacketSource } from '../../src-main/packet/request.ts';
import { loadFontLibrary } from '../../src-main/render/fonts/library.ts';
import { createPlaywrightPrinter } from '../../src-main/render/pdf/playwright-printer.ts';
import type { Printer } from '../../src-main/render/pdf/printer.ts';
import { jpegMetadataSegments } from '../helpers/jpeg-segments.ts';

interface Expectation {
  readonly expect: string;
  readonly removed?: readonly string[];
}

const corpusDir = path.resolve(import.meta.dirname, '../fixtures/exhibit-corpus');
const corpus = (JSON.parse(readFileSync(path.join(corpusDir, 'corpus.json'), 'utf8')) as { files: Record<string, Expectation> }).files;
const read = (name: string): Uint8Array => new Uint8Array(readFileSync(path.join(corpusDir, name)));
const accepted = Object.keys(corpus).filter((name) => corpus[name]?.expect === 'accepted');

const fonts = loadFontLibrary();
let printer: Printer;
let work: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'dossier-corpus-'));
  printer = await createPlaywrightPrinter({ fonts });
});
afterAll(async () => {
  await printer.close();
  rmSync(work, { recursive: true, force: true });
});

const deps = (cache = new SourceCache()): BuildDeps => ({
  renderers: createEngineRenderers(printer, fonts),
  cache,
  now: () => new Date(Date.UTC(2026, 2, 12, 12)),
  newId: () => 'build-1',
});

const source = (name: string, bytes = read(name)): PacketSource => ({
  kind: 'exhibit',
  exhibitId: `ex-${name.replace(/\.pdf$/u, '')}`,
  title: name,
  sha256: sha256Hex(bytes),
  original: () => Promise.resolve(bytes),
});

const request = (sources: readonly PacketSource[], skipBadExhibits = false): BuildRequest => ({
  caseId: 'case-corpus',
  preset: 'detention-disclosure',
  sources,
  options: DEFAULT_PACKET_OPTIONS,
  caps: {},
  skipBadExhibits,
  naming: { pattern: DEFAULT_NAME_PATTERN, fileNumber: '0003-B5-01234', division: 'ID', documentType: 'Disclosure' },
  title: 'Disclosure – 0003-B5-01234',
  lang: 'en',
  headerLines: ['IRB file 0003-B5-01234'],
});

const run = (cmd: string, ...args: string[]): string => execFileSync(cmd, args, { encoding: 'latin1', maxBuffer: 64 * 2 ** 20 });

describe('the exhibit corpus at import', () => {
  it('covers every file in the corpus folder', () => {
    const pdfs = readdirSync(corpusDir).filter((n) => n.endsWith('.pdf'));
    expect(pdfs.sort()).toEqual(Object.keys(corpus).sort());
  });

  it.each(Object.entries(corpus))('%s: %o', async (name, expected) => {
    const warn = vi.spyOn(console, 'warn');
    const stderr = vi.spyOn(process.stderr, 'write');
    const exitCode = process.exitCode;
    try {
      const outcome = await normaliseExhibit(read(name), name).then(
        (result) => ({ code: 'accepted', result }),
        (error: unknown) => ({ code: isDossierError(error) ? error.code : 'INTERNAL', error }),
      );
      expect(outcome.code).toBe(expected.expect);
      if ('error' in outcome)
        expect(outcome.error instanceof Error && outcome.error.message).toMatch(new RegExp(`^Exhibit "${name}": .+\\. .+`, 'u'));
      if ('result' in outcome) {
        const changes = [...outcome.result.removed, ...(outcome.result.repaired ?? [])].join('; ');
        for (const word of expected.removed ?? []) expect(changes).toContain(word);
      }
      // pdf-lib's and qpdf's own lines never reach the user's terminal, and a repair leaves the exit code alone.
      expect(warn).not.toHaveBeenCalled();
      expect(stderr).not.toHaveBeenCalled();
      expect(process.exitCode).toBe(exitCode);
    } finally {
      warn.mockRestore();
      stderr.mockRestore();
    }
  });
});

describe('the exhibit corpus in a packet', () => {
  it('builds every accepted exhibit into one packet, each on its own tab', async () => {
    const built = await buildPacket(request(accepted.map((name) => source(name))), deps());
    expect(built.manifest.skipped).toEqual([]);
    expect(built.manifest.inputs.filter((i) => i.kind === 'exhibit').map((i) => i.title)).toEqual(accepted);
    const file = path.join(work, 'corpus.pdf');
    writeFileSync(file, built.volumes[0]?.bytes ?? new Uint8Array());
    // Structurally sound; the one warning allowed is the damaged page content kept as received (readers draw what they can of it).
    const check = spawnSync('qpdf', ['--check', file], { encoding: 'latin1' });
    expect([0, 3]).toContain(check.status);
    for (const line of check.stderr.split('\n').filter((l) => l.startsWith('WARNING'))) expect(line).toMatch(/\(content, offset \d+\)/u);
    const text = run('pdftotext', file, '-');
    for (const label of [
      'No MediaBox anywhere',
      'Only attachments are encrypted',
      'Identity crypt filters',
      'Object stream inside an object stream',
    ]) {
      expect(text).toContain(label);
    }
  });

  it('names an exhibit whose pages fail in assembly, and skips it when asked', async () => {
    // A clean copy made before import proved assembly: the stored normalised PDF has a page with no size.
    const broken = read('no-mediabox.pdf');
    const cache = new SourceCache();
    const stale: NormalisedExhibit = { pdf: broken, pages: 1, mime: 'application/pdf', pagesWithoutText: [], removed: [] };
    cache.set(sha256Hex(broken), stale);
    const sources = [source('plain.pdf'), { ...source('no-mediabox.pdf', broken), title: 'Lease (old copy)' }];
    const error: unknown = await buildPacket(request(sources), deps(cache)).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isDossierError(error) && error.code).toBe('BAD_EXHIBIT');
    expect(error instanceof Error && error.message).toMatch(/^Exhibit "Lease \(old copy\)": .*Nothing was written\.$/u);
    const skipped = await buildPacket(request(sources, true), deps(cache));
    expect(skipped.manifest.skipped.map((s) => [s.exhibitId, s.code, s.title])).toEqual([
      ['ex-no-mediabox', 'BAD_EXHIBIT', 'Lease (old copy)'],
    ]);
    expect(skipped.manifest.inputs.map((i) => i.title)).toEqual(['plain.pdf']);
  });
});

describe('metadata inside PDF exhibits', () => {
  it('files no EXIF, GPS, XMP or attachment from a PDF exhibit, and lists each removal in the manifest', async () => {
    const built = await buildPacket(request([source('phone-photo-gps.pdf'), source('attachments.pdf')]), deps());
    const file = path.join(work, 'metadata.pdf');
    writeFileSync(file, built.volumes[0]?.bytes ?? new Uint8Array());
    const images = path.join(work, 'img');
    run('pdfimages', '-j', file, images);
    const jpegs = readdirSync(work).filter((n) => n.startsWith('img') && n.endsWith('.jpg'));
    expect(jpegs.length).toBeGreaterThan(0);
    for (const jpeg of jpegs) {
      const bytes = readFileSync(path.join(work, jpeg));
      const segments = jpegMetadataSegments(bytes);
      expect(segments.filter((s) => s.startsWith('Exif'))).toEqual([]);
      expect(segments.filter((s) => s.includes('xmp') || s.includes('XMP'))).toEqual([]);
      expect(bytes.includes('GPS')).toBe(false);
      expect(bytes.includes('CanaryPhone')).toBe(false);
    }
    // Every stream decoded: no camera make, description, XMP packet or attached file is left anywhere.
    const plain = run('qpdf', '--qdf', '--object-streams=disable', file, '-');
    for (const canary of ['CanaryPhone', 'EXIF-CANARY', 'XMP-CANARY', 'ATTACHMENT-CANARY', '/EmbeddedFiles', '/FileAttachment']) {
      expect(plain).not.toContain(canary);
    }
    const removed = Object.fromEntries(built.manifest.inputs.map((i) => [i.title, (i.removed ?? []).join('; ')]));
    expect(removed['phone-photo-gps.pdf']).toMatch(/XMP metadata.*GPS position/u);
    expect(removed['attachments.pdf']).toContain('"notes.txt"');
  });
});
