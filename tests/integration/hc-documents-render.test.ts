import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocument } from '../../src-main/documents/builders/build-document.ts';
import { hcDocumentKinds, type DocumentKind } from '../../src-main/documents/builders/document-types.ts';
import type { ExhibitRefs } from '../../src-main/documents/builders/exhibit-cite.ts';
import { loadFontLibrary } from '../../src-main/render/fonts/library.ts';
import { documentToDocx } from '../../src-main/render/document-to-docx.ts';
import { documentToPdf } from '../../src-main/render/pdf/document-to-pdf.ts';
import { createPlaywrightPrinter } from '../../src-main/render/pdf/playwright-printer.ts';
import type { Printer } from '../../src-main/render/pdf/printer.ts';
import type { Services } from '../../src-main/services/index.ts';
import { createTemplateStore } from '../../src-main/services/templates-store.ts';
import { docxToPdf } from '../helpers/libreoffice.ts';
import { openTestServices, type Call } from '../helpers/services.ts';
import { counsel, load } from '../unit/documents/builders/helpers.ts';

/**
 * The H&C documents of Case 2 in English and French, printed through one warm printer and read
 * back by pdftotext: built directly (the submission citing exhibits by tab and packet page), and
 * rendered through the document channel from a temporary vault holding the imported fixture.
 * UPDATE_PROOFS=1 also writes the proof pages under docs/proof (pdftoppm at 70 dpi).
 */
const updateProofs = process.env['UPDATE_PROOFS'] === '1';
const root = path.resolve(import.meta.dirname, '../..');
const proofDir = path.join(root, 'docs/proof');
const fonts = loadFontLibrary();
const store = createTemplateStore();
const work = mkdtempSync(path.join(tmpdir(), 'dossier-hc-docs-'));
const srisuk = load('case2-srisuk');
/** The day the application went in (domain facts §10, Case 2). */
const FILED = '2026-06-15';
let printer: Printer;
let services: Services;
let call: Call;
let caseId = '';

const run = (cmd: string, ...args: string[]): string => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
const squash = (s: string): string => s.replace(/\s+/gu, '');
const pdfText = (file: string): string => squash(run('pdftotext', '-layout', file, '-'));
const bates = (n: number): string => `APP-${String(n).padStart(6, '0')}`;

/** The packet the documents are printed for: the employer letter behind a divider at APP-000011, its pages 12 to 15. */
const refs: ExhibitRefs = new Map([
  ['x-employer-letter', { tab: '4', page: 11, lastPage: 15, pages: 4, label: bates(11), pageLabel: bates }],
  ['x-school-letter', { tab: '7', page: 30, lastPage: 31, pages: 2, label: bates(30), pageLabel: bates }],
]);

/** Pieces that do not wrap: pdftotext interleaves table cells and lines break anywhere. */
const expected: Record<string, Record<'en' | 'fr', readonly string[]>> = {
  'hc-submission': {
    en: [
      'SRISUK Kanokwan',
      'กนกวรรณ ศรีสุข',
      'IRPA s.25(1.21)(b)',
      'January 20, 2027',
      '2015 SCC 61',
      'Establishment in Canada',
      'Tab 4, pp. APP-000012–APP-000015',
      'IMM 5283, Supplementary Information',
    ],
    fr: ['SRISUK Kanokwan', 'กนกวรรณ ศรีสุข', 'LIPR, al. 25(1.21)b)', '20 janvier 2027', '2015 CSC 61', 'Onglet 4, p. APP-000012–APP-000015'],
  },
  'hc-letters-index': {
    en: [
      'SRISUK Kanokwan',
      'กนกวรรณ ศรีสุข',
      'Thị Lan Nguyễn',
      'Somchai',
      'Chaiyasit',
      'Thai',
      'Tab 4, pp.',
      'APP-000012–',
      'APP-000015',
      'attached',
    ],
    fr: ['SRISUK Kanokwan', 'กนกวรรณ ศรีสุข', 'Somchai', 'thaï', 'Onglet 4, p.', 'APP-000012–', 'jointe', 'Sans objet'],
  },
  'hc-forms-checklist': {
    en: ['SRISUK Kanokwan', 'กนกวรรณ ศรีสุข', 'IMM 5476', 'Use of a Representative', 'signatures needed', 'Signed', 'To do'],
    fr: ['SRISUK Kanokwan', 'กนกวรรณ ศรีสุข', 'IMM 5476', 'signatures requises', 'Signé', 'À faire', 'Rempli', '15 juin 2026'],
  },
};
const titles: Record<string, Record<'en' | 'fr', string>> = {
  'hc-submission': { en: 'H&C submissions', fr: 'Observations CH' },
  'hc-letters-index': { en: 'Index of letters of support', fr: "Index des lettres d'appui" },
  'hc-forms-checklist': { en: 'IMM forms checklist', fr: 'Liste de contrôle des formulaires IMM' },
};

