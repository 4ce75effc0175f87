import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument, PDFName, PDFRawStream } from '@cantoo/pdf-lib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDossierError, type DossierError } from '../../src-main/core/errors.ts';
import type { LadderStep } from '../../src-main/core/rules/portal-rules.ts';
import { defaultPortalRules, fitNotes, fitPdf, fitSummary, type FitResult } from '../../src-main/packet/portal/fit.ts';
import { EncodedImages } from '../../src-main/packet/portal/encoded-images.ts';
import { findImages } from '../../src-main/packet/portal/find-images.ts';
import { noisyPixels, noisyScanJpeg, scanPdf } from './portal-fixtures.ts';

const ladder = defaultPortalRules.ladder.steps;
const cap = defaultPortalRules.maxBytes.value;
const colour: LadderStep = { dpi: 200, greyscale: false, jpegQuality: 80 };
const grey: LadderStep = { dpi: 150, greyscale: true, jpegQuality: 55 };

let dir: string;
let scans: Buffer[];
let threeScans: Uint8Array;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'dossier-portal-'));
  scans = await Promise.all([1, 2, 3].map((seed) => noisyScanJpeg(`Scan ${seed}`, seed)));
  threeScans = await scanPdf(scans.map((jpeg, i) => ({ image: { jpeg }, text: `Exhibit page ${i + 1} text layer` })));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

function file(bytes: Uint8Array): string {
  const name = path.join(dir, `${sha(bytes).slice(0, 16)}.pdf`);
  writeFileSync(name, bytes);
  return name;
}

function pageText(bytes: Uint8Array, page: number): string {
  return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), file(bytes), '-'], { encoding: 'utf8' }).trim();
}

/** The colour space of every image the pages draw, page by page. */
async function imageSpaces(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  return [...findImages(doc).values()]
    .sort((a, b) => Math.min(...a.pages) - Math.min(...b.pages))
    .map((u) => String(u.stream.dict.lookup(PDFName.of('ColorSpace'))));
}

/** The page rendered small, as the average colour of its pixels: proof the image is still there. */
async function meanColour(bytes: Uint8Array, page: number): Promise<number[]> {
  const out = path.join(dir, `render-${sha(bytes).slice(0, 12)}-${page}`);
  execFileSync('pdftoppm', ['-png', '-r', '20', '-f', String(page), '-l', String(page), '-singlefile', file(bytes), out]);
  const { channels } = await sharp(readFileSync(`${out}.png`)).stats();
  return channels.slice(0, 3).map((c) => c.mean);
}

async function rejection(promise: Promise<FitResult>): Promise<DossierError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isDossierError(error)) throw new Error(`expected a DossierError, got ${String(error)}`);
  return error;
}

