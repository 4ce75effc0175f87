import type { FontScript } from '../../core/lang/script.ts';

/** Families in the order Chromium should try them for each script group. */
const PRIMARY: Record<FontScript, readonly string[]> = {
  latin: ['Noto Sans'],
  sc: ['Noto Sans SC'],
  tc: ['Noto Sans TC'],
  jp: ['Noto Sans JP'],
  kr: ['Noto Sans KR'],
  thai: ['Noto Sans Thai'],
  arabic: ['Noto Naskh Arabic'],
  urdu: ['Noto Nastaliq Urdu', 'Noto Naskh Arabic'],
  devanagari: ['Noto Sans Devanagari'],
  gurmukhi: ['Noto Sans Gurmukhi'],
  ethiopic: ['Noto Sans Ethiopic'],
};

/** Fallback order for characters outside the text's own script (a Chinese name in a Thai letter). */
const FALLBACK: readonly string[] = [
  'Noto Sans',
  'Noto Sans SC',
  'Noto Sans TC',
  'Noto Sans JP',
  'Noto Sans KR',
  'Noto Sans Thai',
  'Noto Naskh Arabic',
  'Noto Sans Devanagari',
  'Noto Sans Gurmukhi',
  'Noto Sans Ethiopic',
];

export type Typeface = 'sans' | 'serif';

/**
 * A full stack of bundled families: the script's own first, then every other bundled family,
 * ending with a Latin family so Latin names and digits inside any script have a bundled face
 * (for Latin text the Latin family simply comes first). No generic family: a character that no
 * bundled font has is caught by the coverage pre-flight rather than drawn with whatever the
 * machine happens to have.
 */
export function fontStack(script: FontScript, typeface: Typeface = 'sans'): string {
  const latin = typeface === 'serif' ? 'Noto Serif' : 'Noto Sans';
  const head = script === 'latin' ? [latin] : PRIMARY[script];
  const others = FALLBACK.filter((f) => f !== 'Noto Sans' && !head.includes(f));
  const tail = script === 'latin' ? ['Noto Sans'] : [latin];
  const families = [...head, ...others, ...tail].filter((family, i, all) => all.indexOf(family) === i);
  return families.map((family) => `'${family}'`).join(', ');
}

export const FONT_SCRIPTS: readonly FontScript[] = Object.keys(PRIMARY) as FontScript[];
