import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Exhibit } from '../../src-main/core/model/case.ts';
import { filedCopy } from '../../src-main/core/model/exhibit-copies.ts';
import { PdfDocument } from '../../src-main/pdf-engine/pdfium.ts';
import { SCAN_FOOTER, SCAN_TEXT, scannedPdfs, type ScanLang } from '../fixtures/exhibits/make-scan.ts';
import { cliInProcess } from '../helpers/cli-in-process.ts';
import { openTestServices } from '../helpers/services.ts';
import { wordErrorRate } from '../helpers/word-error-rate.ts';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'dossier-ocr-'));
const vault = path.join(work, 'vault');
const dossier = cliInProcess(vault);
let caseId = '';
const exhibitIds: Partial<Record<ScanLang, string>> = {};

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

beforeAll(async () => {
  const scans = await scannedPdfs(['en', 'fr']);
  // The vault is made with a low scrypt cost (kept in its key file), so each CLI call unlocks fast.
  const { services } = await openTestServices(vault, { passphrase: 'correct horse battery staple' });
  await services.dispose();
  expect((await dossier('case', 'import', path.join(root, 'tests/fixtures/cases/case1-lai.json'))).code).toBe(0);
  caseId = (JSON.parse((await dossier('case', 'list')).stdout) as { id: string }[])[0]?.id ?? '';
  for (const lang of ['en', 'fr'] as const) {
    const file = path.join(work, `scan-${lang}.pdf`);
    writeFileSync(file, scans[lang]);
    const added = await dossier('exhibit', 'add', '--case', caseId, file, '--title', `Scan ${lang}`);
    expect(added.code, added.stderr).toBe(0);
    rmSync(file);
    const { id, warnings } = JSON.parse(added.stdout) as { id: string; warnings: { code: string }[] };
    expect(warnings.map((w) => w.code)).toContain('NOT_SEARCHABLE');
    exhibitIds[lang] = id;
  }
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('dossier exhibit ocr', () => {
  it.each([
    ['en', 'eng'],
    ['fr', 'fra'],
  ] as const)(
    'reads the %s scan with a low word error rate and files a searchable copy',
    async (lang, code) => {
      const result = await dossier('exhibit', 'ocr', '--case', caseId, '--exhibit', exhibitIds[lang] ?? '', '--lang', code);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toContain('reading page 1 (1 of 1)');
      const record = JSON.parse(result.stdout) as {
        langs: string[];
        pages: number[];
        engine: string;
        meanConfidence: number;
        pagesWithoutText: number[];
      };
      expect(record).toMatchObject({ langs: [lang], pages: [1], pagesWithoutText: [] });
      expect(record.engine).toBe(`tesseract.js 7.0.0 (${code})`);
      expect(record.meanConfidence).toBeGreaterThan(70);

      const { services, call } = await openTestServices(vault);
      try {
        await call('vaultUnlock', { passphrase: 'correct horse battery staple' });
        const exhibit = (await services.vault.readCase(caseId)).case.exhibits.find((e: Exhibit) => e.id === exhibitIds[lang]);
        expect(exhibit?.pagesWithoutText).toEqual([]);
        const copy = filedCopy(exhibit ?? {});
        expect(copy?.kind).toBe('ocr');
        const bytes = await services.vault.getBlob(copy?.blobId ?? '');
        const file = path.join(work, `ocr-${lang}.pdf`);
        writeFileSync(file, bytes);
        const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
        rmSync(file);
        const wer = wordErrorRate([...SCAN_TEXT[lang], SCAN_FOOTER].join(' '), text);
        console.log(`OCR word error rate (${lang}, 200 dpi scan): ${(wer * 100).toFixed(1)}%`);
        expect(wer).toBeLessThanOrEqual(0.05);
        // The engine's own text finds the words on the page too, where they show.
        const chars = await PdfDocument.with(bytes, (doc) => doc.pageText(0));
        expect(chars).toContain('Quintero');
      } finally {
        await services.dispose();
      }
    },
    120_000,
  );

  it('files the searchable copies in a packet: its text holds the words read, and search names the packet tab', async () => {
    expect(
      (
        await dossier(
          'counsel',
          'set',
          '--name',
          'Adaeze Okafor',
          '--firm',
          'Harbourfront Clinic',
          '--address',
          '200 Queens Quay W|Toronto',
        )
      ).code,
    ).toBe(0);
    const out = path.join(work, 'packet');
    const built = await dossier('build', '--case', caseId, '--preset', 'detention-disclosure', '--format', 'pdf', '--out', out);
    expect(built.code, built.stderr).toBe(0);
    const { outputs } = JSON.parse(built.stdout) as { outputs: { fileName: string }[] };
    const text = outputs.map((o) => execFileSync('pdftotext', [path.join(out, o.fileName), '-'], { encoding: 'utf8' })).join('\n');
    expect(text).toContain('Marisol Quintero');
    expect(text).toContain('entrepôt');
    rmSync(out, { recursive: true, force: true });
    const found = await dossier('search', '--case', caseId, 'Quintero');
    expect(found.code, found.stderr).toBe(0);
    const hits = (JSON.parse(found.stdout) as { hits: { where: string }[] }).hits.map((h) => h.where);
    expect(hits).toEqual(expect.arrayContaining([expect.stringMatching(/^Exhibit "Scan en", page 1 \(packet tab \S+, page \d+\)$/u)]));
  }, 120_000);

  it('refuses a language without trained data, saying the scan stays an image', async () => {
    const result = await dossier('exhibit', 'ocr', '--case', caseId, '--exhibit', exhibitIds.en ?? '', '--lang', 'tha', '--all-pages');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /No OCR trained data ships for "tha"; the scan stays an image\. Available: eng \(English\), fra \(French\)/u,
    );
  });

  it('leaves no plaintext of the scan on disk: the data folder holds none of its words', () => {
    const words = ['Quintero', 'Marisol', 'warehouse', 'entrepôt', 'frontaliers'];
    for (const file of filesUnder(vault)) {
      const data = readFileSync(file);
      for (const word of words) {
        expect(data.includes(Buffer.from(word, 'utf8')), `${word} in ${file}`).toBe(false);
        expect(data.includes(Buffer.from(word, 'utf16le')), `${word} in ${file}`).toBe(false);
      }
    }
  });
});
