import { PDFDocument, PDFName } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { setPdfMetadata, writePdfMetadata } from '../../../src-main/render/pdf/metadata.ts';

async function withAuthor(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage();
  doc.setAuthor('someone@example.org');
  doc.setKeywords(['secret']);
  return doc.save();
}

describe('PDF metadata', () => {
  it('keeps only the title, subject, language and Dossier as producer and creator', async () => {
    const bytes = await setPdfMetadata(await withAuthor(), { title: 'Bail plan', lang: 'fr', subject: 'Plan' });
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect([doc.getTitle(), doc.getSubject(), doc.getProducer(), doc.getCreator()]).toEqual(['Bail plan', 'Plan', 'Dossier', 'Dossier']);
    expect([doc.getAuthor(), doc.getKeywords()]).toEqual([undefined, undefined]);
    expect(doc.catalog.get(PDFName.of('Lang'))?.toString()).toBe('(fr)');
  });

  it('writes the same into a packet volume assembled in memory', async () => {
    const doc = await PDFDocument.load(await withAuthor(), { updateMetadata: false });
    writePdfMetadata(doc, { title: 'Disclosure – 0003-B5-01234', lang: 'en' });
    const saved = await PDFDocument.load(await doc.save(), { updateMetadata: false });
    expect([saved.getTitle(), saved.getProducer(), saved.getAuthor()]).toEqual(['Disclosure – 0003-B5-01234', 'Dossier', undefined]);
    expect(saved.catalog.get(PDFName.of('Metadata'))).toBeUndefined();
  });

  it('carries the file numbers as keywords, when the document has them', async () => {
    const bytes = await setPdfMetadata(await withAuthor(), {
      title: 'Release plan',
      lang: 'fr',
      subject: 'Section de l’immigration – Dossier de la SI nº 0003-B6-01234',
      keywords: ['0003-B6-01234', 'Dossier de la SI nº 0003-B6-01234'],
    });
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.getSubject()).toContain('0003-B6-01234');
    expect(doc.getKeywords()).toBe('0003-B6-01234 Dossier de la SI nº 0003-B6-01234');
  });
});
