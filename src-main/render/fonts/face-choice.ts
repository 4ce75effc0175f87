import { readFileSync } from 'node:fs';
import * as fontkit from '@cantoo/fontkit';
import { groupOfCluster, SCRIPT_PATTERNS, type ScriptGroup } from '../../core/lang/script-groups.ts';
import { FONT_OF_GROUP, type FontScript } from '../../core/lang/script.ts';
import { EMOJI_FAMILY, FAMILIES_OF, latinFamily, stackFamilies } from './families.ts';
import type { FontLibrary } from './library.ts';
import type { FontFaceEntry } from './types.ts';
import { inRanges } from './unicode-range.ts';

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

/** Whether a family draws a code point. Only the regular faces: every bundled family has the same characters in 400 and 700. */
export function familyDraws(library: FontLibrary, family: string, codePoint: number): boolean {
  return library.faces.some(
    (face) =>
      face.family === family &&
      face.weight === 400 &&
      face.style === 'normal' &&
      inRanges(face.ranges, codePoint) &&
      faceCoverage(library, face).has(codePoint),
  );
}

/**
 * The family Chromium draws a cluster with in text of font group `script`: the first of the
 * stack that has every character of it (Chromium keeps a cluster in one font where it can),
 * else the first that has its first character; undefined when no bundled family has it.
 */
export function chosenFamily(library: FontLibrary, script: FontScript, points: readonly number[]): string | undefined {
  const stack = stackFamilies(script);
  const first = points[0];
  if (first === undefined) return undefined;
  return (
    stack.find((family) => points.every((cp) => familyDraws(library, family, cp))) ??
    stack.find((family) => familyDraws(library, family, first))
  );
}

const CJK: ReadonlySet<FontScript> = new Set(['sc', 'tc', 'jp', 'kr']);
const LATIN_GROUPS: ReadonlySet<ScriptGroup> = new Set(['Latin', 'Greek', 'Cyrillic']);
const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u20E3]/u;

/**
 * What a cluster is written in, as the pre-flight names it: a script group, "emoji", "symbol"
 * (punctuation and signs of no script), or "other" (a script Dossier does not tell apart, private use).
 */
export type ClusterScript = ScriptGroup | 'emoji' | 'symbol' | 'other';

export function scriptOfCluster(cluster: string): ClusterScript {
  const group = groupOfCluster(cluster);
  if (group !== undefined) return group;
  if (EMOJI.test(cluster)) return 'emoji';
  return /^[\p{Script=Common}\p{Script=Inherited}]+$/u.test(cluster) ? 'symbol' : 'other';
}

/**
 * The families meant to draw a cluster in text of font group `script`; empty when Dossier
 * bundles no font for the cluster's script.
 * - Letters of a script: that script's family. Han, kana and Hangul inside Chinese, Japanese or
 *   Korean text take that text's family (regional forms); Arabic in Urdu text Nastaliq, then Naskh.
 *   Latin, Greek and Cyrillic letters take the Latin families, or the text's own family (the
 *   fonts bundled before the script table had the same Latin letters in a subset of their own).
 * - Emoji: the emoji font, or the Latin one (©, digits).
 * - Punctuation, digits and marks of no script: the text's own family, the Latin ones, or the
 *   family of a script that uses them ("。" with Han, "،" with Arabic). A sign none of those has
 *   ("→", missing from Noto Sans) is meant for whichever bundled font has it (`drawnAsMeant`).
 */
export function intendedFamilies(script: FontScript, cluster: string): readonly string[] {
  const own = FAMILIES_OF[script];
  const latin = [latinFamily('sans'), latinFamily('serif')];
  const group = groupOfCluster(cluster);
  if (group !== undefined) {
    const groupScript = FONT_OF_GROUP[group];
    if (groupScript === undefined) return [];
    if (LATIN_GROUPS.has(group)) return [...latin, ...own];
    if (CJK.has(groupScript) && CJK.has(script)) return own;
    if (group === 'Arabic' && script === 'urdu') return own;
    return FAMILIES_OF[groupScript];
  }
  const first = [...cluster][0] ?? '';
  const users = SCRIPT_PATTERNS.filter(([, , extensions]) => extensions.test(first)).flatMap(([g]) => {
    const s = FONT_OF_GROUP[g];
    return s === undefined ? [] : FAMILIES_OF[s];
  });
  return [...own, ...latin, ...(EMOJI.test(cluster) ? [EMOJI_FAMILY] : []), ...users];
}

/** Families that draw Western punctuation full width (East Asian typography). */
const FULL_WIDTH_FAMILIES: ReadonlySet<string> = new Set(['sc', 'tc', 'jp', 'kr'].flatMap((s) => FAMILIES_OF[s as FontScript]));

/**
 * Whether `family` (Chromium's choice, see `chosenFamily`) is a font meant for the cluster in
 * text of font group `script`. A sign of no script that none of its meant families has ("→",
 * missing from Noto Sans) may come from any bundled font that draws it well: there is no better
 * one, and refusing it would refuse arrows and dingbats that have always printed. Punctuation is
 * the exception: the Chinese, Japanese and Korean fonts draw it full width, so "‐" from Noto Sans
 * SC in Cyrillic text is refused (U+2010 is printed as a hyphen-minus instead, printed-form.ts).
 */
export function drawnAsMeant(library: FontLibrary, script: FontScript, cluster: string, family: string): boolean {
  const meant = intendedFamilies(script, cluster);
  if (meant.includes(family)) return true;
  if (groupOfCluster(cluster) !== undefined) return false;
  if (/\p{P}/u.test(cluster) && FULL_WIDTH_FAMILIES.has(family)) return false;
  const points = [...cluster].map((ch) => ch.codePointAt(0) ?? 0);
  return !meant.some((f) => points.every((cp) => familyDraws(library, f, cp)));
}