beforeAll(async () => {
  printer = await createPlaywrightPrinter({ fonts });
  ({ services, call } = await openTestServices(path.join(work, 'vault'), {
    // Local noon on the filing day: the documents are dated as in the case's story.
    now: () => new Date(2026, 5, 15, 12),
    passphrase: 'h&c documents passphrase, not secret',
    counsel,
  }));
  const file = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/cases/case2-srisuk.json'), 'utf8')) as unknown;
  caseId = ((await call('caseImport', { file })) as { id: string }).id;
}, 120_000);
afterAll(async () => {
  await printer.close();
  await services.dispose();
  rmSync(work, { recursive: true, force: true });
});

const build = (kind: DocumentKind, lang: 'en' | 'fr') =>
  buildDocument(kind, { case: srisuk, counsel, lang, today: FILED, templates: store.set(lang), exhibitRefs: refs });

describe('H&C documents of Case 2, PDF through one warm printer', () => {
  for (const kind of hcDocumentKinds)
    for (const lang of ['en', 'fr'] as const)
      it(`${kind} ${lang}`, async () => {
        const file = path.join(work, `${kind}-${lang}.pdf`);
        writeFileSync(file, await documentToPdf(build(kind, lang), { printer, fonts }));
        const text = pdfText(file);
        for (const s of expected[kind]?.[lang] ?? []) expect(text, s).toContain(squash(s));
        const info = run('pdfinfo', file);
        expect(/Title:\s+(.*)/u.exec(info)?.[1]).toMatch(new RegExp(`^${titles[kind]?.[lang] ?? ''} `, 'u'));
        expect(info).toMatch(/Page size:\s+612 x 792/u);
        expect(run('pdffonts', file)).toMatch(/NotoSansThai|NotoSerifThai/u);
      });

  it('prints a factor not relied on nowhere, and a long narrative whole across pages', async () => {
    const tail = 'the last words of a very long narrative';
    const narrative = [
      ...Array.from({ length: 60 }, (_, i) => `Paragraph ${i + 1}: ${'years of steady work and community ties, '.repeat(30)}`),
      tail,
    ].join('\n\n');
    const c = {
      ...srisuk,
      hc: {
        ...srisuk.hc,
        factors: [
          { kind: 'ESTABLISHMENT' as const, reliedOn: true, narrative, exhibitIds: ['x-employer-letter'] },
          { kind: 'HEALTH' as const, reliedOn: false, narrative: 'A health narrative not relied on.', exhibitIds: [] },
        ],
      },
    };
    const file = path.join(work, 'long.pdf');
    writeFileSync(
      file,
      await documentToPdf(buildDocument('hc-submission', { case: c, counsel, lang: 'en', today: FILED, templates: store.set('en') }), {
        printer,
        fonts,
      }),
    );
    const text = pdfText(file);
    expect(text).toContain(squash('Paragraph 60:'));
    expect(text).toContain(squash(tail));
    expect(text).not.toContain(squash('Health considerations'));
    expect(text).not.toContain(squash('not relied on'));
    expect(Number(/Pages:\s+(\d+)/u.exec(run('pdfinfo', file))?.[1])).toBeGreaterThan(5);
  });
});

