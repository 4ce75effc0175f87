/**
 * How big a stamped label (page number, tab number) is on a page of a given size. On any page
 * from 4 to 17 inches on its shorter side (letter, legal, A4, tabloid, a photo print): 9 pt
 * (11 pt bold), 18 pt from the edge, on a box padded by 2 pt, as always. A smaller page (a
 * receipt, a stamp-sized scan under an inch) scales the label down with it and tucks it into the
 * page's outer 3 %, so it does not cover the content, but never below 4 pt, the smallest size
 * still read on paper. A larger page (a plan, a 200-inch scroll) scales it up, so it can still be
 * read when the page is shown whole, up to 24 times.
 */
export interface LabelSize {
  readonly size: number;
  readonly edge: number;
  readonly pad: number;
}

const SMALL = 288;
const LARGE = 1224;
const LETTER = 612;
const BASE = { size: 9, bold: 11, edge: 18, pad: 2 } as const;
const MIN_SIZE = 4;
const MAX_SCALE = 24;
const EDGE_SHARE = 0.03;

export function labelSize(box: { readonly width: number; readonly height: number }, bold: boolean): LabelSize {
  const short = Math.max(1, Math.min(Math.abs(box.width), Math.abs(box.height)));
  const base = bold ? BASE.bold : BASE.size;
  // Above 17 inches the label grows toward its letter-page share of the page (continuous at 17 inches).
  const raw = short < SMALL ? short / SMALL : short > LARGE ? short / LETTER - 1 : 1;
  const scale = Math.min(MAX_SCALE, Math.max(MIN_SIZE / base, raw));
  // A small page's label sits in its outer few percent: the edge and padding shrink with the page, not only with the type.
  const small = short < SMALL;
  return {
    size: base * scale,
    edge: small ? Math.min(BASE.edge * scale, short * EDGE_SHARE) : BASE.edge * scale,
    pad: small ? Math.min(BASE.pad * scale, short * 0.01) : BASE.pad * scale,
  };
}
