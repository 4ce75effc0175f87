/**
 * Left-to-right stretches inside right-to-left text: a Latin name, a file number, a date in
 * Western digits in a Persian sentence. The Unicode bidi algorithm alone gets some of them wrong
 * in a right-to-left paragraph: "0003-B6-01234" starts with digits that take the direction of
 * the Persian before them, so it prints as "B6-01234-0003". Whatever shows such text isolates
 * these stretches (HTML and the app: a span with dir="ltr"; DOCX: a run that is not
 * right-to-left, held between LRE and PDF), so they read in their own order and their
 * neighbours keep theirs. The documents and the app share this one rule, so the app shows
 * what prints.
 *
 * A stretch is one or more tokens separated by spaces; a token starts with a letter of a
 * left-to-right script or an ASCII digit and may hold letters, digits and combining marks
 * joined by - / . : _ # + , ' ’ ("IMM-1234-25", "s.140", "4,800", "O'Neil"). Punctuation that
 * ends a sentence stays outside, with the right-to-left text it closes. Digits of Arabic script
 * (۰–۹, ٠–٩) alone are not a stretch: they already read right in right-to-left text.
 */
export interface DirSegment {
  readonly text: string;
  /** True for a left-to-right stretch to isolate; false for text left in the run's direction. */
  readonly ltr: boolean;
}

/** A letter of a right-to-left script. */
export const RTL_LETTER =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}]/u;
const LETTER = /\p{L}/u;
const WORD_PART = /[\p{L}\p{M}\p{Nd}]/u;
const JOINERS = new Set(['-', '/', '.', ':', '_', '#', '+', ',', "'", '’', '‐', '‑']);
const SPACES = new Set([' ', '\u00a0']);

/** A character that starts a token: a letter of a left-to-right script or an ASCII digit. */
function startsToken(ch: string): boolean {
  return (ch >= '0' && ch <= '9') || (LETTER.test(ch) && !RTL_LETTER.test(ch));
}

/** A character that continues a token: anything of a word except a right-to-left letter. */
function continuesToken(ch: string): boolean {
  return WORD_PART.test(ch) && !RTL_LETTER.test(ch);
}

/** End (exclusive) of the token starting at `start` in `chars`. */
function tokenEnd(chars: readonly string[], start: number): number {
  let end = start + 1;
  for (;;) {
    while (end < chars.length && continuesToken(chars[end] ?? '')) end += 1;
    // A run of joiners continues the token only when another token character follows it.
    let next = end;
    while (next < chars.length && JOINERS.has(chars[next] ?? '')) next += 1;
    if (next === end || next >= chars.length || !continuesToken(chars[next] ?? '')) return end;
    end = next;
  }
}

/** End (exclusive) of the stretch of tokens separated by spaces that starts at `start`. */
function stretchEnd(chars: readonly string[], start: number): number {
  let end = tokenEnd(chars, start);
  for (;;) {
    let next = end;
    while (next < chars.length && SPACES.has(chars[next] ?? '')) next += 1;
    if (next === end || next >= chars.length || !startsToken(chars[next] ?? '')) return end;
    end = tokenEnd(chars, next);
  }
}

/**
 * `text`, set right to left, cut into left-to-right stretches and the rest, in order; the pieces
 * concatenate to the input.
 */
export function ltrSegments(text: string): DirSegment[] {
  const chars = [...text];
  const out: DirSegment[] = [];
  let plain = '';
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i] ?? '';
    // A token starts only at a word boundary: not in the middle of a right-to-left word.
    if (startsToken(ch) && !WORD_PART.test(chars[i - 1] ?? ' ')) {
      const end = stretchEnd(chars, i);
      if (plain !== '') out.push({ text: plain, ltr: false });
      plain = '';
      out.push({ text: chars.slice(i, end).join(''), ltr: true });
      i = end;
    } else {
      plain += ch;
      i += 1;
    }
  }
  if (plain !== '') out.push({ text: plain, ltr: false });
  return out;
}