describe('fitting a portal slot under the cap', () => {
  it('returns a file already under the cap byte for byte, with an empty report', async () => {
    const small = await scanPdf([{ image: { jpeg: await noisyScanJpeg('Small', 9, { width: 425, height: 550 }) }, text: 'Small page' }]);
    const result = await fitPdf(small, { maxBytes: cap, ladder, slot: 'Proof of identity' });
    expect(result.bytes).toBe(small);
    expect(result).toMatchObject({ before: small.length, after: small.length, changed: [], kept: [], steps: [], step: undefined });
    expect(fitSummary(result, 'en')).toMatch(/^Already under the 4\.0 MB limit \(0\.\d MB\): nothing changed\.$/);
  });

  it('brings three 5 MB scans under 4 MB with every page and its text still there, and the input untouched', async () => {
    const input = new Uint8Array(threeScans);
    const hash = sha(input);
    expect(input.length).toBeGreaterThan(3 * cap);
    const result = await fitPdf(input, { maxBytes: cap, ladder, slot: 'Establishment in Canada' });
    expect(sha(input)).toBe(hash);
    expect(result.after).toBe(result.bytes.length);
    expect(result.after).toBeLessThanOrEqual(cap);
    expect(result.before).toBe(input.length);
    expect((await PDFDocument.load(result.bytes)).getPageCount()).toBe(3);
    for (const page of [1, 2, 3]) {
      expect(pageText(result.bytes, page)).toBe(`Exhibit page ${page} text layer`);
      const [before, after] = [await meanColour(input, page), await meanColour(result.bytes, page)];
      after.forEach((c, i) => expect(Math.abs(c - (before[i] ?? 0))).toBeLessThan(4));
    }
    expect(execFileSync('qpdf', ['--check', file(result.bytes)], { encoding: 'utf8' })).toMatch(/No syntax or stream encoding errors/);
    expect(result.changed.length).toBeGreaterThan(0);
    for (const change of result.changed) {
      expect(change.before).toMatchObject({ width: 2550, height: 3300, colour: 'colour' });
      expect(change.before.dpi).toBeGreaterThan(300);
      expect(change.after.dpi).toBeLessThanOrEqual(change.setting.dpi);
      expect(change.after.bytes).toBeLessThan(change.before.bytes);
      expect(change.pages).toHaveLength(1);
    }
    expect(fitSummary(result, 'en')).toMatch(
      /^\d images? reduced to \d+ dpi (colour|greyscale|colour and greyscale): \d+\.\d MB → \d\.\d MB\.$/,
    );
    expect(fitSummary(result, 'fr')).toMatch(/^\d images? réduites? à \d+\u00a0ppp en .+\u00a0: \d+,\d\u00a0Mo → \d,\d\u00a0Mo\.$/);
  });

  it("reuses the session's re-encodings by the image's content: the same bytes out, and a second file with the same scans encodes none", async () => {
    const memo = new EncodedImages();
    const plain = await fitPdf(threeScans, { maxBytes: cap, ladder, slot: 'Establishment in Canada' });
    const first = await fitPdf(threeScans, { maxBytes: cap, ladder, slot: 'Establishment in Canada', memo });
    expect(sha(first.bytes)).toBe(sha(plain.bytes));
    const encoded = memo.size;
    expect(encoded).toBe(first.changed.length);
    const retitled = await scanPdf(scans.map((jpeg, i) => ({ image: { jpeg }, text: `Rebuilt page ${i + 1}` })));
    const second = await fitPdf(retitled, { maxBytes: cap, ladder, slot: 'Establishment in Canada', memo });
    expect(memo.size).toBe(encoded);
    expect(second.changed).toEqual(first.changed);
    expect(pageText(second.bytes, 2)).toBe('Rebuilt page 2');
  });

  it('keeps colour when the first step fits, and turns images grey only at the step that needs it', async () => {
    const gentle = await fitPdf(threeScans, { maxBytes: 10_000_000, ladder, slot: 'Hardship' });
    expect(gentle.step).toBe(0);
    expect(gentle.changed.every((c) => c.after.colour === 'colour')).toBe(true);
    expect(await imageSpaces(gentle.bytes)).toEqual(['/DeviceRGB', '/DeviceRGB', '/DeviceRGB']);

    // The three images at the colour step alone (sharp as the oracle), and a cap 15% below that.
    const colourSizes = await Promise.all(
      scans.map(
        async (jpeg) => (await sharp(jpeg).resize({ width: 1623, height: 2100, fit: 'fill' }).jpeg({ quality: 80 }).toBuffer()).length,
      ),
    );
    const tight = Math.round(colourSizes.reduce((a, b) => a + b, 0) * 0.85);
    const colourOnly = await rejection(fitPdf(threeScans, { maxBytes: tight, ladder: [colour], slot: 'Hardship' }));
    expect(colourOnly.code).toBe('TOO_LARGE');
    const result = await fitPdf(threeScans, { maxBytes: tight, ladder: [colour, grey], slot: 'Hardship' });
    expect(result.after).toBeLessThanOrEqual(tight);
    expect(result.steps.map((s) => [s.index, s.fits])).toEqual([
      [0, false],
      [1, true],
    ]);
    const greys = result.changed.filter((c) => c.after.colour === 'greyscale');
    expect(greys.length).toBeGreaterThan(0);
    expect(greys.every((c) => c.step === 1 && c.after.dpi <= 150)).toBe(true);
    expect((await imageSpaces(result.bytes)).filter((s) => s === '/DeviceGray')).toHaveLength(greys.length);
  });

  it('re-encodes a Flate (raw RGB) image as a JPEG', async () => {
    const [width, height] = [1275, 1650];
    const rgb = await noisyPixels('Flate scan', 7, width, height, 16);
    const input = await scanPdf([{ image: { rgb, width, height }, text: 'Flate page text' }]);
    const maxBytes = Math.floor(input.length / 2);
    const result = await fitPdf(input, { maxBytes, ladder, slot: 'Letters of support' });
    expect(result.after).toBeLessThanOrEqual(maxBytes);
    expect(result.changed).toHaveLength(1);
    expect(result.changed[0]).toMatchObject({ pages: [1], step: 0, before: { width, height, colour: 'colour' }, after: { width, height } });
    const [use] = findImages(await PDFDocument.load(result.bytes)).values();
    expect(String(use?.stream.dict.lookup(PDFName.of('Filter')))).toBe('/DCTDecode');
    expect(pageText(result.bytes, 1)).toBe('Flate page text');
    const [before, after] = [await meanColour(input, 1), await meanColour(result.bytes, 1)];
    after.forEach((c, i) => expect(Math.abs(c - (before[i] ?? 0))).toBeLessThan(4));
  });

  it('refuses with TOO_LARGE naming the slot and the page that is over the cap on its own, changing nothing', async () => {
    const doc = await PDFDocument.load(threeScans);
    const onePage = await PDFDocument.create();
    const font = await onePage.embedFont('Helvetica');
    onePage.addPage([612, 792]).drawText('A typed cover page', { x: 72, y: 700, size: 12, font });
    const [scan] = await onePage.copyPages(doc, [0]);
    if (!scan) throw new Error('page');
    onePage.addPage(scan);
    const input = await onePage.save();
    const hash = sha(input);
    const error = await rejection(fitPdf(input, { maxBytes: 30_000, ladder, slot: 'Proof of identity' }));
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toContain('"Proof of identity"');
    expect(error.message).toMatch(/over the portal's 0\.030? MB limit/);
    expect(error.message).toMatch(/Split the slot's evidence into two documents, or upload a smaller scan/);
    expect(error.message).toMatch(/Page 2 of the slot is \d+\.\d+ MB on its own at the floor quality/);
    expect(error.message).not.toMatch(/Page 1 /);
    expect(error.issues.map((i) => i.path)).toEqual(['slot', 'pages.2']);
    expect(sha(input)).toBe(hash);
  });

  it('leaves a damaged image exactly as it was, reports it, and still fits the rest', async () => {
    // The damaged scan is the larger stream, so it is tried first.
    const good = await noisyScanJpeg('Good scan', 11, { width: 1700, height: 2200 });
    const [full] = scans;
    if (!full) throw new Error('scans');
    const damaged = full.subarray(0, Math.floor(full.length * 0.9));
    expect(damaged.length).toBeGreaterThan(good.length);
    const input = await scanPdf([
      { image: { jpeg: good }, text: 'Good scan' },
      { image: { jpeg: damaged }, text: 'Damaged scan' },
    ]);
    const maxBytes = damaged.length + Math.round(good.length / 2);
    const result = await fitPdf(input, { maxBytes, ladder, slot: 'Best interests of the child' });
    expect(result.after).toBeLessThanOrEqual(maxBytes);
    expect(result.kept).toEqual([{ pages: [2], width: 2550, height: 3300, bytes: damaged.length, reason: 'damaged' }]);
    expect(result.changed.map((c) => c.pages)).toEqual([[1]]);
    const images = [...findImages(await PDFDocument.load(result.bytes)).values()];
    const left = images.find((u) => u.pages.has(2))?.stream;
    expect(left).toBeInstanceOf(PDFRawStream);
    expect(Buffer.from(left?.getContents() ?? []).equals(damaged)).toBe(true);
    expect(fitNotes(result, 'en')).toEqual(['1 image left unchanged: damaged image data.']);
    expect(fitNotes(result, 'fr')).toEqual(['1 image laissée telle quelle\u00a0: données d’image endommagées.']);
  });

  it('refuses a truncated or non-PDF slot file rather than saving fewer pages', async () => {
    const small = await Promise.all([1, 2, 3].map((seed) => noisyScanJpeg('Small', seed, { width: 425, height: 550 })));
    const slot = await scanPdf(small.map((jpeg, i) => ({ image: { jpeg }, text: `Page ${i + 1}` })));
    for (const bad of [slot.subarray(0, Math.floor(slot.length * 0.3)), new TextEncoder().encode('PK\u0003\u0004 not a PDF')]) {
      const error = await rejection(fitPdf(bad, { maxBytes: 10, ladder, slot: 'Hardship' }));
      expect(error.code).toBe('BAD_EXHIBIT');
      expect(error.message).toMatch(/^The "Hardship" file cannot be read as a complete PDF.*Build the slot again/);
    }
  });

  it('fits a permissions-only encrypted file and writes it decrypted and readable', async () => {
    const encrypted = path.join(dir, 'encrypted.pdf');
    execFileSync('qpdf', ['--encrypt', '', 'owner-secret', '256', '--print=none', '--', file(threeScans), encrypted]);
    const result = await fitPdf(new Uint8Array(readFileSync(encrypted)), { maxBytes: cap, ladder, slot: 'Hardship' });
    expect(result.after).toBeLessThanOrEqual(cap);
    const check = execFileSync('qpdf', ['--check', file(result.bytes)], { encoding: 'utf8' });
    expect(check).toMatch(/File is not encrypted/);
    expect(check).toMatch(/No syntax or stream encoding errors/);
    expect(pageText(result.bytes, 3)).toBe('Exhibit page 3 text layer');
  });

  it('stops with CANCELLED when the build is cancelled, before or between images', async () => {
    const input = new Uint8Array(threeScans);
    const hash = sha(input);
    const aborted = new AbortController();
    aborted.abort();
    expect((await rejection(fitPdf(input, { maxBytes: cap, ladder, slot: 'x', signal: aborted.signal }))).code).toBe('CANCELLED');
    const later = new AbortController();
    const running = fitPdf(input, { maxBytes: 100_000, ladder, slot: 'x', signal: later.signal });
    setTimeout(() => later.abort(), 30);
    expect((await rejection(running)).code).toBe('CANCELLED');
    expect(sha(input)).toBe(hash);
  });
});
