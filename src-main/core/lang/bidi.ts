import type { TextDirection } from './direction.ts';

/**
 * Stretches of the other direction inside a line of text: a Latin name, a file number, an
 * address or a date in Western digits in a Persian sentence; a Persian name or date in an
 * English one. The Unicode bidi algorithm alone gets some of them wrong: "0003-B6-01234" after
 * Persian words starts with digits that take the direction of the Persian before them, so it
 * prints as "B6-01234-0003"; "۲۰ اسفند ۱۴۰۴ (2026-03-11)" in an English sentence pulls the
 * parenthesis and the date into the Persian. Whatever shows such text isolates these stretches
 * (HTML and the app: an element with dir; DOCX: the text between LRI or RLI and PDI, in a run
 * of its own direction), so they read in their own order and their neighbours keep theirs. The
 * documents and the app share this one rule, so the app shows what prints.
 *
 * A stretch is one or more tokens. A left-to-right token starts with a letter of a
 * left-to-right script or an ASCII digit and may hold letters, digits and combining marks
 * joined by - / . : _ # + , ' ’ ("IMM-1234-25", "s.140", "4,800", "O'Neil"); a right-to-left
 * token starts with a right-to-left letter or an Arabic-script digit. Tokens separated by
 * spaces, or by a comma, semicolon, colon or full stop and spaces, are one stretch, so "12 Main
 * Street, Apt. 3, Toronto" stays together; a bracketed part counts when its brackets close
 * inside the stretch ("+1 (416) 555-0100"). Punctuation that ends a sentence stays outside,
 * with the text it closes. Digits of Arabic script (۰–۹, ٠–٩) alone are not a left-to-right
 * stretch: they already read right in right-to-left text.
 */
export interface DirSegment {
  readonly text: string;
  /** True for a left-to-right stretch to isolate; false for text left in the run's direction. */
  readonly ltr: boolean;
}

/** A piece of a line: text to isolate in the direction named, or text left in the line's own. */
export interface BidiPiece {
  readonly text: string;
  readonly isolate?: TextDirection;
}

/** A letter of a right-to-left script. */
export const RTL_LETTER =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}]/u;
const LETTER = /\p{L}/u;
const WORD_PART = /[\p{L}\p{M}\p{Nd}]/u;
const ARABIC_DIGIT = /[\u0660-\u0669\u06f0-\u06f9]/u;
/** Explicit bidi controls: embeddings, overrides, isolates and marks. */
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const LTR_JOINERS = new Set(['-', '/', '.', ':', '_', '#', '+', ',', "'", '’', '‐', '‑']);
const RTL_JOINERS = new Set(['-', '/', '.', ':', '\u200c', '\u200d', '٫', '٬']);
/** What may separate two tokens of one stretch: these, then at least one space. */
const SEPARATORS = new Set([',', ';', ':', '.', '،', '؛']);
const SPACES = new Set([' ', '\u00a0']);

interface Side {
  readonly starts: (ch: string) => boolean;
  readonly continues: (ch: string) => boolean;
  readonly joiners: ReadonlySet<string>;
  /** Tokens of the other side that may sit inside a stretch, though never end it. */
  readonly bridges?: (ch: string) => boolean;
}

const LTR_SIDE: Side = {
  starts: (ch) => (ch >= '0' && ch <= '9') || (LETTER.test(ch) && !RTL_LETTER.test(ch)),
  continues: (ch) => WORD_PART.test(ch) && !RTL_LETTER.test(ch),
  joiners: LTR_JOINERS,
};

/** A Persian sentence in an English paragraph holds its Latin words: "مأموران CBSA مرا" is one stretch. */
const RTL_SIDE: Side = {
  starts: (ch) => RTL_LETTER.test(ch) || ARABIC_DIGIT.test(ch),
  continues: (ch) => WORD_PART.test(ch) && (RTL_LETTER.test(ch) || !LETTER.test(ch)),
  joiners: RTL_JOINERS,
  bridges: LTR_SIDE.starts,
};

const OTHER = new Map<Side, Side>([[RTL_SIDE, LTR_SIDE]]);

