import { PDFArray, PDFDict, PDFName, type PDFDocument } from '@cantoo/pdf-lib';

/**
 * What a filed exhibit must not carry: anything that runs when the file is opened or a page is
 * shown (document /OpenAction, /AA on the catalog, pages and annotations, the /JavaScript name
 * tree, JavaScript and Launch link actions), and XFA forms, which most readers cannot show and
 * which can hide the visible content. Ordinary AcroForm fields stay: they are part of the
 * document's appearance. Returns the names of what was removed, for the import report.
 */
export function stripActiveContent(doc: PDFDocument): string[] {
  const removed = new Set<string>();
  const catalog = doc.catalog;
  const drop = (dict: PDFDict, key: string, label: string): void => {
    if (dict.has(PDFName.of(key))) {
      dict.delete(PDFName.of(key));
      removed.add(label);
    }
  };
  drop(catalog, 'OpenAction', 'OpenAction');
  drop(catalog, 'AA', 'AA');
  const names = catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  if (names) drop(names, 'JavaScript', 'JavaScript');
  const acroForm = catalog.lookupMaybe(PDFName.of('AcroForm'), PDFDict);
  if (acroForm) drop(acroForm, 'XFA', 'XFA');
  drop(catalog, 'NeedsRendering', 'XFA');

  for (const page of doc.getPages()) {
    drop(page.node, 'AA', 'AA');
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (!annots) continue;
    for (let i = 0; i < annots.size(); i += 1) {
      const annot = annots.lookupMaybe(i, PDFDict);
      if (!annot) continue;
      drop(annot, 'AA', 'AA');
      const action = annot.lookupMaybe(PDFName.of('A'), PDFDict);
      const kind = action?.lookupMaybe(PDFName.of('S'), PDFName)?.asString();
      if (kind === '/JavaScript' || kind === '/Launch' || kind === '/SubmitForm' || kind === '/ImportData') drop(annot, 'A', kind.slice(1));
    }
  }
  return [...removed].sort();
}
