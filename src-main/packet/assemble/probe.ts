import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { stampWords } from '../plan/labels.ts';
import { stampLabel } from './stamp.ts';

/**
 * Does to a clean exhibit copy what every packet build will do to it: its pages copied into a
 * new document, a page number stamped on each and a tab label on the first (the position only
 * moves the label; reading the page's boxes, rotation, resources and contents is what fails).
 * Saving is not repeated here: the clean copy this runs on was itself just saved the same way.
 * Import runs this once, so an exhibit that cannot be stamped is repaired or refused there, never
 * found out by a build. Throws whatever the assembly would throw; the caller names the exhibit.
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
    if (i === 0) stampLabel(page, stampWords.en.tab('99'), bold, 'top-left', true);
  });
}
