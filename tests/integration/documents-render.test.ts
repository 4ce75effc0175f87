import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseSchema, type Case } from '../../src-main/core/model/case.ts';
import { buildDocument } from '../../src-main/documents/builders/build-document.ts';
import { loadFontLibrary } from '../../src-main/render/fonts/library.ts';
import { documentToPdf } from '../../src-main/render/pdf/document-to-pdf.ts';
import { createPlaywrightPrinter } from '../../src-main/render/pdf/playwright-printer.ts';
import type { Printer } from '../../src-main/render/pdf/printer.ts';
import { createTemplateStore } from '../../src-main/services/templates-store.ts';
import { counselWithout } from '../helpers/counsel.ts';
import { withoutPseudonym } from '../unit/documents/builders/helpers.ts';

const fonts = loadFontLibrary();
const store = createTemplateStore();
const dir = mkdtempSync(path.join(tmpdir(), 'dossier-docs-'));
let printer: Printer;
const load = (name: string): Case =>
  caseSchema.parse(
    (JSON.parse(execFileSync('cat', [`tests/fixtures/cases/${name}.json`], { encoding: 'utf8' })) as { case: unknown }).case,
  );
/** No professional title or telephone number on this profile. */
const counsel = counselWithout('title', 'phone');

beforeAll(async () => {
  printer = await createPlaywrightPrinter({ fonts });
});
afterAll(async () => {
  await printer.close();
  rmSync(dir, { recursive: true, force: true });
});

const squash = (s: string) => s.replace(/\s+/gu, '');

async function render(
  c: Case,
  kind: 'letter' | 'timeline' | 'translator-declaration',
  lang: 'en' | 'fr',
): Promise<{ text: string; info: string }> {
  const doc = buildDocument(kind, { case: c, counsel, lang, today: '2026-03-17', templates: store.set(lang) });
  const file = path.join(dir, `${c.id}-${kind}-${lang}.pdf`);
  writeFileSync(file, await documentToPdf(doc, { printer, fonts }));
  return {
    text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }),
    info: execFileSync('pdfinfo', [file], { encoding: 'utf8' }),
  };
}

// Case 1 without her pseudonym, so the documents print the client's name in its own script (the pseudonym has its own tests).
const cases = { lai: withoutPseudonym(load('case1-lai')), srisuk: load('case2-srisuk') };
const expected: Record<'lai' | 'srisuk', Record<string, readonly string[]>> = {
  lai: {
    letter: ['LAI Wing-sze', '黎詠詩', '0003-B6-01234', 'Harbourfront Community Legal Clinic', 'Adaeze Okafor'],
    // Table cells wrap, so pdftotext interleaves them: check pieces that do not break.
    timeline: ['1991-11-02', '2026-03-10', 'Notice of seizure', '(IRPA s.140), p. 1', '黎詠詩'],
    'translator-declaration': ['WONG Mei-ling', '王美玲', '2026年3月16日', '(2026-03-16)', 'Cantonese'],
  },
  srisuk: {
    letter: ['SRISUK Kanokwan', 'กนกวรรณ', 'IMM-9876-25'],
    // "2020" marked circa: the Gregorian part says so ("c." / "vers"), the words stay as written.
    timeline: ['12 ส.ค. 2531', '(1988-08-12)', '2020-01-01 –', '2020-12-31)', 'ศรีสุข'],
    'translator-declaration': ['BOONMEE Preecha', 'ปรีชา', '(2026-04-10)'],
  },
};
const template = { en: 'an accurate and complete translation', fr: 'une traduction fidèle et exacte' };
/** Case 1's translator signed her own statement of accuracy, printed as she wrote it; Case 2's declaration prints the template's. */
const accuracy = {
  lai: { en: 'The translation is accurate and complete', fr: 'The translation is accurate and complete' },
  srisuk: template,
};
const titles = {
  letter: { en: 'Letter', fr: 'Lettre' },
  timeline: { en: 'Chronology', fr: 'Chronologie' },
  'translator-declaration': { en: "Translator's declaration", fr: 'Déclaration du traducteur' },
};

describe('generated documents to PDF through one warm printer', () => {
  for (const who of ['lai', 'srisuk'] as const)
    for (const kind of ['letter', 'timeline', 'translator-declaration'] as const)
      for (const lang of ['en', 'fr'] as const)
        it(`${who} ${kind} ${lang}`, async () => {
          const { text, info } = await render(cases[who], kind, lang);
          for (const s of expected[who][kind] ?? []) expect(squash(text)).toContain(squash(s));
          if (kind === 'translator-declaration') expect(squash(text)).toContain(squash(accuracy[who][lang]));
          expect(info).toMatch(new RegExp(`Title:\\s+${titles[kind][lang]} — `, 'u'));
          expect(info).toMatch(/Page size:\s+612 x 792/u);
        });
});
