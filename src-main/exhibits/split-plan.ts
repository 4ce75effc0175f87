import { DossierError } from '../core/errors.ts';
import type { Bookmark } from '../pdf-engine/pdfium.ts';

/** One exhibit cut from a disclosure: its 1-based first and last page, and its title. */
export interface SplitPart {
  readonly first: number;
  readonly last: number;
  readonly title: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly date?: string | undefined;
}

/**
 * Reads "1-3,4-10,11" into parts, titled from `titles` in order (else "<file> pp. 1–3"). Ranges
 * must lie inside the document, run forwards and not overlap; pages left out stay out.
 */
export function partsFromRanges(ranges: string, pageCount: number, baseTitle: string, titles: readonly string[] = []): SplitPart[] {
  const pieces = ranges
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (pieces.length === 0) throw new DossierError('VALIDATION', 'Give the page ranges to cut, e.g. 1-3,4-10.');
  if (titles.length > pieces.length)
    throw new DossierError(
      'VALIDATION',
      `${titles.length} titles were given for ${pieces.length} ranges: give one title a range, in order.`,
    );
  const parts = pieces.map((piece, i): SplitPart => {
    const match = /^(\d{1,6})(?:\s*-\s*(\d{1,6}))?$/u.exec(piece);
    if (!match) throw new DossierError('VALIDATION', `"${piece.slice(0, 20)}" is not a page range: write 4 or 4-10.`);
    const first = Number(match[1]);
    const last = match[2] === undefined ? first : Number(match[2]);
    if (first < 1 || last < first) throw new DossierError('VALIDATION', `The range ${piece} runs backwards or starts before page 1.`);
    if (last > pageCount) throw new DossierError('VALIDATION', `The range ${piece} goes past the last page (${pageCount}).`);
    const title = titles[i]?.trim() || `${baseTitle} pp. ${first === last ? first : `${first}–${last}`}`;
    return { first, last, title };
  });
  const sorted = parts.toSorted((a, b) => a.first - b.first);
  for (let i = 1; i < sorted.length; i += 1) {
    const previous = sorted[i - 1];
    const current = sorted[i];
    if (previous && current && current.first <= previous.last)
      throw new DossierError(
        'VALIDATION',
        `The ranges ${previous.first}-${previous.last} and ${current.first}-${current.last} overlap: each page goes in one exhibit.`,
      );
  }
  return parts;
}

/**
 * One part for each top-level bookmark that points into the file, from its page to the page
 * before the next one; pages before the first bookmark become a part of their own ("front
 * pages"), so nothing is dropped.
 */
export function partsFromBookmarks(bookmarks: readonly Bookmark[], pageCount: number, baseTitle: string): SplitPart[] {
  const starts = bookmarks
    .filter((b): b is Bookmark & { pageIndex: number } => b.pageIndex !== undefined && b.pageIndex < pageCount)
    .map((b) => ({ page: b.pageIndex + 1, title: b.title.trim() || baseTitle }))
    .toSorted((a, b) => a.page - b.page)
    .filter((b, i, all) => i === 0 || b.page !== all[i - 1]?.page);
  if (starts.length === 0) throw new DossierError('VALIDATION', 'This PDF has no bookmarks to cut by: give page ranges instead.');
  const parts: SplitPart[] = [];
  const firstStart = starts[0]?.page ?? 1;
  if (firstStart > 1) parts.push({ first: 1, last: firstStart - 1, title: `${baseTitle} (front pages)` });
  starts.forEach((start, i) => {
    const next = starts[i + 1];
    parts.push({ first: start.page, last: next ? next.page - 1 : pageCount, title: start.title.slice(0, 500) });
  });
  return parts;
}
