import { PDFDocument, PDFRef, StandardFonts } from '@cantoo/pdf-lib';
import { stampWords } from '../plan/labels.ts';
import { stampLabel } from './stamp.ts';

/**
 * Does to a clean exhibit copy what every packet build will do to it: each page copied into a
 * new document, a page number stamped on it and a tab label on the first (the position only
 * moves the label; reading the page's boxes, rotation, resources and contents is what fails).
 * The copies are not saved: the exhibit's clean copy is itself saved the same way just after.
 * Import runs this once, so an exhibit that cannot be stamped is repaired or refused there, never
 * found out by a build. Throws whatever the assembly would throw; the caller names the exhibit.
 *
 * Pages are copied one at a time and each copy is dropped once stamped, so a 300 MB scan is
 * never held twice.
 */
export async function proveAssembly(source: PDFDocument): Promise<void> {
  const out = await PDFDocument.create({ updateMetadata: false });
  const font = await out.embedFont(StandardFonts.Helvetica);
  const bold = await out.embedFont(StandardFonts.HelveticaBold);
  const last = source.getPageCount();
  for (let i = 0; i < last; i += 1) {
    const mark = out.context.largestObjectNumber;
    const [page] = await out.copyPages(source, [i]);
    if (!page) throw new Error(`page ${i + 1} could not be copied`);
    stampLabel(page, stampWords.en.pageOf(9000 + i, 9000 + last), font, 'bottom-right');
    if (i === 0) stampLabel(page, stampWords.en.tab('99'), bold, 'top-left', true);
    for (let n = out.context.largestObjectNumber; n > mark; n -= 1) out.context.delete(PDFRef.of(n));
  }
}
