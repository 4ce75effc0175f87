import { PDFArray, PDFDict, PDFName, PDFRawStream, PDFStream, type PDFDocument } from '@cantoo/pdf-lib';
import { stripJpegMetadata } from './jpeg-metadata.ts';

/**
 * What a PDF exhibit carries about where and how it was made, removed as image exhibits' is:
 * every XMP metadata stream (the document's, each page's, each image's) and, in every JPEG
 * embedded as-is (/DCTDecode), the EXIF (camera, GPS position, description), XMP, IPTC and
 * comment segments, without re-encoding the picture. Returns what was removed, in words.
 */
export function stripPdfMetadata(doc: PDFDocument): string[] {
  let xmp = 0;
  let photos = 0;
  const context = doc.context;
  for (const [ref, object] of [...context.enumerateIndirectObjects()]) {
    const dict = object instanceof PDFDict ? object : object instanceof PDFStream ? object.dict : undefined;
    if (!dict) continue;
    const type = dict.lookupMaybe(PDFName.of('Type'), PDFName)?.asString();
    if (object instanceof PDFStream && (type === '/Metadata' || dict.lookupMaybe(PDFName.of('Subtype'), PDFName)?.asString() === '/XML')) {
      context.delete(ref);
      xmp += 1;
      continue;
    }
    dict.delete(PDFName.of('Metadata'));
    if (object instanceof PDFRawStream && isPlainJpeg(dict)) {
      const stripped = stripJpegMetadata(object.contents);
      if (stripped && stripped.length < object.contents.length) {
        context.assign(ref, PDFRawStream.of(dict, stripped));
        photos += 1;
      }
    }
  }
  const removed: string[] = [];
  if (xmp > 0) removed.push(`XMP metadata (${xmp} stream${xmp === 1 ? '' : 's'})`);
  if (photos > 0) removed.push(`camera data and GPS position (EXIF/XMP) from ${photos} embedded image${photos === 1 ? '' : 's'}`);
  return removed;
}

/** An image XObject whose only filter is /DCTDecode: its bytes are a JPEG file. */
function isPlainJpeg(dict: PDFDict): boolean {
  if (dict.lookupMaybe(PDFName.of('Subtype'), PDFName)?.asString() !== '/Image') return false;
  const filter = dict.lookup(PDFName.of('Filter'));
  if (filter instanceof PDFName) return filter.asString() === '/DCTDecode';
  if (filter instanceof PDFArray && filter.size() === 1) return filter.lookupMaybe(0, PDFName)?.asString() === '/DCTDecode';
  return false;
}
