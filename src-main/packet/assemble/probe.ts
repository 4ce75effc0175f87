import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { stampWords } from '../plan/labels.ts';
import { stampLabel } from './stamp.ts';

/**
 * Does to a clean exhibit copy what every packet build will do to it: its pages copied into a
 * new document, a page number stamped on each (at every position a preset uses) and a tab label
 * on the first, the result saved as the volume is. Import runs this once, so an exhibit that
 * cannot be stamped is repaired or refused there, never found out by a build. Throws whatever
 * the assembly would throw; the caller names the exhibit.
 */
export async function proveAssembly(source: PDFDocument): Promise<void> {
  const out = await PDFDocument.create({ updateMetadata: false });
  const font = await out.embedFont(StandardFonts.Helvetica);
  const bold = await out.embedFont(StandardFonts.HelveticaBold);
  const copied = await out.copyPages(source, source.getPageIndices());
  const last = copied.length;
  copied.forEach((page, i) => {
    out.addPage(page);
    const label = stampWords.en.pageOf(9000 + i, 9000 + last);
    stampLabel(page, label, font, 'bottom-right');
    stampLabel(page, label, font, 'bottom-center');
    stampLabel(page, label, font, 'top-right');
    if (i === 0) stampLabel(page, stampWords.en.tab('99'), bold, 'top-left', true);
  });
  await out.save({ useObjectStreams: true, updateFieldAppearances: false });
}
