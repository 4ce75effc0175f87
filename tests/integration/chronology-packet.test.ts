import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseSchema } from '../../src-main/core/model/case.ts';
import { buildDocument } from '../../src-main/documents/builders/build-document.ts';
import type { PacketManifest } from '../../src-main/packet/report/manifest.ts';
import { loadFontLibrary } from '../../src-main/render/fonts/library.ts';
import { documentToPdf } from '../../src-main/render/pdf/document-to-pdf.ts';
import { createPlaywrightPrinter } from '../../src-main/render/pdf/playwright-printer.ts';
import type { Services } from '../../src-main/services/index.ts';
import { createTemplateStore } from '../../src-main/services/templates-store.ts';
import { textPdf } from '../fixtures/exhibits/make-exhibits.ts';
import { counsel, importFixtureCase, openTestServices } from '../helpers/services.ts';

/**
 * The chronology inside a built packet cites its sources at the pages the exhibits landed on,
 * read back from the PDF, and follows them when the tabs are reordered.
 * UPDATE_PROOFS=1 also writes the proof pages under docs/proof (pdftoppm at 60 dpi).
 */
const updateProofs = process.env['UPDATE_PROOFS'] === '1';
const root = path.resolve(import.meta.dirname, '../..');
const proofDir = path.join(root, 'docs/proof');
const work = mkdtempSync(path.join(tmpdir(), 'dossier-chronology-'));
let services: Services;
let caseId = '';

const run = (cmd: string, ...args: string[]): string => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
const pagesText = (file: string, first: number, last: number): string =>
  run('pdftotext', '-f', String(first), '-l', String(last), file, '-').replace(/\s+/gu, ' ');

/** Pages of each sample file: the seizure notice has two, so its page 1 is not the whole exhibit. */
const samplePages: Readonly<Record<string, number>> = { 'x-seizure-notice': 2 };

async function build(name: string): Promise<{ file: string; manifest: PacketManifest }> {
  const out = path.join(work, name);
  const { manifest } = await services.packets.build({ caseId, preset: 'detention-release-plan', outDir: out, skipBadExhibits: false });
  const volume = manifest.outputs.find((o) => o.format === 'pdf');
  return { file: path.join(out, volume?.fileName ?? ''), manifest };
}

/** Where the chronology and the seizure notice landed, and the chronology's text. */
function placed({ file, manifest }: { file: string; manifest: PacketManifest }) {
  const chronology = manifest.inputs.find((i) => i.key === 'generated:chronology');
  const notice = manifest.inputs.find((i) => i.exhibitId === 'x-seizure-notice');
  if (!chronology || !notice) throw new Error('the packet lacks the chronology or the seizure notice');
  return { chronology, notice, text: pagesText(file, chronology.firstPage, chronology.lastPage) };
}

function proof(file: string, page: number, name: string): void {
  const prefix = path.join(work, name);
  run('pdftoppm', '-png', '-r', '60', '-f', String(page), '-l', String(page), '-singlefile', file, prefix);
  if (updateProofs) copyFileSync(`${prefix}.png`, path.join(proofDir, `${name}.png`));
}

beforeAll(async () => {
  ({ services } = await openTestServices(path.join(work, 'vault'), { passphrase: 'chronology passphrase, not secret', counsel }));
  ({ caseId } = await importFixtureCase(services, 'case1-lai.json', {
    work,
    sample: async ({ id }, index) => ({ bytes: await textPdf(`Sample exhibit ${index + 1}`, samplePages[id] ?? 1), ext: 'pdf' }),
  }));
}, 120_000);
afterAll(async () => {
  await services.dispose();
  rmSync(work, { recursive: true, force: true });
});

describe('the chronology in a built packet', () => {
  it('cites the arrest at the seizure notice’s packet page, and at its new page once the tabs are reordered', async () => {
    const first = await build('first');
    const before = placed(first);
    // The seizure notice's first page really is that packet page.
    expect(pagesText(first.file, before.notice.firstPage, before.notice.firstPage)).toContain('Sample exhibit 4 - page 1 of 2');
    expect(before.text).toContain(`Tab ${before.notice.tab}, p. ${before.notice.firstPage}`);
    expect(before.text).not.toContain('Notice of seizure (IRPA s.140), p. 1');
    // The events recorded elsewhere in the case are in the filed chronology too.
    expect(before.text).toContain('Detained at Toronto Immigration Holding Centre (IRPA s.55(2)(a))');
    expect(before.text).toContain('48-hour review: detention continued');
    proof(first.file, before.chronology.firstPage, 'chronology-case1-en');

    const stored = await services.vault.readCase(caseId);
    const exhibits = stored.case.exhibits;
    const reordered = [...exhibits.filter((x) => x.id === 'x-seizure-notice'), ...exhibits.filter((x) => x.id !== 'x-seizure-notice')];
    await services.vault.writeCase({ ...stored.case, exhibits: reordered }, stored.revision);

    const second = await build('second');
    const after = placed(second);
    expect(after.notice.tab).not.toBe(before.notice.tab);
    expect(after.notice.firstPage).not.toBe(before.notice.firstPage);
    expect(pagesText(second.file, after.notice.firstPage, after.notice.firstPage)).toContain('Sample exhibit 4 - page 1 of 2');
    expect(after.text).toContain(`Tab ${after.notice.tab}, p. ${after.notice.firstPage}`);
    expect(after.text).not.toContain(`Tab ${before.notice.tab}, p. ${before.notice.firstPage}`);
  }, 120_000);
});

describe('the chronology on its own', () => {
  it('prints Case 2 in French: the date of birth in French, the Buddhist-Era row date as written with its Gregorian date', async () => {
    const printer = await createPlaywrightPrinter({ fonts: loadFontLibrary() });
    try {
      const srisuk = caseSchema.parse(
        (JSON.parse(readFileSync(path.join(root, 'tests/fixtures/cases/case2-srisuk.json'), 'utf8')) as { case: unknown }).case,
      );
      const templates = createTemplateStore().set('fr');
      const doc = buildDocument('timeline', { case: srisuk, counsel, lang: 'fr', today: '2026-06-15', templates });
      const file = path.join(work, 'case2-fr.pdf');
      writeFileSync(file, await documentToPdf(doc, { printer, fonts: loadFontLibrary() }));
      const text = pagesText(file, 1, 1);
      for (const s of [
        'Chronologie des événements',
        'né(e) le 12 août 1988',
        '12 ส.ค. 2531',
        '(1988-08-12)',
        'Naissance.',
        'Début du statut : visiteur',
      ])
        expect(text).toContain(s);
      proof(file, 1, 'chronology-case2-fr');
    } finally {
      await printer.close();
    }
  }, 60_000);
});
