import { readFileSync } from 'node:fs';
import * as fontkit from '@cantoo/fontkit';
import type { DossierDocument } from '../../documents/model.ts';
import { collectText } from '../../documents/text-walk.ts';
import { DossierError } from '../../core/errors.ts';
import { fieldIssue } from '../../core/issues/text.ts';
import { normalizeText } from '../../core/text/normalize.ts';
import { formatCodePoint } from '../../core/text/invisible.ts';
import type { FontLibrary } from './library.ts';
import type { FontFaceEntry } from './types.ts';
import { inRanges } from './unicode-range.ts';

export interface CoverageError {
  /** "U+E000". */
  readonly codePoint: string;
  readonly character: string;
  /** Where the text is, e.g. "blocks[2].runs[0]". */
  readonly path: string;
  /** Offset in UTF-16 code units within that text, after normalisation. */
  readonly offset: number;
}

/**
 * Characters that are never drawn, so need no glyph: line breaks and tabs, and format
 * characters (ZWNJ, ZWJ, bidi controls, variation selectors), which steer shaping or order.
 */
function needsGlyph(ch: string): boolean {
  return !/^[\p{Cc}\p{Cf}\p{Variation_Selector}]$/u.test(ch);
}

const cmapCache = new Map<string, ReadonlySet<number>>();

/**
 * The code points a face really draws: its cmap (read with fontkit from the woff2 Chromium will
 * load) intersected with its unicode-range (outside it Chromium never asks this file). The
 * unicode-range alone over-promises (fontsource's Latin range U+0000-00FF includes controls the
 * font has no glyph for), so it is used only as an index to decide which files to open.
 */
function faceCoverage(library: FontLibrary, face: FontFaceEntry): ReadonlySet<number> {
  const cached = cmapCache.get(face.file);
  if (cached) return cached;
  const file = library.resolve(face.file);
  const points = new Set<number>();
  if (file !== undefined) {
    const font = fontkit.create(readFileSync(file));
    if ('characterSet' in font) for (const cp of font.characterSet) if (inRanges(face.ranges, cp)) points.add(cp);
  }
  cmapCache.set(face.file, points);
  return points;
}

/** Only the regular faces: every bundled family has the same characters in 400 and 700. */
function isCovered(library: FontLibrary, codePoint: number): boolean {
  return library.faces.some(
    (face) =>
      face.weight === 400 && face.style === 'normal' && inRanges(face.ranges, codePoint) && faceCoverage(library, face).has(codePoint),
  );
}

/**
 * Every character of the document that no bundled font can draw, with where it is. Output is
 * refused when this is not empty: a box or a machine-dependent fallback glyph in a filed
 * document is worse than a clear error.
 */
export function checkCoverage(doc: DossierDocument, library: FontLibrary): CoverageError[] {
  const verdicts = new Map<number, boolean>();
  const errors: CoverageError[] = [];
  for (const { path, text } of collectText(doc)) {
    let offset = 0;
    for (const ch of normalizeText(text)) {
      const cp = ch.codePointAt(0) ?? 0;
      if (needsGlyph(ch)) {
        let ok = verdicts.get(cp);
        if (ok === undefined) {
          ok = isCovered(library, cp);
          verdicts.set(cp, ok);
        }
        if (!ok) errors.push({ codePoint: formatCodePoint(cp), character: ch, path, offset });
      }
      offset += ch.length;
    }
  }
  return errors;
}

/**
 * The coverage pre-flight every output runs first (PDF, DOCX and the packet's own pages alike):
 * nothing is written if any character lacks a bundled font, and the error names each character
 * and where it is. `what` names the document in the message when several are printed together.
 */
export function assertCoverage(doc: DossierDocument, library: FontLibrary, what?: string): void {
  const missing = checkCoverage(doc, library);
  if (missing.length === 0) return;
  throw new DossierError(
    'VALIDATION',
    `${missing.length} character(s)${what === undefined ? '' : ` in ${what}`} cannot be shown with the bundled fonts.`,
    missing.map((m) => fieldIssue(m.path, 'noGlyph', { codePoint: m.codePoint, character: m.character, offset: m.offset })),
  );
}
