import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import { describe, expect, it, vi } from 'vitest';
import { repairPdf } from '../../../src-main/exhibits/pdf-repair.ts';

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
});
