import { PDFArray, PDFName, PDFRef, PDFStream, type PDFDocument } from '@cantoo/pdf-lib';
import { pageList } from './page-list.ts';

/** US Letter: what PDF readers show a page that states no size. */
const LETTER = [0, 0, 612, 792] as const;

/**
 * Page-tree faults readers forgive and pdf-lib does not: a page with no MediaBox anywhere up its
 * tree gets the Letter size readers give it, and /Contents that is neither a stream nor an array
 * of streams (a dictionary, a dangling reference) is dropped, since no reader can draw it either.
 * Returns what was done, in words, for the import report.
 */
export function repairPages(doc: PDFDocument): string[] {
  const sized: number[] = [];
  const emptied: number[] = [];
  doc.getPages().forEach((page, index) => {
    const node = page.node;
    const box = node.getInheritableAttribute(PDFName.of('MediaBox'));
    const sizedBox = doc.context.lookup(box);
    if (!(sizedBox instanceof PDFArray) || sizedBox.size() !== 4) {
      node.set(PDFName.of('MediaBox'), doc.context.obj([...LETTER]));
      sized.push(index + 1);
    }
    const raw = node.get(PDFName.of('Contents'));
    if (raw === undefined) return;
    const contents = raw instanceof PDFRef ? doc.context.lookup(raw) : raw;
    if (contents instanceof PDFStream) return;
    if (contents instanceof PDFArray) {
      const streams = contents.asArray().filter((item) => doc.context.lookup(item) instanceof PDFStream);
      if (streams.length === contents.size()) {
        if (raw instanceof PDFRef) node.set(PDFName.of('Contents'), doc.context.obj(streams));
        return;
      }
      node.set(PDFName.of('Contents'), doc.context.obj(streams));
    } else {
      node.delete(PDFName.of('Contents'));
    }
    emptied.push(index + 1);
  });
  const notes: string[] = [];
  if (sized.length > 0) notes.push(`page(s) ${pageList(sized)} had no page size and were given Letter, as readers show them`);
  if (emptied.length > 0) notes.push(`unreadable content removed from page(s) ${pageList(emptied)} (no reader can show it)`);
  return notes;
}
