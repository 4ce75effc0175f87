import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../src-main/core/model/case.ts';
import { buildDocument } from '../../src-main/documents/builders/build-document.ts';
import { detentionDocumentKinds, type DocumentKind } from '../../src-main/documents/builders/document-types.ts';
import { documentToDocx } from '../../src-main/render/document-to-docx.ts';
import { loadFontLibrary } from '../../src-main/render/fonts/library.ts';
import { documentToPdf } from '../../src-main/render/pdf/document-to-pdf.ts';
import { createPlaywrightPrinter } from '../../src-main/render/pdf/playwright-printer.ts';
import type { Printer } from '../../src-main/render/pdf/printer.ts';
import { createTemplateStore } from '../../src-main/services/templates-store.ts';
import { docxToPdf } from '../helpers/libreoffice.ts';
import {
  counsel,
  load,
  withEarlyReview,
  withoutPseudonym,
  withPrivacyApplication,
  withRuleApplications,
} from '../unit/documents/builders/helpers.ts';

/**
 * Every detention-review document of Case 1, in English and French, printed through one warm
 * printer and written as DOCX, read back by pdftotext; the DOCX files are opened by LibreOffice.
 * UPDATE_PROOFS=1 also writes the proof pages under docs/proof (pdftoppm at 60 dpi).
 */
const updateProofs = process.env['UPDATE_PROOFS'] === '1';
const proofDir = path.resolve(import.meta.dirname, '../../docs/proof');
const fonts = loadFontLibrary();
const store = createTemplateStore();
const dir = mkdtempSync(path.join(tmpdir(), 'dossier-detention-docs-'));
// Without her pseudonym, so every document prints the client's name in its own script (the pseudonym has its own tests).
const lai = withRuleApplications(withPrivacyApplication(withEarlyReview(withoutPseudonym(load('case1-lai')))));
let printer: Printer;

beforeAll(async () => {
  printer = await createPlaywrightPrinter({ fonts });
});
afterAll(async () => {
  await printer.close();
  rmSync(dir, { recursive: true, force: true });
});

const squash = (s: string) => s.replace(/\s+/gu, '');
/** The early-review application is dated the day after the 48-hour review; the others the eve of the seven-day review. */
const todayFor = (kind: DocumentKind): string => (kind === 'early-review-application' ? '2026-03-13' : '2026-03-17');
const build = (c: Case, kind: DocumentKind, lang: 'en' | 'fr') =>
  buildDocument(kind, { case: c, counsel, lang, today: todayFor(kind), templates: store.set(lang) });

