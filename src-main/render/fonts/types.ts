/** A closed range of code points, inclusive at both ends. */
export type CodePointRange = readonly [start: number, end: number];

/** One bundled font file (a fontsource subset) and the @font-face it is loaded by. */
export interface FontFaceEntry {
  readonly family: string;
  readonly weight: 400 | 700;
  readonly style: 'normal' | 'italic';
  /** Path under the fonts directory, "noto-sans-sc/files/noto-sans-sc-4-400-normal.woff2". */
  readonly file: string;
  /** The unicode-range descriptor exactly as fontsource wrote it. */
  readonly unicodeRange: string;
  readonly ranges: readonly CodePointRange[];
}

/** Where the printed page fetches a font file from; the printer adapter serves that URL. */
export type FontUrl = (face: FontFaceEntry) => string;
