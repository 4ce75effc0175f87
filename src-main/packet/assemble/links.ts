import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNull, PDFNumber, PDFString, type PDFDocument } from '@cantoo/pdf-lib';
import { ENTRY_LINK_PREFIX, entryIndexFromUri } from './link-uri.ts';

export interface LinkTarget {
  /** The volume file the entry is in (the same file when it is this volume). */
  readonly fileName: string | undefined;
  readonly pageIndex: number;
}

/**
 * Rewrites the list-of-documents' placeholder links on `pageIndexes` into page destinations:
 * /Dest inside this file, or a /GoToR action to the other volume's file. Any other URI link that
 * points at the placeholder host is removed. Returns how many links now point at pages.
 */
export function resolveEntryLinks(
  doc: PDFDocument,
  pageIndexes: readonly number[],
  target: (entry: number) => LinkTarget | undefined,
): number {
  const pages = doc.getPages();
  let resolved = 0;
  for (const index of pageIndexes) {
    const page = pages[index];
    const annots = page?.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (!page || !annots) continue;
    for (let i = annots.size() - 1; i >= 0; i -= 1) {
      const annot = annots.lookupMaybe(i, PDFDict);
      const action = annot?.lookupMaybe(PDFName.of('A'), PDFDict);
      const uriObject = action?.lookup(PDFName.of('URI'));
      const uri = uriObject instanceof PDFString || uriObject instanceof PDFHexString ? uriObject.decodeText() : undefined;
      if (!annot || uri === undefined || !uri.startsWith(ENTRY_LINK_PREFIX)) continue;
      const entry = entryIndexFromUri(uri);
      const goal = entry === undefined ? undefined : target(entry);
      const targetPage = goal && goal.fileName === undefined ? pages[goal.pageIndex] : undefined;
      if (!goal || (goal.fileName === undefined && !targetPage)) {
        annots.remove(i);
        continue;
      }
      annot.delete(PDFName.of('A'));
      if (targetPage) {
        annot.set(PDFName.of('Dest'), doc.context.obj([targetPage.ref, PDFName.of('XYZ'), PDFNull, PDFNull, PDFNull]));
      } else {
        annot.set(
          PDFName.of('A'),
          doc.context.obj({
            S: 'GoToR',
            F: fileSpec(doc, goal.fileName ?? ''),
            D: [PDFNumber.of(goal.pageIndex), PDFName.of('Fit')],
            NewWindow: true,
          }),
        );
      }
      resolved += 1;
    }
  }
  return resolved;
}

/**
 * A file specification for a sibling file. A literal PDF string holds bytes, not text: a name
 * with a character beyond Latin-1 (a client's name in Thai, an "–") written as one corrupts the
 * object stream it lands in. The name goes as UTF-8 bytes in /F (what current readers resolve on
 * disk) and as a Unicode text string in /UF (PDF 1.7, 7.11.3).
 */
function fileSpec(doc: PDFDocument, fileName: string): PDFDict {
  return doc.context.obj({
    Type: 'Filespec',
    F: PDFHexString.of([...new TextEncoder().encode(fileName)].map((b) => b.toString(16).padStart(2, '0')).join('')),
    UF: PDFHexString.fromText(fileName),
  });
}
