import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Case, Statement, Translation } from '../../src-main/core/model/case.ts';
import { buildDocument } from '../../src-main/documents/builders/build-document.ts';
import type { DocumentKind } from '../../src-main/documents/builders/document-types.ts';
import { documentToDocx } from '../../src-main/render/document-to-docx.ts';
import { bodyParagraphs, children, paragraphText, parseXml, part } from '../helpers/docx-xml.ts';
import { docxToPdf } from '../helpers/libreoffice.ts';
import { counsel, load } from '../unit/documents/builders/helpers.ts';
import { letters, logicalRtl, pdfWords, printedLines, visualText, type PdfWord } from './helpers/rtl-text.ts';
import { usePrintBench } from './helpers/print-bench.ts';

/**
 * The side-by-side statements of Case 1 (Traditional Chinese beside English) and Case 3 (Persian
 * beside English), printed to PDF and written as DOCX, read back: pdftotext for the PDF, the XML
 * and LibreOffice for the DOCX, Ghostscript for what the page looks like. UPDATE_PROOFS=1 also
 * writes the pages under docs/proof.
 */
const updateProofs = process.env['UPDATE_PROOFS'] === '1';
const proofDir = path.resolve(import.meta.dirname, '../../docs/proof');
const { fonts, store, dir, printPdf } = usePrintBench('dossier-statements-');

const lai = load('case1-lai');
const persian = load('case3-persian');

function translated(c: Case): Statement & { translation: Translation } {
  const statement = c.statements[0];
  const translation = statement?.translations[0];
  if (!statement || !translation) throw new Error('fixture without a translated statement');
  return { ...statement, translation };
}

async function render(c: Case, kind: DocumentKind, name: string): Promise<{ pdf: string; docx: string }> {
  const doc = buildDocument(kind, { case: c, counsel, lang: 'en', today: '2026-03-17', templates: store.set('en') });
  const pdf = path.join(dir, `${name}.pdf`);
  const docx = path.join(dir, `${name}.docx`);
  writeFileSync(pdf, await printPdf(doc));
  writeFileSync(docx, await documentToDocx(doc, { fonts }));
  return { pdf, docx };
}

/** The words of each column of the side-by-side table on page 1, below its headings and above what follows it. */
function columns(pdf: string): { original: PdfWord[]; translation: PdfWord[] } {
  const words = pdfWords(pdf, 1);
  const heading = words.find((w) => w.text === 'Translation');
  const below = words.find((w) => w.text === 'Dates');
  if (!heading) throw new Error('no column headings');
  // The first row opens with paragraph 1 ("1." left to right, ".1" as a right-to-left line prints it).
  const firstRow = Math.min(...words.filter((w) => w.yMin > heading.yMin && /^(1\.|\.1$)/u.test(w.text)).map((w) => w.yMin));
  const body = words.filter((w) => w.yMin >= firstRow - 2 && w.yMax < (below?.yMin ?? Number.POSITIVE_INFINITY));
  return { original: body.filter((w) => w.xMax < heading.xMin), translation: body.filter((w) => w.xMin >= heading.xMin - 1) };
}

const numbered = (paragraphs: readonly string[]): string => paragraphs.map((p, i) => `${i + 1}. ${p}`).join(' ');

/** Page 1 as Ghostscript draws it (embedded fonts only), kept as a proof page when asked. */
function lookAt(pdf: string, proof: string): void {
  const png = path.join(dir, proof);
  execFileSync('gs', [
    '-q',
    '-dNOPAUSE',
    '-dBATCH',
    '-dSAFER',
    '-sDEVICE=png16m',
    '-r90',
    '-dFirstPage=1',
    '-dLastPage=1',
    `-sOutputFile=${png}`,
    pdf,
  ]);
  expect(statSync(png).size).toBeGreaterThan(20_000);
  if (updateProofs) {
    mkdirSync(proofDir, { recursive: true });
    copyFileSync(png, path.join(proofDir, proof));
  }
}

