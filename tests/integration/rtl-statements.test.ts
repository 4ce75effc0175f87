import { execFileSync } from 'node:child_process';
import { mkdirSync, copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Case } from '../../src-main/core/model/case.ts';
import { buildDocument } from '../../src-main/documents/builders/build-document.ts';
import { documentToDocx } from '../../src-main/render/document-to-docx.ts';
import { docxToPdf } from '../helpers/libreoffice.ts';
import { counsel, load } from '../unit/documents/builders/helpers.ts';
import { pdfWords, printedLines, visualText, type PdfWord } from './helpers/rtl-text.ts';
import { usePrintBench } from './helpers/print-bench.ts';

/**
 * The side-by-side statement in five right-to-left languages, each a sentence written for this
 * test (with its English translation): printed to PDF, its text layer read back with pdftotext;
 * written as DOCX, all five converted by one LibreOffice run, each column found where the
 * document says it is. The Persian statement also holds an ISO date in parentheses and a Latin
 * address. UPDATE_PROOFS=1 writes the pages looked at under docs/proof.
 */
const SENTENCES = [
  {
    lang: 'fa',
    text: 'من در سال ۱۳۹۸ به کانادا آمدم و اکنون با خانواده‌ام در تورنتو زندگی می‌کنم.',
    en: 'I came to Canada in 1398 and now live with my family in Toronto.',
  },
  {
    lang: 'ar',
    text: 'وصلت إلى كندا قبل ثلاث سنوات، وأعمل الآن في مخبز صغير قرب محطة القطار.',
    en: 'I arrived in Canada three years ago, and I now work in a small bakery near the train station.',
  },
  {
    lang: 'ur',
    text: 'میں پچھلے سال اپنے بھائی کے ساتھ مونٹریال پہنچا اور اب ایک کارخانے میں کام کرتا ہوں۔',
    en: 'Last year I reached Montreal with my brother and now I work in a factory.',
  },
  {
    lang: 'ps',
    text: 'زه د خپلې مور سره په کابل کې اوسېدم او بیا کاناډا ته راغلم.',
    en: 'I lived in Kabul with my mother and then came to Canada.',
  },
  {
    lang: 'ug',
    text: 'مەن ئۈچ يىل ئىلگىرى كاناداغا كەلدىم ۋە ھازىر بىر مەكتەپتە ئوقۇيمەن.',
    en: 'I came to Canada three years ago and now I study at a school.',
  },
] as const;
const ISO_DATE = 'او در تاریخ (2024-03-15) بازداشت شد.';
const ADDRESS = 'نشانی من 12 Main Street, Apt. 3, Toronto است.';

const updateProofs = process.env['UPDATE_PROOFS'] === '1';
const proofDir = path.resolve(import.meta.dirname, '../../docs/proof');
const { fonts, store, dir, printPdf } = usePrintBench('dossier-rtl-');

const persian = load('case3-persian');

/** Case 3 with its statement replaced by `paragraphs` in `lang`, translated into English. */
function statementCase(lang: string, paragraphs: readonly string[], english: readonly string[]): Case {
  const [statement] = persian.statements;
  if (!statement?.translations[0]) throw new Error('fixture without a translated statement');
  return {
    ...persian,
    statements: [
      {
        ...statement,
        lang,
        dates: [],
        paragraphs: [...paragraphs],
        translations: [{ ...statement.translations[0], paragraphs: [...english] }],
      },
    ],
  };
}

const casesByLang = SENTENCES.map((s) =>
  s.lang === 'fa'
    ? statementCase(
        'fa',
        [s.text, ISO_DATE, ADDRESS],
        [s.en, 'He was detained on (2024-03-15).', 'My address is 12 Main Street, Apt. 3, Toronto.'],
      )
    : statementCase(s.lang, [s.text], [s.en]),
);

const build = (c: Case) =>
  buildDocument('statement-bilingual', { case: c, counsel, lang: 'en', today: '2026-03-17', templates: store.set('en') });

/** NFC, bidi marks (pdftotext adds its own) dropped, whitespace folded. */
const fold = (s: string): string =>
  s
    .normalize('NFC')
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();

/** The words of the table body on page 1: below the column headings, above the page footer. */
function tableWords(pdf: string): { words: PdfWord[]; originalHeading: PdfWord; translationHeading: PdfWord } {
  const words = pdfWords(pdf, 1);
  const originalHeading = words.find((w) => w.text === 'Original');
  const translationHeading = words.find((w) => w.text === 'Translation');
  const footer = words.filter((w) => w.text === 'Page').at(-1);
  if (!originalHeading || !translationHeading || !footer) throw new Error('no column headings');
  const body = words.filter((w) => w.yMin > translationHeading.yMax && w.yMax < footer.yMin);
  return { words: body, originalHeading, translationHeading };
}

