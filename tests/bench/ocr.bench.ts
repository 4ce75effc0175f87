/**
 * OCR seconds a page: an English and a French 200 dpi scan of a page the app prints, rendered at
 * 300 dpi with PDFium and read by Tesseract (one warm worker a language), with the word error
 * rate against the known text. No peer: no other OCR engine is installed here.
 */
import { OCR_DPI } from '../../src-main/ocr/ocr-exhibit.ts';
import { ocrLanguage } from '../../src-main/ocr/ocr-languages.ts';
import { startOcrEngine } from '../../src-main/ocr/tesseract-engine.ts';
import { pagePng } from '../../src-main/pdf-engine/page-image.ts';
import { PdfDocument } from '../../src-main/pdf-engine/pdfium.ts';
import { SCAN_FOOTER, SCAN_TEXT, scannedPdfs } from '../fixtures/exhibits/make-scan.ts';
import { wordErrorRate } from '../helpers/word-error-rate.ts';
import { medianMs, type BenchRow } from './stats.ts';

export async function benchOcr(): Promise<BenchRow[]> {
  const scans = await scannedPdfs(['en', 'fr']);
  const rows: BenchRow[] = [];
  for (const lang of ['en', 'fr'] as const) {
    const engine = await startOcrEngine(ocrLanguage(lang));
    try {
      let text = '';
      const ms = await PdfDocument.with(scans[lang], async (doc) =>
        medianMs(
          async () => {
            const image = await pagePng(doc, 0, OCR_DPI / 72);
            const read = await engine.recognise(image.png, OCR_DPI);
            text = read.words.map((w) => w.text).join(' ');
          },
          3,
          1,
        ),
      );
      const wer = wordErrorRate([...SCAN_TEXT[lang], SCAN_FOOTER].join(' '), text);
      rows.push(
        {
          name: `OCR, one Letter page (${lang}, 200 dpi scan read at ${OCR_DPI} dpi)`,
          medianMs: ms,
          display: `${(ms / 1000).toFixed(1)} s/page`,
          target: '≤ 15 s a page',
          met: ms <= 15_000,
        },
        { name: `OCR word error rate (${lang})`, medianMs: 0, display: `${(wer * 100).toFixed(1)} %`, target: '≤ 5 %', met: wer <= 0.05 },
      );
    } finally {
      await engine.stop();
    }
  }
  return rows;
}
