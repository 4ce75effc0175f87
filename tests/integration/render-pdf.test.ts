import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, PDFName, PDFString } from '@cantoo/pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDossierError } from '../../src-main/core/errors.ts';
import { normalizeText } from '../../src-main/core/text/normalize.ts';
import { DEFAULT_PAGE, type Block, type DossierDocument } from '../../src-main/documents/model.ts';
import { loadFontLibrary } from '../../src-main/render/fonts/library.ts';
import { documentToPdf } from '../../src-main/render/pdf/document-to-pdf.ts';
import { createPlaywrightPrinter } from '../../src-main/render/pdf/playwright-printer.ts';
import type { Printer } from '../../src-main/render/pdf/printer.ts';
import { SAMPLE_LANGS, SAMPLES, singleParagraphDoc } from '../unit/render/fixtures/multilingual.ts';
import { expectTextRoundTrip, noSpace } from '../helpers/text-compare.ts';

const fonts = loadFontLibrary();
let printer: Printer;
let dir: string;
let counter = 0;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dossier-pdf-'));
  printer = await createPlaywrightPrinter({ fonts });
});

afterAll(async () => {
  await printer.close();
  rmSync(dir, { recursive: true, force: true });
});

async function render(doc: DossierDocument): Promise<{ file: string; bytes: Uint8Array }> {
  const bytes = await documentToPdf(doc, { printer, fonts });
  const file = path.join(dir, `doc-${(counter += 1)}.pdf`);
  writeFileSync(file, bytes);
  return { file, bytes };
}

const run = (cmd: string, ...args: string[]): string => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });

function expectEmbeddedFontsOnly(file: string): void {
  const rows = run('pdffonts', file).trim().split('\n').slice(2);
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    const cols = row.trim().split(/\s+/u);
    // name type... encoding emb sub uni object ID: emb is the fifth column from the end.
    expect(cols.at(-5), row).toBe('yes');
  }
}

async function expectMetadata(file: string, bytes: Uint8Array, title: string, lang: string): Promise<void> {
  const info = run('pdfinfo', file);
  expect(info).toContain(`Title:           ${title}`);
  expect(info).toContain('Producer:        Dossier');
  expect(info).toContain('Creator:         Dossier');
  expect(info).not.toMatch(/pdf-lib|Skia|Author:/iu);
  const parsed = await PDFDocument.load(bytes);
  const langObj = parsed.catalog.get(PDFName.of('Lang'));
  expect(langObj instanceof PDFString ? langObj.decodeText() : undefined).toBe(lang);
}

describe('PDF per language (one warm browser)', () => {
  it.each(SAMPLE_LANGS)('%s: text round-trips through pdftotext, fonts embedded, metadata set', async (lang) => {
    const expected = normalizeText(SAMPLES[lang]);
    const { file, bytes } = await render(singleParagraphDoc(lang, SAMPLES[lang]));
    const text = normalizeText(run('pdftotext', '-enc', 'UTF-8', file, '-'));
    expectTextRoundTrip(lang, text, expected);
    expectEmbeddedFontsOnly(file);
    await expectMetadata(file, bytes, `Sample ${lang}`, lang);
  });
});

describe('one warm page for every job', () => {
  it('prints the next document alone: the earlier one’s text and page size are gone, and its kept fonts embed nothing', async () => {
    const ja = await render({ ...singleParagraphDoc('ja', SAMPLES.ja), page: { ...DEFAULT_PAGE, size: 'a4' } });
    expect(run('pdffonts', ja.file)).toMatch(/JP|CJK/u);
    const latin = await render(singleParagraphDoc('fr', 'Deuxième document, en français seulement.'));
    const text = normalizeText(run('pdftotext', '-enc', 'UTF-8', latin.file, '-'));
    expect(text).toContain('Deuxième document, en français seulement.');
    expect(noSpace(text)).not.toContain('申請者');
    expect(run('pdffonts', latin.file)).not.toMatch(/JP|CJK/u);
    expect(run('pdfinfo', latin.file)).toMatch(/Page size:\s+612 x 792/u);
    await expectMetadata(latin.file, latin.bytes, 'Sample fr', 'fr');
  });
});

