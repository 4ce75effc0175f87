import { execFileSync } from 'node:child_process';

/** A word as `pdftotext -bbox` reports it: its glyphs in visual order (left to right), and its box. */
export interface PdfWord {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

const decode = (s: string): string =>
  s.replace(/&(amp|lt|gt|quot|apos|#\d+);/gu, (_m, e: string) =>
    e === 'amp'
      ? '&'
      : e === 'lt'
        ? '<'
        : e === 'gt'
          ? '>'
          : e === 'quot'
            ? '"'
            : e === 'apos'
              ? "'"
              : String.fromCodePoint(Number(e.slice(1))),
  );

/**
 * The words of one page of a PDF, with their boxes, as poppler's pdftotext reads them; the
 * right-to-left marks the text layer holds around digits and punctuation are direction, not
 * text, and are left out.
 */
export function pdfWords(file: string, page: number): PdfWord[] {
  const xml = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
  return [...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/gu)].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
    text: decode(m[5] ?? '').replace(/\u200f/gu, ''),
  }));
}

/**
 * Words grouped into printed lines, top to bottom. A word joins a line when its vertical middle
 * falls inside the line's first word: Naskh joins some letters above or below the baseline
 * (cursive attachment), so pdftotext reports them as words of their own, a little higher or
 * lower, which this puts back on their line.
 */
export function printedLines(words: readonly PdfWord[]): PdfWord[][] {
  const lines: { band: PdfWord; words: PdfWord[] }[] = [];
  for (const word of [...words].sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin)) {
    const middle = (word.yMin + word.yMax) / 2;
    const line = lines.find((l) => middle >= l.band.yMin && middle <= l.band.yMax);
    if (line) line.words.push(word);
    else lines.push({ band: word, words: [word] });
  }
  return lines.map((l) => l.words.sort((a, b) => a.xMin - b.xMin));
}

/** Pieces closer than this (points) are one word that pdftotext split at a joined letter. */
const SAME_WORD_GAP = 1.5;
/** Characters that read left to right inside right-to-left text: Latin letters and digits of any script, and what joins them. */
const LTR_RUN = /[\p{Script=Latin}\p{Nd}](?:[\p{Script=Latin}\p{Nd}\-./: ]*[\p{Script=Latin}\p{Nd}])?/gu;

/** A line as printed, left to right: its words, with a space where the gap between them is a space. */
export function visualText(line: readonly PdfWord[]): string {
  let out = '';
  line.forEach((word, i) => {
    const before = line[i - 1];
    out += (before !== undefined && word.xMin - before.xMax > SAME_WORD_GAP ? ' ' : '') + word.text;
  });
  return out;
}

/**
 * A right-to-left line read back in logical order, the order it was typed in: the visual line
 * reversed, then each left-to-right run (a Latin name, a file number, a number in any digits)
 * turned back. This is what a reader of the page reads; if the PDF printed "0003-B6-01234" as
 * "B6-01234-0003", this returns the latter.
 */
export function logicalRtl(line: readonly PdfWord[]): string {
  return [...visualText(line)]
    .reverse()
    .join('')
    .replace(LTR_RUN, (run) => [...run].reverse().join(''));
}

/** Text without spaces, zero-width joiners and bidi controls: what two readings must agree on. */
export const letters = (s: string): string => s.replace(/[\s\u200b-\u200f\u202a-\u202e\u2066-\u2069]/gu, '');
