import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directionForLang } from '../../src-main/core/lang/direction.ts';
import { normalizeText } from '../../src-main/core/text/normalize.ts';
import { documentToDocx } from '../../src-main/render/document-to-docx.ts';
import { loadFontLibrary } from '../../src-main/render/fonts/library.ts';
import { coverageWarnings } from '../../src-main/render/fonts/coverage.ts';
import { documentToPdf } from '../../src-main/render/pdf/document-to-pdf.ts';
import { createPlaywrightPrinter } from '../../src-main/render/pdf/playwright-printer.ts';
import { expectMatchesGolden, rasterFirstPage } from '../helpers/golden.ts';
import { docxToPdf } from '../helpers/libreoffice.ts';
import { expectTextRoundTrip, noBidiMarks, noSpace, sortedChars } from '../helpers/text-compare.ts';
import { multilingualDoc, SAMPLE_LANGS, SAMPLES, singleParagraphDoc, type SampleLang } from '../unit/render/fixtures/multilingual.ts';

const fonts = loadFontLibrary();
const GOLDEN_LANGS: readonly SampleLang[] = ['th', 'fa', 'ar', 'ko', 'zh-Hant-HK', 'am'];
let dir: string;
const pdfs = new Map<string, string>();

const run = (cmd: string, ...args: string[]): string => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dossier-docx-'));
  const files: string[] = [];
  for (const lang of SAMPLE_LANGS) {
    const file = path.join(dir, `${lang}.docx`);
    writeFileSync(file, await documentToDocx(singleParagraphDoc(lang, SAMPLES[lang]), { fonts }));
    files.push(file);
  }
  const all = path.join(dir, 'all.docx');
  writeFileSync(all, await documentToDocx(multilingualDoc(), { fonts }));
  files.push(all);
  // One LibreOffice start for every file: it takes seconds to start.
  const out = await docxToPdf(files, dir);
  files.forEach((f, i) => pdfs.set(path.basename(f, '.docx'), out[i] ?? ''));
}, 120_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function pdfFor(name: string): string {
  const file = pdfs.get(name);
  if (file === undefined) throw new Error(`no PDF for ${name}`);
  return file;
}

describe('DOCX through LibreOffice, per language', () => {
  it.each(SAMPLE_LANGS)('%s: converts, and the text comes back with its Latin names and digits', (lang) => {
    const expected = normalizeText(SAMPLES[lang]);
    const text = normalizeText(run('pdftotext', '-enc', 'UTF-8', pdfFor(lang), '-'));
    for (const token of expected.match(/[A-Za-z0-9\u06F0-\u06F9\u0660-\u0669-]{2,}/gu) ?? []) expect(noBidiMarks(text)).toContain(token);
    if (lang === 'th') {
      // LibreOffice writes each Thai cluster's text in glyph order (a vowel above after the tone
      // mark's base), so pdftotext returns the same characters in a slightly different order:
      // the right-to-left tolerance (same characters, same counts, Latin tokens intact).
      expect(sortedChars(noSpace(text))).toBe(sortedChars(noSpace(expected)));
    } else {
      expectTextRoundTrip(lang, text, expected);
    }
    expect(directionForLang(lang) === 'rtl' || noSpace(text).includes('A-12345')).toBe(true);
  });

  it('the 18-language document converts to pages numbered "Page N of M"', () => {
    const file = pdfFor('all');
    const pages = Number(/Pages:\s+(\d+)/u.exec(run('pdfinfo', file))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    const text = run('pdftotext', '-enc', 'UTF-8', file, '-');
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    for (const lang of SAMPLE_LANGS) expect(text).toContain(lang);
  });
});

describe('golden images (60 dpi, first page)', () => {
  it.each(GOLDEN_LANGS)('%s: DOCX via LibreOffice and the PDF path each match their golden', async (lang) => {
    const docx = await expectMatchesGolden(`docx-${lang}`, rasterFirstPage(pdfFor(lang), path.join(dir, `docx-${lang}.png`)));
    expect(docx.differing).toBeLessThan(0.001);
  });

  it('the PDF path matches its goldens', async () => {
    const printer = await createPlaywrightPrinter({ fonts });
    try {
      for (const lang of GOLDEN_LANGS) {
        const file = path.join(dir, `pdf-${lang}.pdf`);
        writeFileSync(file, await documentToPdf(singleParagraphDoc(lang, SAMPLES[lang]), { printer, fonts }));
        const result = await expectMatchesGolden(`pdf-${lang}`, rasterFirstPage(file, path.join(dir, `pdf-${lang}.png`)));
        expect(result.differing, lang).toBeLessThan(0.001);
      }
    } finally {
      await printer.close();
    }
  });
});

describe('coverage pre-flight', () => {
  it('writes a DOCX holding a character no bundled font has, and warns which text needs a font', async () => {
    const text = 'Private use \uE000';
    const doc = singleParagraphDoc('en', text);
    const bytes = await documentToDocx(doc, { fonts });
    expect(bytes.length).toBeGreaterThan(0);
    const warnings = coverageWarnings(doc, fonts);
    expect(warnings.map((w) => [w.path, w.code, w.params?.['script'], w.params?.['text']])).toEqual([
      ['blocks[0].runs[0]', 'noFontForScript', 'other', text],
    ]);
  });
});