/** Pieces that do not wrap: pdftotext interleaves the cells of a table, and lines break anywhere. */
const expected: Record<string, Record<'en' | 'fr', readonly string[]>> = {
  'release-plan': {
    en: [
      'LAI Wing-sze',
      '黎詠詩',
      '0003-B6-01234',
      'Wednesday, March 18, 2026',
      'CHAN Kwok-wai',
      '陳國偉',
      'CAD 2,000',
      '(e) The existence of alternatives to detention',
    ],
    fr: [
      'LAI Wing-sze',
      '黎詠詩',
      'mercredi 18 mars 2026',
      'CHAN Kwok-wai',
      '2 000 $ CA',
      "e) L'existence de solutions de rechange à la détention",
    ],
  },
  'bondsperson-declaration': {
    en: ['CHAN Kwok-wai', '陳國偉', 'solemnly declare', 'CAD 5,000', 'IRPR s.49(4)', 'Signature of the declarant'],
    fr: ['CHAN Kwok-wai', '陳國偉', 'déclare solennellement', '5 000 $ CA', 'RIPR, par. 49(4)'],
  },
  'early-review-application': {
    en: ['LAI Wing-sze', '黎詠詩', 'Friday, March 13, 2026', 'Monday, March 16, 2026', 'Tuesday, March 17, 2026', 'r.9'],
    fr: ['LAI Wing-sze', '黎詠詩', 'vendredi 13 mars 2026', 'Faits nouveaux', 'règle 9'],
  },
  'interpreter-notice': {
    en: ['LAI Wing-sze', '黎詠詩', 'Chinese (Cantonese)', 'Cantonese (Guangdong)', 'Chinese (Mandarin) provided', 'March 12, 2026'],
    fr: ['LAI Wing-sze', '黎詠詩', 'chinois (cantonais)', 'Cantonese (Guangdong)', 'fourni en chinois (mandarin)'],
  },
  'proof-of-service': {
    en: ['LAI Wing-sze', '黎詠詩', 'by email', 'Tuesday, March 17, 2026, 3:00 p.m.', 'Adaeze Okafor'],
    fr: ['LAI Wing-sze', '黎詠詩', 'par courriel', 'mardi 17 mars 2026 à 15 h 00', 'Adaeze Okafor'],
  },
  'privacy-application': {
    en: ['LAI Wing-sze', '黎詠詩', 'ID Rules r.45(4)(a)', 'Statement of service'],
    fr: ['LAI Wing-sze', '黎詠詩', 'Règles de la SI, al. 45(4)a)', 'Déclaration de signification'],
  },
  'client-prep-sheet': {
    en: [
      'LAI Wing-sze',
      '黎詠詩',
      'Wednesday, March 18, 2026, 9:30 a.m.',
      '14 Elmwood Crescent',
      'CHAN Kwok-wai',
      '陳國偉',
      'Translation — Chinese (Cantonese)',
    ],
    fr: ['LAI Wing-sze', '黎詠詩', 'mercredi 18 mars 2026 à 9 h 30', '14 Elmwood Crescent', 'Traduction — chinois (cantonais)'],
  },
};
const titles: Record<string, Record<'en' | 'fr', string>> = {
  'release-plan': { en: 'Release plan', fr: 'Plan de mise en liberté' },
  'bondsperson-declaration': { en: 'Statutory declaration of CHAN Kwok-wai', fr: 'Déclaration solennelle de CHAN Kwok-wai' },
  'early-review-application': { en: 'Application for an early review', fr: 'Demande de contrôle anticipé' },
  'interpreter-notice': { en: 'Notice of need for an interpreter', fr: "Avis de besoin d'un interprète" },
  'proof-of-service': { en: 'Statement of service', fr: 'Déclaration de transmission' },
  'client-prep-sheet': { en: 'Preparing for your hearing', fr: 'Préparation à votre audience' },
  'privacy-application': { en: 'Application for a proceeding in private', fr: 'Demande de huis clos' },
  'documents-application': { en: 'Disclosure of documents', fr: 'Communication de documents' },
  'witnesses-application': { en: 'Witness information', fr: 'Renseignements sur un témoin' },
  'summons-application': { en: 'Application for a summons', fr: 'Demande de citation à comparaître' },
  'change-date-application': {
    en: 'Application to change the date or time of a hearing',
    fr: "Demande de changement de la date ou de l'heure",
  },
};

const pdfText = (file: string): string => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

