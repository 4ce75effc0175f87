import { PDFArray, PDFBool, PDFDict, PDFName, type PDFDocument } from '@cantoo/pdf-lib';
import { exhibitError } from './exhibit-errors.ts';

/**
 * A dynamic XFA form (/NeedsRendering true) draws its pages only in a reader that runs XFA; its
 * PDF pages hold a placeholder ("Please wait…"). Filing those would file the placeholder, so the
 * file is refused with the way to get real pages.
 */
export function refuseDynamicXfa(doc: PDFDocument, exhibit: string): void {
  const flag = doc.catalog.lookup(PDFName.of('NeedsRendering'));
  if (!(flag instanceof PDFBool) || !flag.asBoolean()) return;
  throw exhibitError(
    'UNSUPPORTED_FORMAT',
    exhibit,
    'this is a dynamic XFA form: its pages only say "Please wait…" outside the form\'s own reader, so filing it would file that placeholder.',
    'Open it in the reader it was made for (Adobe Acrobat Reader), print it to PDF ("Microsoft Print to PDF" or "Save as PDF"), then import that PDF.',
  );
}

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
