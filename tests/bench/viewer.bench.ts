/**
 * The in-app viewer: the time from "view the last built packet" to its first page image, for a
 * 1,000-page packet with a bookmark per tab, read from its build folder and checked against the
 * build record's hash; against merely opening the same file with pdf-lib and with qpdf.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { caseSchema, type Case } from '../../src-main/core/model/case.ts';
import { writeOutline } from '../../src-main/packet/assemble/outline.ts';
import { sha256Hex } from '../../src-main/packet/report/manifest.ts';
import { createViewerService } from '../../src-main/services/viewer-service.ts';
import type { VaultApi } from '../../src-main/vault/types.ts';
import { median, medianMs, type BenchRow } from './stats.ts';

const PAGES = 1000;
const TABS = 50;

/** 1,000 text pages in tabs of 20, each tab a bookmark, as a packet volume is. */
async function thousandPages(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  for (let p = 0; p < PAGES; p += 1) {
    const page = doc.addPage([612, 792]);
    page.drawText(`Tab ${Math.floor(p / (PAGES / TABS)) + 1} - page ${p + 1} of ${PAGES}`, { x: 72, y: 720, size: 14, font });
    for (let line = 0; line < 30; line += 1)
      page.drawText(`Line ${line + 1}: disclosure text for the record, page ${p + 1}.`, { x: 72, y: 680 - line * 18, size: 11, font });
  }
  writeOutline(
    doc,
    Array.from({ length: TABS }, (_, t) => ({ title: `Tab ${t + 1} – Exhibit ${t + 1}`, pageIndex: t * (PAGES / TABS), children: [] })),
  );
  return doc.save({ useObjectStreams: true });
}

export async function benchViewer(): Promise<BenchRow[]> {
  const work = mkdtempSync(path.join(tmpdir(), 'dossier-bench-viewer-'));
  try {
    const bytes = await thousandPages();
    const fileName = 'packet.pdf';
    const file = path.join(work, fileName);
    writeFileSync(file, bytes);
    const raw = (JSON.parse(readFileSync('tests/fixtures/cases/case1-lai.json', 'utf8')) as { case: unknown }).case;
    const build = {
      id: 'build-bench',
      builtAt: '2026-12-07T08:00:00Z',
      preset: 'detention-disclosure',
      manifestSha256: 'a'.repeat(64),
      folder: work,
      inputs: [],
      outputs: [{ fileName, sha256: sha256Hex(bytes), bytes: bytes.length, pages: PAGES }],
      skipped: [],
    };
    const value: Case = { ...caseSchema.parse(raw), builds: [build] };
    const vault = {
      readCase: () => Promise.resolve({ case: value, revision: 1 }),
      getBlob: () => Promise.reject(new Error('no blobs here')),
    } as unknown as VaultApi;
    let n = 0;
    const viewer = createViewerService({
      vault,
      newId: () => `bench-${(n += 1)}`,
      renderDocument: () => Promise.reject(new Error('no documents here')),
    });
    const firstPage = await medianMs(async () => {
      const opened = await viewer.open({ kind: 'packet', caseId: value.id, volume: 0 });
      // A page at 100 % on a 2× screen: what the page column asks for first.
      await viewer.page(opened.sessionId, 0, 2);
      viewer.close(opened.sessionId);
    }, 5);
    const pdfLibOpen = await medianMs(() => PDFDocument.load(readFileSync(file), { updateMetadata: false }), 5);
    const qpdfOpen = await medianMs(() => execFileSync('qpdf', ['--show-npages', file]), 5);
    // The first search of a session reads every page's text; a later one searches what it kept.
    const firstSearch: number[] = [];
    let laterSearch = 0;
    for (let run = 0; run < 3; run += 1) {
      const opened = await viewer.open({ kind: 'packet', caseId: value.id, volume: 0 });
      const start = performance.now();
      await viewer.search(opened.sessionId, 'page 999 of');
      firstSearch.push(performance.now() - start);
      laterSearch = await medianMs(() => viewer.search(opened.sessionId, 'page 998 of'), 3, 0);
      viewer.close(opened.sessionId);
    }
    return [
      {
        name: `viewer: open a ${PAGES}-page packet (hash checked, ${TABS} bookmarks) and draw its first page`,
        medianMs: firstPage,
        target: '≤ 1,000 ms',
        targetMs: 1000,
        peerName: 'pdf-lib: load the same file',
        peerMedianMs: pdfLibOpen,
      },
      {
        name: `viewer: open the ${PAGES}-page packet and draw its first page`,
        medianMs: firstPage,
        peerName: 'qpdf --show-npages (process start included)',
        peerMedianMs: qpdfOpen,
      },
      { name: `viewer: first search of the ${PAGES}-page packet (every page's text read)`, medianMs: median(firstSearch) },
      { name: `viewer: a later search of the same packet`, medianMs: laterSearch },
    ];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
