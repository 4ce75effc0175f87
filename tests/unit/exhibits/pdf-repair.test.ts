import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import { describe, expect, it, vi } from 'vitest';
import { repairPdf, repairPdfFile } from '../../../src-main/exhibits/pdf-repair.ts';

const corpus = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(path.resolve(import.meta.dirname, '../../fixtures/exhibit-corpus', name)));

describe('repairPdf (qpdf in WebAssembly)', () => {
  it('rewrites a file pdf-lib cannot stamp, decrypted and without object streams, printing nothing and leaving the exit code alone', async () => {
    const log = vi.spyOn(console, 'log');
    const error = vi.spyOn(console, 'error');
    const before = process.exitCode;
    const result = await repairPdf(corpus('page-without-type.pdf'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect((await PDFDocument.load(result.pdf)).getPageCount()).toBe(1);
    expect(process.exitCode).toBe(before);
    expect(log).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
    log.mockRestore();
    error.mockRestore();
  });

  it('opens encryption that needs no password', async () => {
    const result = await repairPdf(corpus('empty-password-aes256.pdf'));
    expect(result.ok).toBe(true);
    if (result.ok) expect(Buffer.from(result.pdf).toString('latin1')).not.toContain('/Encrypt');
  });

  it('reports a file that needs a password, and one that is not a PDF, without throwing', async () => {
    expect(await repairPdf(corpus('user-password.pdf'))).toMatchObject({ ok: false, reason: 'password' });
    expect(await repairPdf(new TextEncoder().encode('not a pdf at all'))).toMatchObject({ ok: false, reason: 'damaged' });
  });

  it('repairs from one file on disk into another, with the same outcomes as in memory', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'dossier-repair-'));
    try {
      const corpusFile = (name: string) => path.resolve(import.meta.dirname, '../../fixtures/exhibit-corpus', name);
      copyFileSync(corpusFile('page-without-type.pdf'), path.join(folder, 'in.pdf'));
      const before = process.exitCode;
      expect(await repairPdfFile(folder, 'in.pdf', 'out.pdf')).toMatchObject({ ok: true });
      expect(process.exitCode).toBe(before);
      const repaired = readFileSync(path.join(folder, 'out.pdf'));
      expect((await PDFDocument.load(repaired)).getPageCount()).toBe(1);
      // The same rewrite as in memory, but for the document /ID qpdf makes from the file's name and the time.
      const inMemory = await repairPdf(corpus('page-without-type.pdf'));
      expect(inMemory.ok && inMemory.pdf.length).toBe(repaired.length);
      copyFileSync(corpusFile('user-password.pdf'), path.join(folder, 'locked.pdf'));
      expect(await repairPdfFile(folder, 'locked.pdf', 'locked-out.pdf')).toMatchObject({ ok: false, reason: 'password' });
      writeFileSync(path.join(folder, 'junk.pdf'), 'not a pdf at all');
      expect(await repairPdfFile(folder, 'junk.pdf', 'junk-out.pdf')).toMatchObject({ ok: false, reason: 'damaged' });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
