import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument, PDFName } from '@cantoo/pdf-lib';
import sharp, { type Metadata } from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDossierError, type ErrorCode } from '../../src-main/core/errors.ts';
import { normaliseExhibit, type NormalisedExhibit } from '../../src-main/exhibits/normalise.ts';
import { makeExhibitFixtures } from '../fixtures/exhibits/make-exhibits.ts';

let dir: string;
let files: Record<string, string>;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'dossier-exhibits-'));
  files = await makeExhibitFixtures(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const read = (name: string): Uint8Array => new Uint8Array(readFileSync(files[name] ?? ''));

async function expectError(name: string, code: ErrorCode, fix: RegExp): Promise<void> {
  const error: unknown = await normaliseExhibit(read(name), name).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isDossierError(error), `${name} should fail with a typed error`).toBe(true);
  if (!isDossierError(error)) return;
  expect(error.code).toBe(code);
  expect(error.message).toContain(`"${name}"`);
  expect(error.message).toMatch(fix);
}

function qpdfCheck(bytes: Uint8Array): string {
  const file = path.join(dir, `check-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('qpdf', ['--check', file], { encoding: 'utf8' });
}

async function firstPageImage(result: NormalisedExhibit): Promise<Metadata> {
  const file = path.join(dir, `img-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, result.pdf);
  execFileSync('pdfimages', ['-f', '1', '-l', '1', '-all', file, `${file}-img`]);
  return sharp(readFileSync(`${file}-img-000.jpg`)).metadata();
}

describe('exhibit normalisation: the bad-exhibit set', () => {
  it('refuses a password-protected PDF and says how to get an unprotected copy', () =>
    expectError('password.pdf', 'PASSWORD_PROTECTED', /unprotected copy/u));
  it('opens a permissions-only encrypted PDF and writes it decrypted', async () => {
    const result = await normaliseExhibit(read('permissions.pdf'), 'permissions.pdf');
    expect(result.pages).toBe(3);
    const check = qpdfCheck(result.pdf);
    expect(check).toMatch(/No syntax or stream encoding errors/u);
    expect(check).toMatch(/File is not encrypted/u);
  });
  it('refuses a truncated PDF or keeps the pages it can read', async () => {
    const outcome = await normaliseExhibit(read('truncated.pdf'), 'truncated.pdf').then(
      (r) => r.pages,
      (e: unknown) => (isDossierError(e) ? e.code : 'untyped'),
    );
    expect(['BAD_EXHIBIT', 1, 2, 3]).toContain(outcome);
  });
  it('refuses a non-PDF named .pdf', () => expectError('not-a-pdf.pdf', 'UNSUPPORTED_FORMAT', /save or print it as PDF/u));
  it('refuses a zero-byte file', () => expectError('empty.pdf', 'BAD_EXHIBIT', /empty/u));
  it('refuses HEIC and WebP with "convert to PDF or JPEG"', async () => {
    await expectError('photo.heic', 'UNSUPPORTED_FORMAT', /Convert it to PDF or JPEG/u);
    await expectError('photo.webp', 'UNSUPPORTED_FORMAT', /Convert it to PDF or JPEG/u);
  });
  it('refuses an image bomb before decoding it', () => expectError('bomb.png', 'BAD_EXHIBIT', /60000 × 60000/u));

  it('strips JavaScript, actions and XFA, keeping the page (policy)', async () => {
    const result = await normaliseExhibit(read('scripts-xfa.pdf'), 'scripts-xfa.pdf');
    expect(result.removed).toEqual(['AA', 'JavaScript', 'OpenAction', 'XFA']);
    const doc = await PDFDocument.load(result.pdf);
    expect(doc.catalog.has(PDFName.of('OpenAction'))).toBe(false);
    expect(Buffer.from(result.pdf).toString('latin1')).not.toMatch(/\/JavaScript|\/XFA|app\.alert/u);
    expect(result.pages).toBe(1);
  });

  it.each(['cmyk.jpg', 'progressive.jpg', 'deep-16bit.png', 'alpha.png', 'scan.jpg'])(
    'turns %s into one Letter page without a text layer',
    async (name) => {
      const result = await normaliseExhibit(read(name), name);
      expect(result.pages).toBe(1);
      expect(result.pagesWithoutText).toEqual([1]);
      const doc = await PDFDocument.load(result.pdf);
      expect(doc.getPage(0).getSize()).toEqual({ width: 612, height: 792 });
      expect(qpdfCheck(result.pdf)).toMatch(/No syntax or stream encoding errors/u);
      const image = await firstPageImage(result);
      expect(image.space).toBe('srgb');
    },
  );

  it.each(['exif-6.jpg', 'exif-8.jpg'])('turns %s upright and strips its EXIF (GPS)', async (name) => {
    const result = await normaliseExhibit(read(name), name);
    const text = Buffer.from(result.pdf).toString('latin1');
    expect(text).not.toMatch(/Exif|GPS-Canary|FixturePhone/u);
    const image = await firstPageImage(result);
    // Stored sideways (1100 wide), shown upright (portrait).
    expect(image.height ?? 0).toBeGreaterThan(image.width ?? 0);
    expect(image.orientation).toBeUndefined();
  });

  it('makes one page per TIFF page', async () => {
    const result = await normaliseExhibit(read('multipage.tiff'), 'multipage.tiff');
    expect(result.pages).toBe(3);
  });

  it('keeps a text PDF searchable and a 2,000-page PDF whole', async () => {
    const plain = await normaliseExhibit(read('plain.pdf'), 'plain.pdf');
    expect(plain.pagesWithoutText).toEqual([]);
    // Its time is measured in the benchmarks (npm run bench), never asserted here.
    const big = await normaliseExhibit(read('big.pdf'), 'big.pdf');
    expect(big.pages).toBe(2000);
  }, 180_000);
});
