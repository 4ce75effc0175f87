import type { ReactNode } from 'react';

/**
 * Left-to-right stretches inside right-to-left text, found by the rule the document renderers
 * print with (src-main/render/bidi.ts): a stretch is tokens separated by spaces, each starting
 * with a letter of a left-to-right script or an ASCII digit and holding letters, digits and
 * marks joined by - / . : _ # + , ' ’. Shown isolated, "0003-B6-04567" in a Persian sentence
 * reads in its own order instead of as "B6-04567-0003"; Persian digits need no isolation.
 */
const RTL = String.raw`\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}`;
const PART = String.raw`(?:(?![${RTL}])[\p{L}\p{M}\p{Nd}])`;
const START = String.raw`(?:[0-9]|(?![${RTL}])\p{L})`;
const TOKEN = String.raw`${START}${PART}*(?:[\-/.:_#+,'’‐‑]+${PART}+)*`;
const STRETCH = new RegExp(String.raw`(?<![\p{L}\p{M}\p{Nd}])${TOKEN}(?:[ \u00a0]+${TOKEN})*`, 'gu');

export interface Segment {
  readonly text: string;
  readonly ltr: boolean;
}

/** The text cut into left-to-right stretches and the rest, in order; the pieces join back to the text. */
export function ltrSegments(text: string): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const match of text.matchAll(STRETCH)) {
    if (match.index > at) out.push({ text: text.slice(at, match.index), ltr: false });
    out.push({ text: match[0], ltr: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), ltr: false });
  return out;
}

/** Right-to-left text for reading, its left-to-right stretches isolated; other text as it is. */
export function Isolated({ text, dir }: { readonly text: string; readonly dir: 'ltr' | 'rtl' }): ReactNode {
  if (dir !== 'rtl') return text;
  return ltrSegments(text).map((segment, i) =>
    segment.ltr ? (
      <span key={i} dir="ltr">
        {segment.text}
      </span>
    ) : (
      segment.text
    ),
  );
}
