import { PDFDocument } from '@cantoo/pdf-lib';
import { DossierError } from '../core/errors.ts';
import { PdfDocument } from '../pdf-engine/pdfium.ts';
import { exhibitDateFromText } from './exhibit-date.ts';
import { importExhibit, type ImportDeps, type ImportExhibitResult } from './import-exhibit.ts';
import { normaliseExhibit } from './normalise.ts';
import { quietPdfLib } from './quiet-pdf-lib.ts';
import { partsFromBookmarks, partsFromRanges, type SplitPart } from './split-plan.ts';

export interface DisclosureOutline {
  readonly pages: number;
  /** The parts its top-level bookmarks give, or none when it has none. */
  readonly bookmarkParts: readonly SplitPart[];
}

/** A disclosure's page count and the cut its bookmarks suggest, read from its clean copy. */
export async function outlineDisclosure(bytes: Uint8Array, fileName: string): Promise<DisclosureOutline> {
  const clean = await normaliseExhibit(bytes, fileName);
  const base = fileName.replace(/\.[A-Za-z0-9]{1,5}$/u, '');
  return PdfDocument.with(clean.pdf, (doc) => {
    const bookmarks = doc.bookmarks();
    const pages = doc.pageCount;
    const hasTargets = bookmarks.some((b) => b.pageIndex !== undefined && b.pageIndex < pages);
    return { pages, bookmarkParts: hasTargets ? partsFromBookmarks(bookmarks, pages, base) : [] };
  });
}

export interface SplitRequest {
  readonly caseId: string;
  readonly bytes: Uint8Array;
  readonly fileName: string;
  /** "1-3,4-10", or undefined to cut by bookmarks (then `byBookmarks` must be true). */
  readonly ranges?: string | undefined;
  readonly titles?: readonly string[] | undefined;
  readonly byBookmarks?: boolean | undefined;
  /** Parts chosen in the split view (ranges with titles and dates); wins over `ranges`. */
  readonly parts?: readonly SplitPart[] | undefined;
}

/** The parts to cut: those given, else the ranges, else the bookmarks. */
async function partsOf(request: SplitRequest, pdf: Uint8Array, pageCount: number): Promise<SplitPart[]> {
  const base = request.fileName.replace(/\.[A-Za-z0-9]{1,5}$/u, '');
  if (request.parts !== undefined) {
    const ranges = request.parts.map((p) => `${p.first}-${p.last}`).join(',');
    const checked = partsFromRanges(
      ranges,
      pageCount,
      base,
      request.parts.map((p) => p.title),
    );
    return checked.map((p, i) => ({ ...p, ...(request.parts?.[i]?.date ? { date: request.parts[i]?.date } : {}) }));
  }
  if (request.ranges !== undefined) return partsFromRanges(request.ranges, pageCount, base, request.titles ?? []);
  if (request.byBookmarks === true) return PdfDocument.with(pdf, (doc) => partsFromBookmarks(doc.bookmarks(), pageCount, base));
  throw new DossierError('VALIDATION', 'Say how to cut the file: page ranges (--ranges 1-3,4-10) or its bookmarks (--bookmarks).');
}

/**
 * Cuts one large PDF into exhibits: each part's pages are copied out of the file's clean copy
 * and go through the normal exhibit import (sanitising, probing and metadata stripping apply
 * to each), in order. Nothing is written to disk; a part refused stops the cut and says which.
 */
export async function splitDisclosure(request: SplitRequest, deps: ImportDeps): Promise<ImportExhibitResult[]> {
  const clean = await normaliseExhibit(request.bytes, request.fileName);
  const parts = await partsOf(request, clean.pdf, clean.pages);
  const source = await quietPdfLib(() => PDFDocument.load(clean.pdf, { updateMetadata: false }));
  const results: ImportExhibitResult[] = [];
  for (const [i, part] of parts.entries()) {
    const out = await PDFDocument.create({ updateMetadata: false });
    const pages = await out.copyPages(
      source,
      Array.from({ length: part.last - part.first + 1 }, (_, k) => part.first - 1 + k),
    );
    for (const page of pages) out.addPage(page);
    const bytes = await out.save();
    try {
      results.push(
        await importExhibit(
          {
            caseId: request.caseId,
            bytes,
            fileName: `${part.title}.pdf`,
            title: part.title,
            ...(part.date === undefined ? {} : { date: exhibitDateFromText(part.date) }),
          },
          deps,
        ),
      );
    } catch (error) {
      const why = error instanceof Error ? error.message : 'it could not be imported';
      throw new DossierError(
        'VALIDATION',
        `Part ${i + 1} ("${part.title}", pages ${part.first}-${part.last}) was not imported: ${why} ${results.length} part(s) before it were imported.`,
      );
    }
  }
  return results;
}