describe('detention-review documents of Case 1, PDF through one warm printer', () => {
  for (const kind of detentionDocumentKinds)
    for (const lang of ['en', 'fr'] as const)
      it(`${kind} ${lang}`, async () => {
        const file = path.join(dir, `${kind}-${lang}.pdf`);
        writeFileSync(file, await documentToPdf(build(lai, kind, lang), { printer, fonts }));
        const text = squash(pdfText(file));
        for (const s of expected[kind]?.[lang] ?? []) expect(text).toContain(squash(s));
        const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
        expect(/Title:\s+(.*)/u.exec(info)?.[1]).toMatch(new RegExp(`^${titles[kind]?.[lang] ?? ''} `, 'u'));
        expect(info).toMatch(/Page size:\s+612 x 792/u);
        // HO Tina, whom the Division rejected, is never offered: she appears only once the plan addresses her.
        if (kind === 'release-plan')
          expect(text.slice(0, text.indexOf(lang === 'en' ? 'Bondspersonsaddressed' : 'Cautionsécartées'))).not.toContain('Tina');
        if (updateProofs && kind === 'release-plan') {
          mkdirSync(proofDir, { recursive: true });
          execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', file, path.join(dir, `proof-${lang}`)]);
          for (const page of [1, 2])
            execFileSync('cp', [
              path.join(dir, `proof-${lang}-${page}.png`),
              path.join(proofDir, `release-plan-letter-${lang}-p${page}.png`),
            ]);
        }
        if (updateProofs && kind === 'client-prep-sheet' && lang === 'en') {
          execFileSync('pdftoppm', [
            '-png',
            '-r',
            '60',
            '-f',
            '1',
            '-l',
            '1',
            '-singlefile',
            file,
            path.join(proofDir, 'client-prep-sheet-en'),
          ]);
        }
      });

  it('addresses a rejected bondsperson with the objection, its legal basis and the answer, in English and French', async () => {
    const objected: Case = {
      ...lai,
      people: lai.people.map((p) =>
        p.id === 'p-tina-ho' && p.bondsperson
          ? {
              ...p,
              bondsperson: {
                ...p.bondsperson,
                objection: {
                  by: 'minister',
                  basis: 'an alleged material benefit from the sexual services of another',
                  citation: 'Criminal Code, s. 286.2',
                  date: '2026-03-12',
                  answer: 'Ms. Ho is a co-worker at another spa and has never received money from the client.',
                  answerFr: 'Mme Ho travaille dans un autre spa et n’a jamais reçu d’argent de la cliente.',
                },
              },
            }
          : p,
      ),
    };
    const wanted = {
      en: [
        'Bondspersons addressed',
        'HO Tina (friend) was put forward as a bondsperson',
        'The Minister objected on March 12, 2026',
        '(Criminal Code, s. 286.2)',
        "Counsel's answer: Ms. Ho is a co-worker",
      ],
      fr: [
        'Cautions écartées',
        "La candidature d'HO Tina (friend) comme caution",
        'Le ministre s’y est opposé le 12 mars 2026',
        '(Criminal Code, s. 286.2)',
        'Mme Ho travaille dans un autre spa',
      ],
    } as const;
    for (const lang of ['en', 'fr'] as const) {
      const file = path.join(dir, `release-plan-rejected-${lang}.pdf`);
      writeFileSync(file, await documentToPdf(build(objected, 'release-plan', lang), { printer, fonts }));
      const text = squash(pdfText(file).replaceAll('’', "'"));
      for (const s of wanted[lang]) expect(text).toContain(squash(s.replaceAll('’', "'")));
    }
  });

  it("prints the interpreter's translation in Traditional Chinese beside the English, and lines where none is written", async () => {
    const withTranslation: Case = {
      ...lai,
      detention: {
        ...lai.detention,
        prepSheetTranslation: {
          lang: 'yue-Hant',
          translatorId: 'p-wong-mei-ling',
          rows: [{ key: 'bondspersons', text: '你的擔保人：陳國偉（表哥）', source: 'Your bondspersons\nCHAN Kwok-wai (陳國偉) — cousin' }],
        },
      },
    };
    const file = path.join(dir, 'prep-translated.pdf');
    writeFileSync(file, await documentToPdf(build(withTranslation, 'client-prep-sheet', 'en'), { printer, fonts }));
    const text = pdfText(file);
    expect(squash(text)).toContain('你的擔保人：陳國偉（表哥）');
    expect(text).toMatch(/_{30,}/u);
    const cjk = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(cjk).toMatch(/NotoSansTC/u);
  });
});

describe('detention-review documents of Case 1 as DOCX, opened by LibreOffice', () => {
  it('writes every document in English and French, and LibreOffice converts each with its text', async () => {
    const files: string[] = [];
    for (const kind of detentionDocumentKinds)
      for (const lang of ['en', 'fr'] as const) {
        const file = path.join(dir, `${kind}-${lang}-docx.docx`);
        writeFileSync(file, await documentToDocx(build(lai, kind, lang), { fonts }));
        files.push(file);
      }
    const pdfs = await docxToPdf(files, path.join(dir, 'lo'));
    let i = 0;
    for (const kind of detentionDocumentKinds)
      for (const lang of ['en', 'fr'] as const) {
        const text = squash(pdfText(pdfs[i] ?? ''));
        i += 1;
        expect(text, `${kind} ${lang}`).toContain(squash(kind === 'bondsperson-declaration' ? 'CHAN Kwok-wai' : 'LAI Wing-sze'));
        expect(text, `${kind} ${lang}`).toContain('黎詠詩');
        for (const s of (expected[kind]?.[lang] ?? []).slice(2, 4)) expect(text, `${kind} ${lang}`).toContain(squash(s));
      }
  }, 180_000);
});