describe('H&C documents of Case 2 as DOCX, opened by LibreOffice', () => {
  it('writes each in English and French, and LibreOffice converts each with its text', async () => {
    /** A word of each document that LibreOffice keeps on one line. */
    const word: Record<string, string> = { 'hc-submission': 'IMM 5476', 'hc-letters-index': 'Somchai', 'hc-forms-checklist': 'IMM 5476' };
    const files: { file: string; word: string }[] = [];
    for (const kind of hcDocumentKinds)
      for (const lang of ['en', 'fr'] as const) {
        const file = path.join(work, `${kind}-${lang}.docx`);
        writeFileSync(file, await documentToDocx(build(kind, lang), { fonts }));
        files.push({ file, word: word[kind] ?? '' });
      }
    const pdfs = await docxToPdf(
      files.map((f) => f.file),
      path.join(work, 'lo'),
    );
    expect(pdfs).toHaveLength(files.length);
    for (const [i, pdf] of pdfs.entries()) {
      const text = pdfText(pdf);
      const { file, word: expectedWord } = files[i] ?? { file: '', word: '' };
      expect(text, file).toContain(squash('SRISUK Kanokwan'));
      // LibreOffice writes a Thai cluster in glyph order, so pdftotext may reorder its marks: every character is there.
      expect(
        [...'กนกวรรณศรีสุข'].filter((ch) => !text.includes(ch)),
        file,
      ).toEqual([]);
      expect(text, file).toContain(squash(expectedWord));
    }
  }, 180_000);
});

describe('H&C documents rendered from the vault', () => {
  async function render(kind: DocumentKind, lang: 'en' | 'fr'): Promise<string> {
    const { base64, title } = (await call('documentRender', { caseId, kind, lang, format: 'pdf' })) as { base64: string; title: string };
    expect(title).toMatch(new RegExp(`^${titles[kind]?.[lang] ?? ''} — SRISUK Kanokwan`, 'u'));
    const file = path.join(work, `vault-${kind}-${lang}.pdf`);
    writeFileSync(file, Buffer.from(base64, 'base64'));
    return file;
  }
  function proof(file: string, pages: readonly number[], name: (page: number) => string): void {
    for (const page of pages) {
      const prefix = path.join(work, name(page));
      run('pdftoppm', '-png', '-r', '70', '-f', String(page), '-l', String(page), '-singlefile', file, prefix);
      if (updateProofs) {
        mkdirSync(proofDir, { recursive: true });
        copyFileSync(`${prefix}.png`, path.join(proofDir, `${name(page)}.png`));
      }
    }
  }

  it('renders the submission letter in English and French, dated the filing day, exhibits cited by title', async () => {
    for (const lang of ['en', 'fr'] as const) {
      const file = await render('hc-submission', lang);
      const text = pdfText(file);
      expect(text).toContain(squash(lang === 'en' ? 'June 15, 2026' : '15 juin 2026'));
      expect(text).toContain(squash('กนกวรรณ ศรีสุข'));
      expect(text).toContain(squash('Employer letter, nail salon'));
      expect(text).not.toMatch(/Tab\d|Onglet\d/u);
      proof(file, [1, 2], (page) => `hc-submission-letter-${lang}-p${page}`);
    }
  });

  it('renders the index of letters of support', async () => {
    const file = await render('hc-letters-index', 'en');
    const text = pdfText(file);
    // Table cells wrap and pdftotext interleaves them: words that stay on one line.
    for (const s of ['Index of letters of support', 'Somchai', 'Chaiyasit', 'Whitfield', 'certified', 'Thai'])
      expect(text).toContain(squash(s));
    proof(file, [1], () => 'hc-letters-index-en');
  });
});