/** Where the translation column starts on page 1. */
const translationColumn = (pdf: string): number => tableWords(pdf).translationHeading.xMin - 1;

/** pdftotext's reading of the original column: the left half of the table body. */
function originalColumn(pdf: string): string {
  const { words, translationHeading } = tableWords(pdf);
  const top = Math.min(...words.map((w) => w.yMin)) - 1;
  const bottom = Math.max(...words.filter((w) => w.xMax < translationHeading.xMin).map((w) => w.yMax)) + 1;
  const crop = ['-f', '1', '-l', '1', '-x', '0', '-y', String(Math.floor(top)), '-W', String(Math.floor(translationHeading.xMin - 4))];
  return execFileSync('pdftotext', [...crop, '-H', String(Math.ceil(bottom - top)), pdf, '-'], { encoding: 'utf8' });
}

/** Page 1 as Ghostscript draws it, kept as a proof page when asked. */
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
  if (updateProofs) {
    mkdirSync(proofDir, { recursive: true });
    copyFileSync(png, path.join(proofDir, proof));
  }
}

describe('right-to-left statements, printed and read back', () => {
  it('pdftotext reads each original back as written, in five right-to-left languages', async () => {
    const read: Record<string, string> = {};
    for (const [i, c] of casesByLang.entries()) {
      const lang = SENTENCES[i]?.lang ?? '';
      const pdf = path.join(dir, `${lang}.pdf`);
      writeFileSync(pdf, await printPdf(build(c)));
      read[lang] = fold(originalColumn(pdf));
      if (lang === 'fa') lookAt(pdf, 'statement-bilingual-rtl-fa-pdf.png');
    }
    const expected = Object.fromEntries(
      casesByLang.map((c, i) => [
        SENTENCES[i]?.lang ?? '',
        fold((c.statements[0]?.paragraphs ?? []).map((p, n) => `${n + 1}. ${p}`).join(' ')),
      ]),
    );
    expect(read).toEqual(expected);
  });

  it('LibreOffice prints every DOCX with the original in the left column, the ISO date and the address in order', async () => {
    const files = casesByLang.map((c, i) => {
      const docx = path.join(dir, `${SENTENCES[i]?.lang ?? ''}-statement.docx`);
      return { docx, bytes: documentToDocx(build(c), { fonts }) };
    });
    for (const f of files) writeFileSync(f.docx, await f.bytes);
    const pdfs = await docxToPdf(
      files.map((f) => f.docx),
      dir,
    );
    const rtlLetter = /[\p{Script=Arabic}]/u;
    for (const pdf of pdfs) {
      const { words, originalHeading, translationHeading } = tableWords(pdf);
      // The document says the original is on the left: its heading and every right-to-left word are there.
      expect(originalHeading.xMax, path.basename(pdf)).toBeLessThan(translationHeading.xMin);
      const arabicScript = words.filter((w) => rtlLetter.test(w.text));
      expect(arabicScript.length, path.basename(pdf)).toBeGreaterThan(3);
      for (const w of arabicScript) expect(w.xMax, `${path.basename(pdf)}: ${w.text}`).toBeLessThan(translationHeading.xMin);
      const english = words.filter((w) => w.xMin >= translationHeading.xMin - 1);
      expect(english.map((w) => w.text)).toContain('I');
    }
    const persianPdf = pdfs[0] ?? '';
    // LibreOffice writes the isolate marks into its text layer as glyphs of their own, between
    // the pieces they hold: the lines are read without them.
    const lines = printedLines(tableWords(persianPdf).words.filter((w) => w.xMax < translationColumn(persianPdf))).map((l) =>
      visualText(l).replace(/[\u2066-\u2069]/gu, ''),
    );
    // Set right to left, the date keeps its digits in order and both brackets at its ends (read
    // left to right, the closing one first), the address its parts in order.
    expect(lines.some((l) => l.replace(/\s/gu, '').includes(')2024-03-15('))).toBe(true);
    expect(lines.some((l) => l.includes('12 Main Street, Apt. 3, Toronto'))).toBe(true);
    lookAt(persianPdf, 'statement-bilingual-rtl-fa-libreoffice.png');
  });
});
