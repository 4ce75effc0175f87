import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src-main/documents/builders/build-document.ts';
import type { RuleApplicationDocument } from '../../src-main/documents/builders/rule-application.ts';
import { counsel, load, withRuleApplications } from '../unit/documents/builders/helpers.ts';
import { usePrintBench } from './helpers/print-bench.ts';

/**
 * The r.26, r.32, r.33 and r.43 documents of Case 1 (with her pseudonym, as filed), printed in
 * English and French and read back by pdftotext: the heading on the first page, the timing rule,
 * the statement of service on the last, French spacing, the footer in the filing's language.
 * UPDATE_PROOFS=1 writes their first and last pages under docs/proof (pdftoppm at 60 dpi).
 */
const updateProofs = process.env['UPDATE_PROOFS'] === '1';
const proofDir = path.resolve(import.meta.dirname, '../../docs/proof');
const { store, dir, printPdf } = usePrintBench('dossier-rule-apps-');
const lai = withRuleApplications(load('case1-lai'));

const squash = (s: string) => s.replace(/\s+/gu, '');
const pdfText = (file: string, page?: number): string =>
  execFileSync('pdftotext', [...(page === undefined ? [] : ['-f', String(page), '-l', String(page)]), '-layout', file, '-'], {
    encoding: 'utf8',
  });
const pages = (file: string): number => Number(/Pages:\s+(\d+)/u.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);

interface Expected {
  readonly today: string;
  readonly first: Readonly<Record<'en' | 'fr', readonly string[]>>;
  readonly last: Readonly<Record<'en' | 'fr', readonly string[]>>;
}

const expected: Readonly<Record<RuleApplicationDocument, Expected>> = {
  'documents-application': {
    today: '2026-03-16',
    first: {
      en: ['W.S.L.', 'Disclosure of documents to be used at the hearing (ID Rules, r.26)', 'Scarborough shelter'],
      fr: ['W.S.L.', 'Communication des documents qui seront utilisés', 'Règles de la SI, al. 26a)'],
    },
    last: { en: ['Statement of service (ID Rules, r.26 and r.29)', 'by email'], fr: ['Déclaration de signification', 'par courriel'] },
  },
  'witnesses-application': {
    today: '2026-03-16',
    first: {
      en: ['W.S.L.', 'Witness information (ID Rules, r.32)', 'CHAN Mei-ling', 'testimony: 20 minutes', 'by videoconference'],
      fr: [
        'W.S.L.',
        'Renseignements sur un témoin (Règles de la SI, règle 32)',
        'CHAN Mei-ling',
        'témoignage : 20 minutes',
        'par vidéoconférence',
      ],
    },
    last: { en: ['Statement of service (ID Rules, r.32(1) and r.29)'], fr: ['par. 32(1) et règle 29'] },
  },
  'summons-application': {
    today: '2026-04-01',
    first: {
      en: ['W.S.L.', 'Application for a summons to appear (ID Rules, r.33)', 'Mississauga spa'],
      fr: ['W.S.L.', 'Demande de citation à comparaître (Règles de la SI, règle 33)'],
    },
    last: { en: ['r.33(1) and r.38(5)(b)', 'Adaeze Okafor'], fr: ['par. 33(1) et al. 38(5)b)', 'Adaeze Okafor'] },
  },
  'change-date-application': {
    today: '2026-04-01',
    first: {
      en: ['W.S.L.', 'Application to change the date or time of a hearing (ID Rules, r.43)', 'Wednesday, April 29, 2026'],
      fr: ['W.S.L.', "Demande de changement de la date ou de l'heure d'une audience", 'mercredi 29 avril 2026'],
    },
    last: { en: ['r.43(1) and r.38(5)(b)'], fr: ['par. 43(1) et al. 38(5)b)'] },
  },
};

describe('the r.26, r.32, r.33 and r.43 documents of Case 1, printed and read back', () => {
  for (const [kind, want] of Object.entries(expected) as [RuleApplicationDocument, Expected][])
    for (const lang of ['en', 'fr'] as const)
      it(`${kind} (${lang})`, async () => {
        const doc = buildDocument(kind, { case: lai, counsel, lang, today: want.today, templates: store.set(lang) });
        const file = path.join(dir, `${kind}-${lang}.pdf`);
        writeFileSync(file, await printPdf(doc));
        const count = pages(file);
        expect(count).toBeGreaterThanOrEqual(2);
        const all = squash(pdfText(file));
        for (const s of want.first[lang]) expect(squash(pdfText(file, 1))).toContain(squash(s));
        for (const s of want.last[lang]) expect(squash(pdfText(file, count))).toContain(squash(s));
        // The real name never reaches a filed page; nor does template syntax.
        expect(all).not.toContain('LAIWing-sze');
        expect(all).not.toMatch(/\{\{|\}\}|undefined/u);
        if (lang === 'fr') expect(pdfText(file)).toMatch(/Objet[\u00A0\u202F ]:/u);
        expect(pdfText(file)).toMatch(lang === 'fr' ? /Page 1 de \d/u : /Page 1 of \d/u);
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
              path.join(proofDir, `${kind}-${lang}-${label}`),
            ]);
        }
      });
});
