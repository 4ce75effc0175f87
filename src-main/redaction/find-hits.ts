import type { PdfDocument, PdfRect } from '../pdf-engine/pdfium.ts';
import { lineRects, searchDocument } from '../pdf-engine/search.ts';
import { matchPattern, type RedactionPatternName } from './patterns.ts';

/** What a redaction search looks for: a text (folded for case and accents), or one of the ready patterns. */
export type RedactionQuery = { readonly text: string } | { readonly pattern: RedactionPatternName };

export interface RedactionHit {
  readonly pageIndex: number;
  /** The text as printed on the page: shown while reviewing, never kept in the log. */
  readonly text: string;
  readonly rects: readonly PdfRect[];
}

/**
 * Glyph boxes hug the ink; a mark reaches a little past them so the tops of capitals, descenders
 * and anti-aliased edges go too (points).
 */
const HIT_MARGIN = 1;

/** Every hit of the query in the document, one rectangle a line, each grown by HIT_MARGIN. */
export function findRedactionHits(doc: PdfDocument, query: RedactionQuery): RedactionHit[] {
  const hits = 'text' in query ? searchDocument(doc, query.text) : patternHits(doc, query.pattern);
  return hits
    .filter((h) => h.rects.length > 0)
    .map((h) => ({
      pageIndex: h.pageIndex,
      text: h.text,
      rects: h.rects.map((r) => ({
        left: r.left - HIT_MARGIN,
        bottom: r.bottom - HIT_MARGIN,
        right: r.right + HIT_MARGIN,
        top: r.top + HIT_MARGIN,
      })),
    }));
}

function patternHits(doc: PdfDocument, pattern: RedactionPatternName): RedactionHit[] {
  const hits: RedactionHit[] = [];
  for (let pageIndex = 0; pageIndex < doc.pageCount; pageIndex += 1) {
    const chars = doc.pageChars(pageIndex);
    // Each character's start in the joined text, so a match maps back to the characters (and boxes) it covers.
    const starts: number[] = [];
    let text = '';
    for (const c of chars) {
      starts.push(text.length);
      text += c.text;
    }
    for (const match of matchPattern(text, pattern)) {
      const first = starts.findIndex((s, i) => s <= match.start && (starts[i + 1] ?? text.length) > match.start);
      let last = first;
      while (last + 1 < chars.length && starts[last + 1]! < match.end) last += 1;
      const covered = chars.slice(first, last + 1);
      hits.push({ pageIndex, text: match.text, rects: lineRects(covered) });
    }
  }
  return hits;
}
