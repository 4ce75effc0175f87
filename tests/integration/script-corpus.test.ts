import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Case } from '../../src-main/core/model/case.ts';
import { DEFAULT_PAGE, type Block, type DossierDocument } from '../../src-main/documents/model.ts';
import { buildDocument } from '../../src-main/documents/builders/build-document.ts';
import { documentToDocx } from '../../src-main/render/document-to-docx.ts';
import { checkCoverage, coverageWarnings } from '../../src-main/render/fonts/coverage.ts';
import { counsel, load } from '../unit/documents/builders/helpers.ts';
import { singleParagraphDoc } from '../unit/render/fixtures/multilingual.ts';
import { usePrintBench } from './helpers/print-bench.ts';

/**
 * The script corpus (tests/fixtures/scripts/corpus.json): a name and a sentence in every script
 * bundled with the script table, printed as one side-by-side statement (PDF and DOCX) and read
 * back. UPDATE_PROOFS=1 also writes a Ghostscript page per script under docs/proof/scripts.
 */
interface Entry {
  readonly script: string;
  readonly lang: string;
  readonly family: string;
  readonly name: string;
  readonly sentence: string;
  readonly rtl?: boolean;
}
const corpus = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../fixtures/scripts/corpus.json'), 'utf8')) as {
  entries: Entry[];
  emoji: { lang: string; sentence: string };
};
const updateProofs = process.env['UPDATE_PROOFS'] === '1';
const { fonts, store, dir, printPdf } = usePrintBench('dossier-scripts-');

/** Case 3 with one statement whose paragraphs are `paragraphs` (language "und": each piece gets its script's language). */
function caseWith(paragraphs: readonly string[], lang = 'und'): Case {
  const base = load('case3-persian');
  const statement = base.statements[0];
  if (!statement?.translations[0]) throw new Error('fixture without a translated statement');
  const { dialect: _dialect, ...rest } = statement;
  void _dialect;
  return {
    ...base,
    statements: [
      {
        ...rest,
        lang,
        dates: [],
        paragraphs: [...paragraphs],
        translations: [{ ...statement.translations[0], paragraphs: paragraphs.map((_, i) => `Paragraph ${i + 1}.`) }],
      },
    ],
  };
}

const fold = (s: string): string => s.normalize('NFC').replace(/\s+/gu, '');

/**
 * The font families of a PDF as pdffonts lists them ("AAAAAA+NotoSansTamil-Bold" → "NotoSansTamil";
 * a variable font's instance name, "NotoSansHebrewThin", loses its weight).
 */
function pdfFamilies(pdf: string): Set<string> {
  const lines = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2);
  return new Set(
    lines
      .map((l) =>
        (/^(?:[A-Z]{6}\+)?([A-Za-z]+)/u.exec(l)?.[1] ?? '').replace(
          /(Thin|ExtraLight|Light|Regular|Medium|SemiBold|ExtraBold|Bold|Black)$/u,
          '',
        ),
      )
      .filter((f) => f !== ''),
  );
}

describe('the script corpus', () => {
  it('draws each entry, in its own language tag, with its script’s font and nothing else', () => {
    for (const entry of corpus.entries) {
      const doc = singleParagraphDoc(entry.lang, `${entry.name} ${entry.sentence}`);
      expect(checkCoverage(doc, fonts), entry.lang).toEqual([]);
    }
  });

  it('prints every script in one side-by-side statement: the left column reads back, pdffonts lists only the intended faces', async () => {
    const paragraphs = corpus.entries.flatMap((e) => [e.name, e.sentence]);
    const doc = buildDocument('statement-bilingual', {
      case: caseWith(paragraphs),
      counsel,
      lang: 'en',
      today: '2026-03-17',
      templates: store.set('en'),
    });
    const pdf = path.join(dir, 'corpus.pdf');
    writeFileSync(pdf, await printPdf(doc));
    // The original column: the left half of every page.
    const left = execFileSync('pdftotext', ['-r', '72', '-x', '0', '-y', '0', '-W', '300', '-H', '1000', pdf, '-'], { encoding: 'utf8' });
    const read = fold(left);
    // Right-to-left entries are read back by the right-to-left tests; here only that they printed.
    for (const entry of corpus.entries.filter((e) => e.rtl !== true)) {
      expect(read, entry.script).toContain(fold(entry.name));
      expect(read, entry.script).toContain(fold(entry.sentence));
    }
    const families = pdfFamilies(pdf);
    // Case 3's client has a Persian name, printed in the statement's heading.
    const expected = new Set(['NotoSans', 'NotoNaskhArabic', ...corpus.entries.map((e) => e.family.replaceAll(' ', ''))]);
    expect([...families].sort()).toEqual([...expected].sort());
  }, 60_000);

  it('prints each script under its name, regular and bold (Ghostscript pages kept as proof when asked)', async () => {
    const blocks: Block[] = corpus.entries.flatMap((e): Block[] => [
      { type: 'paragraph', runs: [{ text: `${e.script} (${e.lang})` }] },
      { type: 'paragraph', lang: e.lang, runs: [{ text: `${e.name} — ${e.sentence}` }] },
      { type: 'paragraph', lang: e.lang, runs: [{ text: `${e.name} — ${e.sentence}`, bold: true }] },
    ]);
    const doc: DossierDocument = { meta: { title: 'Scripts', lang: 'en' }, page: DEFAULT_PAGE, blocks };
    const pdf = path.join(dir, 'scripts.pdf');
    writeFileSync(pdf, await printPdf(doc));
    const listed = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
    // Bold where the family ships it; Mongolian and Tifinagh come in one weight, which Chromium emboldens.
    for (const family of ['NotoSansTamil-Bold', 'NotoSansMyanmar-Bold', 'NotoSerifTibetan-Bold', 'NotoSansCanadianAboriginal-Bold'])
      expect(listed).toContain(family);
    if (updateProofs) proofPages(pdf);
  });

  it('writes the same statement as DOCX with no font warning', async () => {
    const paragraphs = corpus.entries.flatMap((e) => [e.name, e.sentence]);
    const doc = buildDocument('statement-bilingual', {
      case: caseWith(paragraphs),
      counsel,
      lang: 'en',
      today: '2026-03-17',
      templates: store.set('en'),
    });
    expect(coverageWarnings(doc, fonts)).toEqual([]);
    const docx = await documentToDocx(doc, { fonts });
    expect(docx.length).toBeGreaterThan(5_000);
  });

  it('prints a statement with emoji, in the monochrome emoji font', async () => {
    const doc = buildDocument('statement-bilingual', {
      case: caseWith([corpus.emoji.sentence], corpus.emoji.lang),
      counsel,
      lang: 'en',
      today: '2026-03-17',
      templates: store.set('en'),
    });
    const pdf = path.join(dir, 'emoji.pdf');
    writeFileSync(pdf, await printPdf(doc));
    expect(pdfFamilies(pdf)).toContain('NotoEmoji');
    expect(pdfFamilies(pdf)).not.toContain('NotoSansSC');
  });
});

/** One Ghostscript page per script (Ghostscript draws embedded fonts only, so a broken font shows). */
function proofPages(pdf: string): void {
  const out = path.resolve(import.meta.dirname, '../../docs/proof/scripts');
  mkdirSync(out, { recursive: true });
  const png = path.join(dir, 'page-%d.png');
  execFileSync('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=png16m', '-r70', `-sOutputFile=${png}`, pdf]);
  for (let page = 1; ; page += 1) {
    const file = path.join(dir, `page-${page}.png`);
    try {
      copyFileSync(file, path.join(out, `scripts-page-${page}.png`));
    } catch {
      return;
    }
  }
}
