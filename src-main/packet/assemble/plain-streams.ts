import { PDFContentStream, PDFName, PDFRawStream, type PDFDocument } from '@cantoo/pdf-lib';

const FILTER = PDFName.of('Filter');
const LENGTH = PDFName.of('Length');

/**
 * The content streams the assembly draws itself (the page-number and tab stamps, the divider
 * pages) are written plain, not compressed. pdf-lib compresses each stream it drew when the
 * document is saved, in JavaScript, with fresh buffers for every stream: in a 1,000-page packet
 * that is a thousand compressions of about a hundred bytes each, which raised the save's peak
 * memory by about 80 MB to save about 60 KB. The operators, hence the pages, are the same.
 * Streams copied from the sources are already encoded and are left exactly as they are.
 */
export function writeDrawnStreamsPlain(doc: PDFDocument): void {
  const { context } = doc;
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFContentStream)) continue;
    const dict = object.dict.clone(context);
    dict.delete(FILTER);
    dict.delete(LENGTH);
    context.assign(ref, PDFRawStream.of(dict, object.getUnencodedContents()));
  }
}
