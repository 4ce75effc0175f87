/**
 * `node scripts/proof-pages.ts [out-dir]`: proof by eye of pagination. Every document kind, in
 * English and French, is built from the fixture cases and printed to PDF with its body padded
 * (realistic paragraphs inserted before the closing) until it just reaches 1, 2 and 3 pages: the
 * pad that first spills onto a new page leaves the least on the last page, where a lone
 * signature, an orphaned heading or a broken name or range would show. The first and last pages
 * of each are drawn with pdftoppm (-r 60) and the last also with Ghostscript (png16m), into
 * out-dir (default /tmp/dossier-proof). Look at the *-last.png files. A document longer than three
 * pages as built is printed as built and with one more page. Name document kinds after the
 * folder to print only those.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { caseSchema, type Case } from '../src-main/core/model/case.ts';
import { buildDocument } from '../src-main/documents/builders/build-document.ts';
import { documentKinds, type DocumentKind } from '../src-main/documents/builders/document-types.ts';
import type { Block, DossierDocument } from '../src-main/documents/model.ts';
import { documentToPdf } from '../src-main/render/pdf/document-to-pdf.ts';
import { openPlaywrightPrinter } from '../src-main/render/pdf/open-printer.ts';
import { createTemplateStore } from '../src-main/services/templates-store.ts';
import { counsel } from '../tests/helpers/counsel.ts';
import { withEarlyReview } from '../tests/unit/documents/builders/helpers.ts';

const out = path.resolve(process.argv[2] ?? '/tmp/dossier-proof');
const only = process.argv.slice(3);
mkdirSync(out, { recursive: true });
const root = path.resolve(import.meta.dirname, '..');
const load = (name: string): Case =>
  caseSchema.parse((JSON.parse(readFileSync(path.join(root, 'tests/fixtures/cases', `${name}.json`), 'utf8')) as { case: unknown }).case);
const cases = [...['case1-lai', 'case2-srisuk', 'case3-persian'].map(load), withEarlyReview(load('case1-lai'))];
const store = createTemplateStore();

const PAD = {
  en: 'The person concerned has lived with CHAN Kwok-wai (陳國偉) since her arrival, and has complied with every condition imposed on her to date. The documents at Tab 4, pp. APP-000001–APP-000004 confirm her address, her employment and her community ties; none of them was before the Division at the last review.',
  fr: "La personne concernée vit chez CHAN Kwok-wai (陳國偉) depuis son arrivée et a respecté toutes les conditions qui lui ont été imposées. Les documents à l'onglet 4, p. APP-000001–APP-000004 confirment son adresse, son emploi et ses liens avec la collectivité; aucun d'eux n'était devant la Section lors du dernier contrôle.",
} as const;

function padParagraph(lang: 'en' | 'fr'): Block {
  const [before = '', rest = ''] = PAD[lang].split('CHAN Kwok-wai (陳國偉)');
  const [middle = '', after = ''] = rest.split('APP-000001–APP-000004');
  return {
    type: 'paragraph',
    runs: [
      { text: before },
      { text: 'CHAN Kwok-wai (陳國偉)', unbroken: true },
      { text: middle },
      { text: 'APP-000001–APP-000004', unbroken: true },
      { text: after },
    ],
  };
}

/** Where padding goes: before the closing (what keep-groups.ts keeps with the first signature), else before the last block. */
function padAt(blocks: readonly Block[]): number {
  const signature = blocks.findIndex((b) => b.type === 'signature');
  if (signature < 0) return Math.max(0, blocks.length - 1);
  let at = signature;
  while (at > 0 && blocks[at - 1]?.type === 'image') at -= 1;
  for (let n = 0; n < 2 && at > 0 && blocks[at - 1]?.type === 'paragraph'; n += 1) at -= 1;
  // Nor between a paragraph that introduces what follows ("…, reads:") and what it introduces.
  const text = (b: Block | undefined): string => (b?.type === 'paragraph' ? b.runs.map((r) => r.text).join('') : '');
  while (at > 0 && /:\s*$/u.test(text(blocks[at - 1]))) at -= 1;
  return at;
}

function padded(doc: DossierDocument, count: number, lang: 'en' | 'fr'): DossierDocument {
  const at = padAt(doc.blocks);
  const pad = Array.from({ length: count }, () => padParagraph(lang));
  return { ...doc, blocks: [...doc.blocks.slice(0, at), ...pad, ...doc.blocks.slice(at)] };
}

/** The document as built from the fixture case that gives it the most content. */
function built(kind: DocumentKind, lang: 'en' | 'fr'): DossierDocument | undefined {
  let best: DossierDocument | undefined;
  for (const c of cases) {
    try {
      const doc = buildDocument(kind, { case: c, counsel, lang, today: '2026-03-17', templates: store.set(lang) });
      if (best === undefined || JSON.stringify(doc).length > JSON.stringify(best).length) best = doc;
    } catch {
      // This case lacks what the document needs; another may have it.
    }
  }
  return best;
}

const pageCount = (file: string): number => Number(/Pages:\s+(\d+)/u.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? 0);

function draw(file: string, page: number, name: string): void {
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(page), '-l', String(page), '-singlefile', file, path.join(out, name)]);
}

const { printer, fonts } = await openPlaywrightPrinter();
const report: string[] = [];
try {
  for (const kind of documentKinds.filter((k) => only.length === 0 || only.includes(k))) {
    for (const lang of ['en', 'fr'] as const) {
      const doc = built(kind, lang);
      if (doc === undefined) {
        report.push(`${kind} ${lang}: not built from any fixture case`);
        continue;
      }
      let count = 0;
      const first = path.join(out, `${kind}-${lang}-base.pdf`);
      writeFileSync(first, await documentToPdf(doc, { printer, fonts }));
      const base = pageCount(first);
      for (const target of base > 3 ? [base, base + 1] : [1, 2, 3]) {
        let file = '';
        let pages = 0;
        for (; count < 80; count += 1) {
          file = path.join(out, `${kind}-${lang}-${target}.pdf`);
          writeFileSync(file, await documentToPdf(padded(doc, count, lang), { printer, fonts }));
          pages = pageCount(file);
          if (pages >= target) break;
        }
        const name = `${kind}-${lang}-${target}`;
        draw(file, 1, `${name}-first`);
        draw(file, pages, `${name}-last`);
        execFileSync('gs', [
          '-q',
          '-dNOPAUSE',
          '-dBATCH',
          '-sDEVICE=png16m',
          '-r60',
          `-dFirstPage=${pages}`,
          `-dLastPage=${pages}`,
          `-sOutputFile=${path.join(out, `${name}-last-gs.png`)}`,
          file,
        ]);
        report.push(`${name}: ${pages} page(s), ${count} padding paragraph(s)`);
      }
    }
  }
} finally {
  await printer.close();
}
console.log(report.join('\n'));
