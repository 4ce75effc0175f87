import { RTL_LETTER } from '../core/lang/bidi.ts';
import { directionForLang, type TextDirection } from '../core/lang/direction.ts';
import type { Direction } from '../documents/model.ts';

/** The left-to-right stretches both renderers isolate in right-to-left text: the rule is core's. */
export { ltrSegments, type DirSegment } from '../core/lang/bidi.ts';

const STRONG_ANY = /[\p{L}]/u;

/** 'auto': the first strong character decides, as HTML's dir="auto" does. */
function firstStrong(text: string): TextDirection | undefined {
  for (const ch of text) {
    if (RTL_LETTER.test(ch)) return 'rtl';
    if (STRONG_ANY.test(ch)) return 'ltr';
  }
  return undefined;
}

/**
 * The direction in force at a node inside a parent of direction `parent`: its own dir, else its
 * language's direction when it sets a language (a Persian paragraph in an English letter is
 * right-to-left), else the parent's. `text` only matters for dir 'auto'. Both renderers follow
 * this rule.
 */
export function resolveDir(dir: Direction | undefined, lang: string | undefined, parent: TextDirection, text = ''): TextDirection {
  if (dir === 'ltr' || dir === 'rtl') return dir;
  if (dir === 'auto') return firstStrong(text) ?? parent;
  return lang === undefined ? parent : directionForLang(lang);
}
