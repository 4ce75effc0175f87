import { bidiPieces, firstStrong, isolatesWhole, type BidiPiece } from '../core/lang/bidi.ts';
import { directionForLang, type TextDirection } from '../core/lang/direction.ts';
import type { Direction } from '../documents/model.ts';

/** The stretches both renderers isolate inside a line: the rule is core's. */
export { bidiPieces, ltrSegments, type BidiPiece, type DirSegment } from '../core/lang/bidi.ts';

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

/** How a run's text is isolated in its paragraph; both renderers follow it. */
export interface RunIsolation {
  /**
   * The whole run is isolated: in its own direction when it differs from the paragraph's, or by
   * its first strong character ('auto') when it is an inserted value that could disturb its
   * neighbours (see isolatesWhole). Undefined: the run is set in the paragraph's direction.
   */
  readonly whole?: TextDirection | 'auto';
  /** The direction the run's text is set in. */
  readonly dir: TextDirection;
  /** One line of the run's text, cut into the stretches of the other direction and the rest. */
  readonly pieces: (line: string) => BidiPiece[];
}

/** The isolation of a run set in `runDir` inside a paragraph set in `paragraphDir`. */
export function runIsolation(text: string, runDir: TextDirection, paragraphDir: TextDirection, inserted: boolean): RunIsolation {
  if (runDir !== paragraphDir) return { whole: runDir, dir: runDir, pieces: (line) => bidiPieces(line, runDir) };
  if (inserted && isolatesWhole(text)) {
    const own = firstStrong(text) ?? paragraphDir;
    return { whole: 'auto', dir: own, pieces: (line) => bidiPieces(line, own) };
  }
  return { dir: paragraphDir, pieces: (line) => bidiPieces(line, paragraphDir) };
}