describe('long text', () => {
  it('a 200,000-character paragraph paginates with nothing cut', async () => {
    const base = `${SAMPLES.en} ${SAMPLES.vi} ${SAMPLES.ru} `;
    const text = base.repeat(Math.ceil(200_000 / base.length)).slice(0, 200_000);
    const { file } = await render(singleParagraphDoc('en', text));
    expect(Number(/Pages:\s+(\d+)/u.exec(run('pdfinfo', file))?.[1])).toBeGreaterThan(40);
    // -raw: in its default mode pdftotext drops a hyphen that ends a line ("A-" / "12345").
    expect(noSpace(normalizeText(run('pdftotext', '-raw', '-enc', 'UTF-8', file, '-')))).toBe(noSpace(normalizeText(text)));
  });

  it('a 10,000-character word wraps inside a paragraph and a table cell with nothing cut', async () => {
    const word = Array.from({ length: 10_000 }, (_, i) => 'abcdefghijKLMNOPQRST0123456789'[i % 30]).join('');
    const doc: DossierDocument = {
      meta: { title: 'Long word', lang: 'en' },
      page: { size: 'letter', margins: DEFAULT_PAGE.margins },
      blocks: [
        { type: 'paragraph', runs: [{ text: word }] },
        {
          type: 'table',
          headerRows: [],
          rows: [
            {
              cells: [
                { blocks: [{ type: 'paragraph', runs: [{ text: 'x' }] }] },
                { blocks: [{ type: 'paragraph', runs: [{ text: word }] }] },
              ],
            },
          ],
          columnWidths: [1, 4],
        },
      ],
    };
    const { file } = await render(doc);
    expect(noSpace(run('pdftotext', '-raw', '-enc', 'UTF-8', file, '-'))).toBe(`${word}x${word}`);
  });

  it('a table across pages repeats its header row on every page', async () => {
    const cell = (text: string): { blocks: Block[] } => ({ blocks: [{ type: 'paragraph', runs: [{ text }] }] });
    const rows = Array.from({ length: 120 }, (_, i) => ({
      cells: [cell(`2024-01-${String((i % 28) + 1).padStart(2, '0')}`), cell(`Event number ${i + 1}`)],
    }));
    const doc: DossierDocument = {
      meta: { title: 'Timeline', lang: 'en' },
      page: DEFAULT_PAGE,
      blocks: [{ type: 'table', headerRows: [{ cells: [cell('HeaderDate'), cell('HeaderEvent')] }], rows }],
    };
    const { file } = await render(doc);
    const pages = Number(/Pages:\s+(\d+)/u.exec(run('pdfinfo', file))?.[1]);
    expect(pages).toBeGreaterThan(2);
    const text = run('pdftotext', '-enc', 'UTF-8', file, '-');
    expect(text.match(/HeaderEvent/gu)?.length).toBe(pages);
    expect(text).toContain(`Page ${pages} of ${pages}`);
  });
});

describe('coverage pre-flight', () => {
  it('refuses a document with a character no bundled font has, before printing, naming it', async () => {
    let printed = false;
    const spy: Printer = {
      print: () => {
        printed = true;
        return Promise.resolve(new Uint8Array());
      },
      close: () => Promise.resolve(),
    };
    const text = 'Linear B \u{10000} and private use \uE000';
    const doc = singleParagraphDoc('en', text);
    const error: unknown = await documentToPdf(doc, { printer: spy, fonts }).catch((e: unknown) => e);
    expect(isDossierError(error) && error.code).toBe('VALIDATION');
    expect(isDossierError(error) && error.issues).toEqual([
      expect.objectContaining({
        path: 'blocks[0].runs[0]',
        code: 'noFontForScript',
        params: { script: 'other', characters: '\u{10000} \uE000', codePoint: 'U+10000', text },
      }),
    ]);
    expect(printed).toBe(false);
  });
});
