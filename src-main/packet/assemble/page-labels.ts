import { PDFName, PDFNumber, PDFString, type PDFDict, type PDFDocument } from '@cantoo/pdf-lib';
import type { LabelRange } from '../plan/labels.ts';

/** Writes the /PageLabels number tree, so a reader's page box shows the printed numbers. */
export function writePageLabels(doc: PDFDocument, ranges: readonly LabelRange[]): void {
  const context = doc.context;
  const nums: (PDFNumber | PDFDict)[] = [];
  for (const range of ranges) {
    const label = context.obj({});
    label.set(PDFName.of('S'), PDFName.of(range.style === 'roman' ? 'r' : 'D'));
    if (range.prefix !== '') label.set(PDFName.of('P'), PDFString.of(range.prefix));
    if (range.start !== 1) label.set(PDFName.of('St'), PDFNumber.of(range.start));
    nums.push(PDFNumber.of(range.fromIndex), label);
  }
  doc.catalog.set(PDFName.of('PageLabels'), context.obj({ Nums: context.obj(nums) }));
}
