import { PDFDict, PDFName, PDFStream, type PDFDocument } from '@cantoo/pdf-lib';

/**
 * A page "has text" when it uses a font, directly or through a form XObject. Scans and photos
 * have none, so their words cannot be searched or copied (the Federal Court asks for
 * text-searchable PDFs). This reads resources only, never content streams, so it stays fast on
 * a 2,000-page file; a page that declares a font it never uses is counted as having text.
 */
export function pagesWithoutText(doc: PDFDocument): number[] {
  const result: number[] = [];
  doc.getPages().forEach((page, index) => {
    if (!resourcesHaveFont(page.node.Resources(), 0)) result.push(index + 1);
  });
  return result;
}

function resourcesHaveFont(resources: PDFDict | undefined, depth: number): boolean {
  if (!resources || depth > 4) return false;
  const fonts = resources.lookupMaybe(PDFName.of('Font'), PDFDict);
  if (fonts && fonts.keys().length > 0) return true;
  const xobjects = resources.lookupMaybe(PDFName.of('XObject'), PDFDict);
  if (!xobjects) return false;
  for (const key of xobjects.keys()) {
    const xobject = xobjects.lookup(key);
    if (!(xobject instanceof PDFStream)) continue;
    if (xobject.dict.lookupMaybe(PDFName.of('Subtype'), PDFName)?.asString() !== '/Form') continue;
    if (resourcesHaveFont(xobject.dict.lookupMaybe(PDFName.of('Resources'), PDFDict), depth + 1)) return true;
  }
  return false;
}
