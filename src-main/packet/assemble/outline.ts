import { PDFHexString, PDFName, PDFNumber, PDFNull, type PDFDocument, type PDFRef } from '@cantoo/pdf-lib';

export interface OutlineItem {
  readonly title: string;
  readonly pageIndex: number;
  readonly children: readonly OutlineItem[];
}

/**
 * pdf-lib has no outline API, so the /Outlines tree is written by hand: each item links to its
 * parent and siblings, titles are UTF-16 (any script), and each destination opens the page at
 * the reader's current zoom. Items start closed-less: /Count is positive so tabs show their
 * sub-tabs.
 */
export function writeOutline(doc: PDFDocument, items: readonly OutlineItem[]): void {
  if (items.length === 0) return;
  const context = doc.context;
  const pages = doc.getPages();
  const rootRef = context.nextRef();

  const writeLevel = (level: readonly OutlineItem[], parent: PDFRef): { first: PDFRef; last: PDFRef; count: number } => {
    const refs = level.map(() => context.nextRef());
    let count = 0;
    level.forEach((item, i) => {
      const ref = refs[i] as PDFRef;
      const page = pages[item.pageIndex] ?? pages[0];
      const dict = context.obj({});
      dict.set(PDFName.of('Title'), PDFHexString.fromText(item.title));
      dict.set(PDFName.of('Parent'), parent);
      if (page) dict.set(PDFName.of('Dest'), context.obj([page.ref, PDFName.of('XYZ'), PDFNull, PDFNull, PDFNull]));
      const prev = refs[i - 1];
      const next = refs[i + 1];
      if (prev) dict.set(PDFName.of('Prev'), prev);
      if (next) dict.set(PDFName.of('Next'), next);
      count += 1;
      if (item.children.length > 0) {
        const child = writeLevel(item.children, ref);
        dict.set(PDFName.of('First'), child.first);
        dict.set(PDFName.of('Last'), child.last);
        dict.set(PDFName.of('Count'), PDFNumber.of(child.count));
        count += child.count;
      }
      context.assign(ref, dict);
    });
    return { first: refs[0] as PDFRef, last: refs[refs.length - 1] as PDFRef, count };
  };

  const top = writeLevel(items, rootRef);
  const root = context.obj({});
  root.set(PDFName.of('Type'), PDFName.of('Outlines'));
  root.set(PDFName.of('First'), top.first);
  root.set(PDFName.of('Last'), top.last);
  root.set(PDFName.of('Count'), PDFNumber.of(top.count));
  context.assign(rootRef, root);
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
