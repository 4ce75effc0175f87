/**
 * Applying redaction: a 20-page exhibit with three marks a page (the name, a telephone number and
 * an e-mail address, found by search), the first page's picture included, applied with
 * `redactPdf` (glyphs, pixels and paths removed, boxes drawn, the file written afresh). The peer
 * is PDFium opening and saving the same file unchanged: the floor any PDFium-based edit pays.
 */
import { PdfDocument } from '../../src-main/pdf-engine/pdfium.ts';
import { findRedactionHits } from '../../src-main/redaction/find-hits.ts';
import { redactPdf, type RedactionArea } from '../../src-main/redaction/redact-pdf.ts';
import { redactionExhibit, SECRET_NAME } from '../fixtures/redaction/make-redaction-exhibit.ts';
import { medianMs, type BenchRow } from './stats.ts';

const PAGES = 20;

export async function benchRedaction(): Promise<BenchRow[]> {
  const pdf = await redactionExhibit(PAGES);
  const areas: RedactionArea[] = await PdfDocument.with(pdf, (doc) =>
    [{ text: SECRET_NAME }, { pattern: 'phone' as const }, { pattern: 'email' as const }]
      .flatMap((query) => findRedactionHits(doc, query))
      .flatMap((hit) => hit.rects.map((rect) => ({ pageIndex: hit.pageIndex, rect }))),
  );
  if (areas.length !== 3 * PAGES) throw new Error(`expected ${3 * PAGES} marks, found ${areas.length}`);
  const apply = await medianMs(() => redactPdf(pdf, areas), 5);
  const peer = await medianMs(() => PdfDocument.with(pdf, (doc) => doc.save()), 5);
  return [
    {
      name: `Redaction apply, per page (${PAGES}-page exhibit, 3 marks a page)`,
      medianMs: apply / PAGES,
      peerName: 'PDFium open + save, per page',
      peerMedianMs: peer / PAGES,
    },
  ];
}
