import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocument } from '../../src-main/documents/builders/build-document.ts';
import { loadFontLibrary } from '../../src-main/render/fonts/library.ts';
import { documentToPdf } from '../../src-main/render/pdf/document-to-pdf.ts';
import { createPlaywrightPrinter } from '../../src-main/render/pdf/playwright-printer.ts';
import type { Printer } from '../../src-main/render/pdf/printer.ts';
import { createTemplateStore } from '../../src-main/services/templates-store.ts';
import { counsel, load, withPrivacyApplication } from '../unit/documents/builders/helpers.ts';

/**
 * The ID Rule 45 application of Case 1 (with her pseudonym, as filed), printed in English and
 * French and read back by pdftotext: the relief, the rule its timing comes from, the statement
 * of service on the last page, French spacing. UPDATE_PROOFS=1 writes its first and last pages
 * under docs/proof (pdftoppm at 60 dpi).
 */
const updateProofs = process.env['UPDATE_PROOFS'] === '1';
const proofDir = path.resolve(import.meta.dirname, '../../docs/proof');
const fonts = loadFontLibrary();
const store = createTemplateStore();
const dir = mkdtempSync(path.join(tmpdir(), 'dossier-r45-'));
const lai = withPrivacyApplication(load('case1-lai'));
let printer: Printer;

beforeAll(async () => {
  printer = await createPlaywrightPrinter({ fonts });
});
afterAll(async () => {
  await printer.close();
  rmSync(dir, { recursive: true, force: true });
});

const squash = (s: string) => s.replace(/\s+/gu, '');
const pdfText = (file: string, page?: number): string =>
  execFileSync('pdftotext', [...(page === undefined ? [] : ['-f', String(page), '-l', String(page)]), '-layout', file, '-'], {
    encoding: 'utf8',
  });
const pages = (file: string): number => Number(/Pages:\s+(\d+)/u.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);

const expected = {
  en: {
    first: ['W.S.L.', '0003-B6-01234', 'ID Rules, r.45', 'that the proceeding be conducted in the absence of the public'],
    body: ['IRPA s.166(b)(i)', 'ID Rules r.45(4)(a)', 'this application itself be heard in private'],
    last: ['Statement of service', 'r.38(5)(b)', 'by email', 'Monday, March 16, 2026', 'Adaeze Okafor'],
    title: 'Application for a proceeding in private — W.S.L.',
  },
  fr: {
    first: ['W.S.L.', '0003-B6-01234', 'Règles de la SI, règle 45', 'que la procédure se tienne à huis clos'],
    body: ['LIPR, sous-al. 166b)(i)', 'Règles de la SI, al. 45(4)a)', 'entendue à huis clos'],
    last: ['Déclaration de signification', 'al. 38(5)b)', 'par courriel', 'lundi 16 mars 2026', 'Adaeze Okafor'],
    title: 'Demande de huis clos — W.S.L.',
  },
} as const;

describe('the ID Rule 45 application of Case 1, printed and read back', () => {
  for (const lang of ['en', 'fr'] as const)
    it(lang, async () => {
      const doc = buildDocument('privacy-application', { case: lai, counsel, lang, today: '2026-03-16', templates: store.set(lang) });
      const file = path.join(dir, `r45-${lang}.pdf`);
      writeFileSync(file, await documentToPdf(doc, { printer, fonts }));
      const count = pages(file);
      expect(count).toBeGreaterThanOrEqual(2);
      const all = squash(pdfText(file));
      for (const s of [...expected[lang].first, ...expected[lang].body]) expect(all).toContain(squash(s));
      for (const s of expected[lang].first.slice(0, 3)) expect(squash(pdfText(file, 1))).toContain(squash(s));
      for (const s of expected[lang].last) expect(squash(pdfText(file, count))).toContain(squash(s));
      // The real name never reaches a filed page; nor does template syntax.
      expect(all).not.toContain('LAIWing-sze');
      expect(all).not.toMatch(/\{\{|\}\}|undefined/u);
      // French spacing before the colon survives printing (pdftotext may give the no-break space back as a plain one).
      if (lang === 'fr') expect(pdfText(file)).toMatch(/Objet[\u00A0\u202F ]:/u);
      // The running footer is in the filing's language on every page.
      expect(pdfText(file)).toMatch(lang === 'fr' ? /Page 1 de \d/u : /Page 1 of \d/u);
      if (lang === 'fr') expect(pdfText(file)).not.toMatch(/Page \d+ of/u);
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      expect(/Title:\s+(.*)/u.exec(info)?.[1]).toBe(expected[lang].title);
      expect(info).toMatch(/Page size:\s+612 x 792/u);
      if (updateProofs) {
        mkdirSync(proofDir, { recursive: true });
        for (const [label, page] of [
          ['first', 1],
          ['last', count],
        ] as const)
          execFileSync('pdftoppm', [
            '-png',
            '-r',
            '60',
            '-f',
            String(page),
            '-l',
            String(page),
            '-singlefile',
            file,
            path.join(proofDir, `r45-application-${lang}-${label}`),
          ]);
      }
    });
});
