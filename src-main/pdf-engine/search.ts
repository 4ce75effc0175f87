import type { PageChar, PdfDocument, PdfRect } from './pdfium.ts';

export interface TextHit {
  readonly pageIndex: number;
  /** Where the hit starts in the page's text (as `PdfDocument.pageChars` joins it). */
  readonly start: number;
  readonly length: number;
  /** The matched text as printed on the page. */
  readonly text: string;
  /** One rectangle per line the hit covers, in page space (points from the bottom left). */
  readonly rects: readonly PdfRect[];
}

/** Case, accents and width folded, so "lai" finds "LAI" and "Montreal" finds "Montréal". */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('und');
}

/**
 * Every occurrence of `query` in the page's characters, folded (see foldForSearch) and with runs
 * of white space matching any white space, with the boxes of the characters it covers merged per
 * line. Searching characters, not the joined string, keeps each hit tied to its boxes.
 */
export function findInChars(chars: readonly PageChar[], query: string, pageIndex = 0): TextHit[] {
  const needle = foldForSearch(query).replace(/\s+/gu, ' ').trim();
  if (needle === '') return [];
  // One folded unit per character (folding may drop a mark but never adds a character here).
  const folded = chars.map((c) => (/\s/u.test(c.text) ? ' ' : foldForSearch(c.text)));
  const hits: TextHit[] = [];
  for (let start = 0; start < folded.length; start += 1) {
    let i = start;
    let matched = 0;
    while (i < folded.length && matched < needle.length) {
      const unit = folded[i]!;
      if (unit === ' ' && needle[matched] === ' ') {
        matched += 1;
        i += 1;
        while (i < folded.length && folded[i] === ' ') i += 1;
        continue;
      }
      if (unit === '') {
        i += 1;
        continue;
      }
      if (!needle.startsWith(unit, matched)) break;
      matched += unit.length;
      i += 1;
    }
    if (matched === needle.length && folded[start] !== ' ') {
      const covered = chars.slice(start, i);
      hits.push({ pageIndex, start, length: i - start, text: covered.map((c) => c.text).join(''), rects: lineRects(covered) });
      start = i - 1;
    }
  }
  return hits;
}

/** The characters' boxes merged into one rectangle per line (a new line where a box does not overlap the last one vertically). */
export function lineRects(chars: readonly PageChar[]): PdfRect[] {
  const rects: PdfRect[] = [];
  for (const c of chars) {
    if (!c.box) continue;
    const last = rects.at(-1);
    const overlap = last ? Math.min(last.top, c.box.top) - Math.max(last.bottom, c.box.bottom) : -1;
    if (last && overlap > 0.5 * Math.min(last.top - last.bottom, c.box.top - c.box.bottom)) {
      rects[rects.length - 1] = {
        left: Math.min(last.left, c.box.left),
        right: Math.max(last.right, c.box.right),
        bottom: Math.min(last.bottom, c.box.bottom),
        top: Math.max(last.top, c.box.top),
      };
    } else {
      rects.push(c.box);
    }
  }
  return rects;
}

/** Every hit of `query` in the document, page by page. */
export function searchDocument(doc: PdfDocument, query: string): TextHit[] {
  const hits: TextHit[] = [];
  for (let page = 0; page < doc.pageCount; page += 1) hits.push(...findInChars(doc.pageChars(page), query, page));
  return hits;
}
