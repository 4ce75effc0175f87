import type { DocLang } from '../../documents/builders/format-date.ts';

/**
 * Printed page numbers and the matching PDF page labels. Pure: the stamper prints what
 * `labelText` returns and the /PageLabels tree is built from `labelRanges`, so a reader's page
 * box shows exactly the number printed on the page.
 */
export type LabelStyle =
  { readonly kind: 'page-of' } | { readonly kind: 'short' } | { readonly kind: 'bates'; readonly prefix: string; readonly pad: number };

export const LABEL_STYLE_KINDS = ['page-of', 'short', 'bates'] as const;

/** Only characters every standard PDF font draws: the stamp is pdf-lib text, never prose. */
export const SAFE_PREFIX = /^[A-Za-z0-9 ._-]{0,12}$/u;

/** The page number as it appears in the PDF viewer's page box and in the list of documents. */
export function numberLabel(style: LabelStyle, n: number): string {
  return style.kind === 'bates' ? `${style.prefix}${String(n).padStart(style.pad, '0')}` : String(n);
}

/**
 * The words stamped on the pages, in the language of the proceedings: page numbers, the tab on a
 * tab's first page ("Tab 3", "Onglet 3"), the divider ("TAB 3", "ONGLET 3"). Drawn with a standard
 * PDF font, so Latin-1 only.
 */
export const stampWords = {
  en: {
    pageOf: (n: number, last: number) => `Page ${n} of ${last}`,
    pageShort: (n: number) => `p. ${n}`,
    tab: (tab: string) => `Tab ${tab}`,
    divider: (tab: string) => `TAB ${tab}`,
  },
  fr: {
    pageOf: (n: number, last: number) => `Page ${n} de ${last}`,
    pageShort: (n: number) => `p. ${n}`,
    tab: (tab: string) => `Onglet ${tab}`,
    divider: (tab: string) => `ONGLET ${tab}`,
  },
} as const satisfies Record<DocLang, unknown>;

/** The text stamped on the page, in the language of the proceedings ("Page 4 of 29", "Page 4 de 29"). */
export function labelText(style: LabelStyle, n: number, last: number, lang: DocLang): string {
  switch (style.kind) {
    case 'page-of':
      return stampWords[lang].pageOf(n, last);
    case 'short':
      return stampWords[lang].pageShort(n);
    case 'bates':
      return numberLabel(style, n);
  }
}

/** One /PageLabels range: from a 0-based page index, decimal numbers from `start` with a prefix, or lower-case roman. */
export interface LabelRange {
  readonly fromIndex: number;
  readonly style: 'decimal' | 'roman';
  readonly prefix: string;
  readonly start: number;
}

/**
 * Ranges for a volume given each page's printed number (undefined = unnumbered). /PageLabels has
 * no zero padding, so a padded Bates number is written as a fixed prefix that changes where the
 * digit count does (APP-00000 + 9, then APP-0000 + 10). Unnumbered pages (an unnumbered cover or
 * list) get roman numerals, as front matter conventionally does.
 */
export function labelRanges(style: LabelStyle, numbers: readonly (number | undefined)[]): LabelRange[] {
  const ranges: LabelRange[] = [];
  let romanCount = 0;
  let previous: { key: string; next: number | undefined } | undefined;
  numbers.forEach((n, index) => {
    if (n === undefined) {
      romanCount += 1;
      if (previous?.key !== 'roman') ranges.push({ fromIndex: index, style: 'roman', prefix: '', start: romanCount });
      previous = { key: 'roman', next: undefined };
      return;
    }
    const prefix = decimalPrefix(style, n);
    const key = `d:${prefix}`;
    if (previous?.key !== key || previous.next !== n) ranges.push({ fromIndex: index, style: 'decimal', prefix, start: n });
    previous = { key, next: n + 1 };
  });
  return ranges;
}

function decimalPrefix(style: LabelStyle, n: number): string {
  if (style.kind !== 'bates') return '';
  const digits = String(n).length;
  return `${style.prefix}${'0'.repeat(Math.max(0, style.pad - digits))}`;
}

/** What a reader shows for page `index` under `ranges` (the inverse of labelRanges, used by tests). */
export function labelAt(ranges: readonly LabelRange[], index: number): string {
  let range: LabelRange | undefined;
  for (const r of ranges) if (r.fromIndex <= index) range = r;
  if (!range) return String(index + 1);
  const value = range.start + (index - range.fromIndex);
  return range.style === 'roman' ? toRoman(value) : `${range.prefix}${value}`;
}

export function toRoman(value: number): string {
  const table: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let rest = value;
  let out = '';
  for (const [n, s] of table) {
    while (rest >= n) {
      out += s;
      rest -= n;
    }
  }
  return out;
}
