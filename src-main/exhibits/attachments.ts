import { PDFArray, PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument } from '@cantoo/pdf-lib';

/**
 * Files attached inside a PDF (the /EmbeddedFiles name tree, associated files, file-attachment
 * annotations, a portfolio's collection) are not part of what the tribunal reads and can carry
 * anything: they are removed from the packet copy and each one is named in the import report.
 */
export function removeAttachments(doc: PDFDocument): string[] {
  const names: string[] = [];
  const catalog = doc.catalog;
  const nameTree = catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  const embedded = nameTree?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict);
  if (nameTree && embedded) {
    collectNames(embedded, names, 0);
    nameTree.delete(PDFName.of('EmbeddedFiles'));
  }
  let other = 0;
  for (const key of ['AF', 'Collection']) {
    if (catalog.has(PDFName.of(key))) {
      catalog.delete(PDFName.of(key));
      other += 1;
    }
  }
  for (const page of doc.getPages()) {
    page.node.delete(PDFName.of('AF'));
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (!annots) continue;
    for (let i = annots.size() - 1; i >= 0; i -= 1) {
      const annot = annots.lookupMaybe(i, PDFDict);
      if (annot?.lookupMaybe(PDFName.of('Subtype'), PDFName)?.asString() !== '/FileAttachment') continue;
      names.push(fileName(annot.lookupMaybe(PDFName.of('FS'), PDFDict)) ?? 'unnamed file');
      annots.remove(i);
    }
  }
  if (names.length === 0 && other === 0) return [];
  const listed = [...new Set(names)].map((n) => `"${n}"`).join(', ');
  return [names.length === 0 ? 'attached files' : `attached file${names.length === 1 ? '' : 's'} ${listed}`];
}

function collectNames(node: PDFDict, into: string[], depth: number): void {
  if (depth > 16 || into.length > 50) return;
  const pairs = node.lookupMaybe(PDFName.of('Names'), PDFArray);
  if (pairs) {
    for (let i = 0; i + 1 < pairs.size(); i += 2) {
      into.push(fileName(pairs.lookupMaybe(i + 1, PDFDict)) ?? text(pairs.lookup(i)) ?? 'unnamed file');
    }
  }
  const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
  for (let i = 0; i < (kids?.size() ?? 0); i += 1) {
    const kid = kids?.lookupMaybe(i, PDFDict);
    if (kid) collectNames(kid, into, depth + 1);
  }
}

function fileName(spec: PDFDict | undefined): string | undefined {
  if (!spec) return undefined;
  return text(spec.lookup(PDFName.of('UF'))) ?? text(spec.lookup(PDFName.of('F')));
}

function text(value: unknown): string | undefined {
  if (value instanceof PDFString || value instanceof PDFHexString) return value.decodeText().slice(0, 80);
  return undefined;
}