/** End (exclusive) of the token starting at `start` in `chars`. */
function tokenEnd(side: Side, chars: readonly string[], start: number): number {
  let end = start + 1;
  for (;;) {
    while (end < chars.length && side.continues(chars[end] ?? '')) end += 1;
    // A run of joiners continues the token only when another token character follows it.
    let next = end;
    while (next < chars.length && side.joiners.has(chars[next] ?? '')) next += 1;
    if (next === end || next >= chars.length || !side.continues(chars[next] ?? '')) return end;
    end = next;
  }
}

/** Where the next token of the stretch starts after `end` (and whether it opens a bracket, ends the stretch), or undefined. */
function nextToken(side: Side, chars: readonly string[], end: number): { at: number; opens: boolean; strict: boolean } | undefined {
  let next = end;
  if (SEPARATORS.has(chars[next] ?? '')) next += 1;
  const spaced = next;
  while (next < chars.length && SPACES.has(chars[next] ?? '')) next += 1;
  if (next === spaced) return undefined;
  const opens = chars[next] === '(';
  if (opens) next += 1;
  const ch = chars[next] ?? '';
  if (side.starts(ch)) return { at: next, opens, strict: true };
  return side.bridges?.(ch) === true ? { at: next, opens, strict: false } : undefined;
}

/**
 * End (exclusive) of the stretch that starts at `start`: tokens joined by separators, each
 * bracket it opens closed inside it; an unclosed bracket and what follows are left out.
 */
function stretchEnd(side: Side, chars: readonly string[], start: number): number {
  let end = tokenEnd(side, chars, start);
  let safe = end;
  let open = 0;
  let strict = true;
  for (;;) {
    while (open > 0 && chars[end] === ')') {
      open -= 1;
      end += 1;
    }
    if (open === 0 && strict) safe = end;
    const next = nextToken(side, chars, end);
    if (next === undefined) return safe;
    if (next.opens) open += 1;
    strict = next.strict;
    end = tokenEnd(next.strict ? side : (OTHER.get(side) ?? side), chars, next.at);
  }
}

/** `text` cut into stretches of `side` (isolated in `dir`) and the rest, in order. */
function stretches(text: string, side: Side, dir: TextDirection): BidiPiece[] {
  const chars = [...text];
  const out: BidiPiece[] = [];
  let plain = '';
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i] ?? '';
    // A token starts only at a word boundary: not in the middle of a word of the other side.
    // A telephone number keeps its plus sign: "+1 (416) 555-0100".
    const plus = side === LTR_SIDE && ch === '+' && /[0-9]/u.test(chars[i + 1] ?? '');
    if ((plus || side.starts(ch)) && !WORD_PART.test(chars[i - 1] ?? ' ')) {
      const end = plus ? stretchEnd(side, chars, i + 1) : stretchEnd(side, chars, i);
      if (plain !== '') out.push({ text: plain });
      plain = '';
      out.push({ text: chars.slice(i, end).join(''), isolate: dir });
      i = end;
    } else {
      plain += ch;
      i += 1;
    }
  }
  if (plain !== '') out.push({ text: plain });
  return out;
}

/**
 * A line set in `dir`, cut into the stretches of the other direction to isolate and the text
 * left in `dir`; the pieces concatenate to the input.
 */
export function bidiPieces(text: string, dir: TextDirection): BidiPiece[] {
  return dir === 'rtl' ? stretches(text, LTR_SIDE, 'ltr') : stretches(text, RTL_SIDE, 'rtl');
}

/**
 * `text`, set right to left, cut into left-to-right stretches and the rest, in order; the pieces
 * concatenate to the input.
 */
export function ltrSegments(text: string): DirSegment[] {
  return bidiPieces(text, 'rtl').map((p) => ({ text: p.text, ltr: p.isolate === 'ltr' }));
}

/** The direction of the first strong character, as HTML's dir="auto" finds it; undefined without one. */
export function firstStrong(text: string): TextDirection | undefined {
  for (const ch of text) {
    if (RTL_LETTER.test(ch)) return 'rtl';
    if (LETTER.test(ch)) return 'ltr';
  }
  return undefined;
}

/**
 * Whether a value inserted into a document (a name, a title, a number from the case) is isolated
 * whole from the words around it: when it holds a bidi control, whose effect must end with the
 * value, or a right-to-left letter, which reorders the template's own words beside it.
 */
export function isolatesWhole(text: string): boolean {
  return BIDI_CONTROL.test(text) || RTL_LETTER.test(text);
}
