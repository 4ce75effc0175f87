/**
 * Two engine figures a user waits on, each beside its engine-only share: the 20-page
 * multilingual document printed through a warm printer against its model built and laid out as
 * print HTML without printing; and the 1,000-page packet's peak memory (a child of its own,
 * shared with the packet group) against the size of its inputs.
 */
import { loadFontLibrary } from '../../src-main/render/fonts/library.ts';
import { documentToPdf, printHtml } from '../../src-main/render/pdf/document-to-pdf.ts';
import { createPlaywrightPrinter } from '../../src-main/render/pdf/playwright-printer.ts';
import { twentyPageDocument } from './document.bench.ts';
import { packetPeakRss } from './packet.bench.ts';
import { medianMs, type BenchRow } from './stats.ts';

export async function benchTwentyPages(): Promise<BenchRow> {
  const fonts = loadFontLibrary();
  const printer = await createPlaywrightPrinter({ fonts });
  try {
    const doc = twentyPageDocument();
    const warm = await medianMs(() => documentToPdf(doc, { printer, fonts }), 5, 1);
    const model = await medianMs(() => printHtml(twentyPageDocument(), fonts), 5, 1);
    return {
      name: 'document → PDF, 20 pages, 18 languages, warm printer',
      medianMs: warm,
      target: '≤ 0.5 s',
      targetMs: 500,
      peerName: 'its model built and laid out as print HTML, no print',
      peerMedianMs: model,
    };
  } finally {
    await printer.close();
  }
}

export function packetPeakRow(): BenchRow {
  const { pages, inputBytes, maxRssKb } = packetPeakRss();
  const mb = maxRssKb / 1024;
  return {
    name: `peak RSS building a ${pages}-page packet (child process), against its inputs`,
    medianMs: 0,
    display: `${mb.toFixed(0)} MB = ${((maxRssKb * 1024) / inputBytes).toFixed(2)} × the ${(inputBytes / 2 ** 20).toFixed(0)} MB of inputs`,
    target: '≤ 400 MB',
    met: mb <= 400,
  };
}
