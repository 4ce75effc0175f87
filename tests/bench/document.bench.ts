/**
 * A 20-page multilingual document → PDF through a warm printer: time and size. The peer is the
 * route docassemble takes: LibreOffice headless converting our own DOCX of the same document.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import type { Block, DossierDocument } from '../../src-main/documents/model.ts';
import { DEFAULT_PAGE } from '../../src-main/documents/model.ts';
import { loadFontLibrary } from '../../src-main/render/fonts/library.ts';
import { documentToDocx } from '../../src-main/render/document-to-docx.ts';
import { documentToPdf } from '../../src-main/render/pdf/document-to-pdf.ts';
import { createPlaywrightPrinter } from '../../src-main/render/pdf/playwright-printer.ts';
import { SAMPLE_LANGS, SAMPLES } from '../unit/render/fixtures/multilingual.ts';
import { medianMs, type BenchRow } from './stats.ts';

/** Every sample language, three paragraphs each, repeated until 20 Letter pages (256 blocks). */
export function twentyPageDocument(): DossierDocument {
  const blocks: Block[] = [];
  for (let round = 0; blocks.length < 256; round += 1) {
    for (const lang of SAMPLE_LANGS) {
      if (blocks.length >= 256) break;
      blocks.push({ type: 'heading', level: 3, runs: [{ text: `${lang} — ${round + 1}` }] });
      for (let i = 0; i < 3; i += 1) blocks.push({ type: 'paragraph', lang, runs: [{ text: `${SAMPLES[lang]} ${SAMPLES[lang]}` }] });
    }
  }
  return { meta: { title: 'Benchmark: 20 pages, 18 languages', lang: 'en' }, page: DEFAULT_PAGE, blocks };
}

export async function benchDocument(): Promise<BenchRow[]> {
  const fonts = loadFontLibrary();
  const printer = await createPlaywrightPrinter({ fonts });
  try {
    const doc = twentyPageDocument();
    let bytes: Uint8Array = new Uint8Array();
    const ms = await medianMs(async () => {
      bytes = await documentToPdf(doc, { printer, fonts });
    }, 5);
    const pages = (await PDFDocument.load(bytes)).getPageCount();
    const peerMs = await libreOfficeMs(await documentToDocx(doc, { fonts }));
    const kb = bytes.length / 1024;
    return [
      {
        name: `document → PDF, ${pages} pages, 18 languages (warm printer)`,
        medianMs: ms,
        target: '≤ 0.5 s',
        targetMs: 500,
        peerName: 'LibreOffice headless: our DOCX → PDF',
        peerMedianMs: peerMs,
      },
      { name: 'document → PDF: file size', medianMs: 0, display: `${kb.toFixed(0)} KB`, target: '≤ 600 KB', met: kb <= 600 },
    ];
  } finally {
    await printer.close();
  }
}

/** Median time for `soffice --headless --convert-to pdf` on the DOCX (its own profile, so runs never share state). */
async function libreOfficeMs(docx: Uint8Array): Promise<number> {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-bench-lo-'));
  try {
    const input = path.join(dir, 'document.docx');
    writeFileSync(input, docx);
    const profile = `-env:UserInstallation=file://${path.join(dir, 'profile')}`;
    const convert = () =>
      execFileSync('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, input], { stdio: 'ignore' });
    return await medianMs(convert, 3);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
