import type { FontScript } from '../../core/lang/script.ts';

/**
 * The bundled families of each font group, in the order Chromium should try them, named exactly
 * as templates/fonts/manifest.json names them (Word uses the same names when they are installed).
 * The one table the PDF stacks, the DOCX run fonts and the coverage pre-flight read.
 */
export const FAMILIES_OF: Readonly<Record<FontScript, readonly string[]>> = {
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
  bengali: ['Noto Sans Bengali'],
  tamil: ['Noto Sans Tamil'],
  telugu: ['Noto Sans Telugu'],
  gujarati: ['Noto Sans Gujarati'],
  malayalam: ['Noto Sans Malayalam'],
  kannada: ['Noto Sans Kannada'],
  sinhala: ['Noto Sans Sinhala'],
  myanmar: ['Noto Sans Myanmar'],
  khmer: ['Noto Sans Khmer'],
  lao: ['Noto Sans Lao'],
  hebrew: ['Noto Sans Hebrew'],
  thaana: ['Noto Sans Thaana'],
  georgian: ['Noto Sans Georgian'],
  armenian: ['Noto Sans Armenian'],
  tibetan: ['Noto Serif Tibetan'],
  syriac: ['Noto Sans Syriac'],
  mongolian: ['Noto Sans Mongolian'],
  cherokee: ['Noto Sans Cherokee'],
  tifinagh: ['Noto Sans Tifinagh'],
  canadian: ['Noto Sans Canadian Aboriginal'],
};

/** Monochrome emoji: prints like text, in black. */
export const EMOJI_FAMILY = 'Noto Emoji';

export type Typeface = 'sans' | 'serif';

/** The Latin family of a typeface: Latin, Greek, Cyrillic, digits and punctuation. */
export const latinFamily = (typeface: Typeface): string => (typeface === 'serif' ? 'Noto Serif' : 'Noto Sans');

/** Every font group, in the table's order. */
export const FONT_SCRIPTS: readonly FontScript[] = Object.keys(FAMILIES_OF) as FontScript[];

/**
 * The families Chromium tries for text whose font group is `script`: the group's own, then the
 * Latin family (names, digits and punctuation inside any script; Noto Sans after Noto Serif), then emoji, then every other
 * bundled family (a Chinese name in a Thai letter). No generic family: a character that no
 * bundled font has is caught by the coverage pre-flight rather than drawn with whatever the
 * machine happens to have.
 */
export function stackFamilies(script: FontScript, typeface: Typeface = 'sans'): readonly string[] {
  const latin = latinFamily(typeface);
  const head = script === 'latin' ? [latin] : FAMILIES_OF[script];
  const others = FONT_SCRIPTS.flatMap((s) => (s === 'latin' ? [] : FAMILIES_OF[s]));
  return [...head, latin, 'Noto Sans', EMOJI_FAMILY, ...others].filter((family, i, all) => all.indexOf(family) === i);
}
