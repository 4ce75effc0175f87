import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PdfDocument } from '../../src-main/pdf-engine/pdfium.ts';
import { bookmarkedPdf } from '../fixtures/exhibits/make-disclosure.ts';
import { cliInProcess } from '../helpers/cli-in-process.ts';
import { openTestServices } from '../helpers/services.ts';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'dossier-split-'));
const vault = path.join(work, 'vault');
const dossier = cliInProcess(vault);
let caseId = '';

/** A 10-page disclosure, "Disclosure page N" on each, with top-level bookmarks at pages 3 and 7, and an author to strip. */
const disclosure = () =>
  bookmarkedPdf(
    'Disclosure',
    10,
    [
      ['Arrest report', 2],
      ['Officer notes', 6],
    ],
    { author: 'CBSA officer 1234' },
  );

beforeAll(async () => {
  writeFileSync(path.join(work, 'disclosure.pdf'), await disclosure());
  // A low scrypt cost (kept in the vault's key file), so each CLI call unlocks fast.
  const { services } = await openTestServices(vault, { passphrase: 'correct horse battery staple' });
  await services.dispose();
  expect((await dossier('case', 'import', path.join(root, 'tests/fixtures/cases/case1-lai.json'))).code).toBe(0);
  caseId = (JSON.parse((await dossier('case', 'list')).stdout) as { id: string }[])[0]?.id ?? '';
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function exhibitText(id: string): Promise<string[]> {
  const { services, call } = await openTestServices(vault);
  try {
    await call('vaultUnlock', { passphrase: 'correct horse battery staple' });
    const exhibit = (await services.vault.readCase(caseId)).case.exhibits.find((e) => e.id === id);
    const bytes = await services.vault.getBlob(exhibit?.blobId ?? '');
    const info = (await PDFDocument.load(bytes)).getAuthor();
    expect(info).toBeUndefined();
    return await PdfDocument.with(bytes, (doc) => Array.from({ length: doc.pageCount }, (_, i) => doc.pageText(i).trim()));
  } finally {
    await services.dispose();
  }
}

describe('dossier exhibit split', () => {
  it('cuts by page ranges, each part an exhibit with its title and its pages only', async () => {
    const result = await dossier(
      'exhibit',
      'split',
      '--case',
      caseId,
      path.join(work, 'disclosure.pdf'),
      '--ranges',
      '1-3,4-10',
      '--titles',
      'Arrest report|Officer notes',
    );
    expect(result.code, result.stderr).toBe(0);
    const parts = JSON.parse(result.stdout) as { id: string; title: string; pages: number }[];
    expect(parts.map(({ title, pages }) => ({ title, pages }))).toEqual([
      { title: 'Arrest report', pages: 3 },
      { title: 'Officer notes', pages: 7 },
    ]);
    expect(await exhibitText(parts[0]?.id ?? '')).toEqual(['Disclosure page 1', 'Disclosure page 2', 'Disclosure page 3']);
    expect((await exhibitText(parts[1]?.id ?? ''))[0]).toBe('Disclosure page 4');
  });

  it('cuts by bookmarks, keeping the pages before the first one as a part of their own', async () => {
    const result = await dossier('exhibit', 'split', '--case', caseId, path.join(work, 'disclosure.pdf'), '--bookmarks');
    expect(result.code, result.stderr).toBe(0);
    const parts = JSON.parse(result.stdout) as { title: string; pages: number }[];
    expect(parts.map(({ title, pages }) => ({ title, pages }))).toEqual([
      { title: 'disclosure (front pages)', pages: 2 },
      { title: 'Arrest report', pages: 4 },
      { title: 'Officer notes', pages: 4 },
    ]);
  });

  it('refuses overlapping ranges, naming them, and imports nothing', async () => {
    const result = await dossier('exhibit', 'split', '--case', caseId, path.join(work, 'disclosure.pdf'), '--ranges', '1-4,4-10');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/The ranges 1-4 and 4-10 overlap/u);
  });
});