describe('the side-by-side statement, printed and read back', () => {
  it('Chinese beside English: each column reads back paragraph by paragraph, numbers aligned', async () => {
    const statement = translated(lai);
    const { pdf } = await render(lai, 'statement-bilingual', 'lai-bilingual');
    const { original, translation } = columns(pdf);
    expect(letters(printedLines(original).map(visualText).join(''))).toBe(letters(numbered(statement.paragraphs)));
    expect(letters(printedLines(translation).map(visualText).join(''))).toBe(letters(numbered(statement.translation.paragraphs)));
    // Row by row: "2." opens the second row on both sides, at the same height.
    const two = [original, translation].map((col) => col.find((w) => w.text.startsWith('2.'))?.yMin ?? Number.NaN);
    expect(Math.abs((two[0] ?? 0) - (two[1] ?? 1))).toBeLessThan(1);
    expect(execFileSync('pdffonts', [pdf], { encoding: 'utf8' })).toMatch(/NotoSansTC/u);
    lookAt(pdf, 'statement-bilingual-zh-en.png');
  });

  it('Persian beside English: the Persian reads back right to left in the order it was written, Latin names and file number intact', async () => {
    const statement = translated(persian);
    const { pdf } = await render(persian, 'statement-bilingual', 'persian-bilingual');
    const { original, translation } = columns(pdf);
    const lines = printedLines(original);
    const read = lines.map(logicalRtl);
    expect(letters(read.join(''))).toBe(letters(numbered(statement.paragraphs)));
    // The left-to-right pieces as printed, each whole and in its own order.
    const visual = lines.map(visualText).join('\n');
    for (const piece of ['0003-B6-04567', 'Daniel MORRIS', 'Mina REZAEI', 'CBSA']) expect(visual).toContain(piece);
    expect(visual).not.toContain('B6-04567-0003');
    // Each paragraph's number is at the right end of its first line, where a right-to-left reader starts.
    for (const n of [1, 2, 3, 4]) {
      const line = lines.find((l) => l.at(-1)?.text === `.${n}`);
      expect(line, `paragraph ${n} starts at the right`).toBeDefined();
    }
    expect(letters(printedLines(translation).map(visualText).join(''))).toBe(letters(numbered(statement.translation.paragraphs)));
    expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain('0003-B6-04567');
    lookAt(pdf, 'statement-bilingual-fa-en.png');
  });

  it('as DOCX: the Persian cells are right-to-left paragraphs, numbered as the English ones, and LibreOffice prints them in order', async () => {
    const statement = translated(persian);
    const { docx } = await render(persian, 'statement-bilingual', 'persian-bilingual-docx');
    const xml = parseXml(part(readFileSync(docx), 'word/document.xml'));
    const table = children(xml, 'tbl')[0];
    if (!table) throw new Error('no table');
    const rows = children(table, 'tr').slice(1);
    expect(rows).toHaveLength(statement.paragraphs.length);
    rows.forEach((row, i) => {
      const [left, right] = children(row, 'tc').map((cell) => children(cell, 'p'));
      const persianParagraph = left?.[0];
      if (!persianParagraph) throw new Error('empty cell');
      expect(children(persianParagraph, 'bidi')).toHaveLength(1);
      // A name is kept unbroken with no-break spaces: read them as the spaces they stand for.
      const plain = (text: string): string => text.replace(/[\u2066-\u2069]/gu, '').replace(/\u00a0/gu, ' ');
      expect(plain(paragraphText(persianParagraph))).toBe(`${i + 1}. ${statement.paragraphs[i] ?? ''}`);
      expect(plain(paragraphText(right?.[0] ?? persianParagraph))).toBe(`${i + 1}. ${statement.translation.paragraphs[i] ?? ''}`);
    });
    expect(bodyParagraphs(xml).length).toBeGreaterThan(3);
    const [converted] = await docxToPdf([docx], dir);
    if (!converted) throw new Error('LibreOffice wrote nothing');
    const words = pdfWords(converted, 1);
    const visual = printedLines(words).map(visualText).join('\n');
    for (const piece of ['0003-B6-04567', 'Daniel MORRIS', 'Mina REZAEI']) expect(visual).toContain(piece);
    expect(visual).not.toContain('B6-04567-0003');
  });
});
