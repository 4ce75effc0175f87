import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument, PDFHeader } from '@cantoo/pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { openExhibitPdf } from '../../../src-main/exhibits/pdf-open.ts';
import { writePdfFile } from '../../../src-main/exhibits/pdf-file-writer.ts';
import { activeContentPdf, textPdf } from '../../fixtures/exhibits/make-exhibits.ts';
import { writeLargePdf } from '../../fixtures/exhibits/make-large.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'dossier-pdf-writer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The same bytes opened twice: one copy saved by pdf-lib into a buffer, the other written to a file part by part. */
async function bothWays(name: string, bytes: Uint8Array, change: (doc: PDFDocument) => void = () => undefined): Promise<[Buffer, Buffer]> {
  const saved = await openExhibitPdf(bytes, name);
  change(saved);
  const expected = Buffer.from(await saved.save({ updateFieldAppearances: false }));
  const streamed = await openExhibitPdf(bytes, name);
  change(streamed);
  const file = path.join(dir, `${name}.out.pdf`);
  const written = await writePdfFile(streamed, file);
  const actual = readFileSync(file);
  expect(written).toBe(actual.length);
  return [actual, expected];
}

describe('a PDF written to a file part by part', () => {
  it('is byte for byte what pdf-lib saves, with object streams (PDF 1.7)', async () => {
    const [actual, expected] = await bothWays('text', await textPdf('Text exhibit', 4));
    expect(actual.equals(expected)).toBe(true);
  });

  it('is byte for byte what pdf-lib saves without object streams (PDF 1.4)', async () => {
    const [actual, expected] = await bothWays('old', await textPdf('Old exhibit', 2), (doc) => {
      doc.context.header = PDFHeader.forVersion(1, 4);
    });
    expect(actual.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
    expect(actual.equals(expected)).toBe(true);
  });

  it('is byte for byte what pdf-lib saves for a scan whose image is larger than the write buffer', async () => {
    const scan = writeLargePdf(path.join(dir, 'scan.pdf'), 2, 1_500);
    const [actual, expected] = await bothWays('scan', new Uint8Array(readFileSync(scan.path)));
    expect(actual.length).toBeGreaterThan(2 * 1_500 * 1_500);
    expect(actual.equals(expected)).toBe(true);
  });

  it('is byte for byte what pdf-lib saves for a file with scripts and forms, and for an encrypted file written decrypted', async () => {
    const [active, activeExpected] = await bothWays('active', await activeContentPdf());
    expect(active.equals(activeExpected)).toBe(true);
    const plain = path.join(dir, 'plain.pdf');
    writeFileSync(plain, await textPdf('Restricted exhibit', 3));
    const restricted = path.join(dir, 'restricted.pdf');
    execFileSync('qpdf', ['--encrypt', '', 'owner-secret', '256', '--print=none', '--', plain, restricted]);
    const [decrypted, decryptedExpected] = await bothWays('restricted', new Uint8Array(readFileSync(restricted)));
    expect(decrypted.equals(decryptedExpected)).toBe(true);
    expect((await PDFDocument.load(decrypted)).getPageCount()).toBe(3);
  });

  it('never replaces a file that is already there', async () => {
    const file = path.join(dir, 'taken.pdf');
    writeFileSync(file, 'someone else');
    await expect(writePdfFile(await openExhibitPdf(await textPdf('Taken', 1), 'taken'), file)).rejects.toThrow(/EEXIST/u);
    expect(readFileSync(file, 'utf8')).toBe('someone else');
  });
});
