import type { FontScript } from '../../core/lang/script.ts';
import { fontScriptForLang } from '../../core/lang/script.ts';

export type Typeface = 'sans' | 'serif';

/** The four w:rFonts slots Word picks from by character class. */
export interface RunFonts {
  readonly ascii: string;
  readonly hAnsi: string;
  readonly eastAsia: string;
  readonly cs: string;
}

// Family names exactly as the bundled fonts (templates/fonts/manifest.json) name them, so Word
// uses the same faces as the PDF when they are installed.
const EAST_ASIAN: Partial<Record<FontScript, string>> = {
  sc: 'Noto Sans SC',
  tc: 'Noto Sans TC',
  jp: 'Noto Sans JP',
  kr: 'Noto Sans KR',
};

const COMPLEX: Partial<Record<FontScript, string>> = {
  thai: 'Noto Sans Thai',
  arabic: 'Noto Naskh Arabic',
  urdu: 'Noto Nastaliq Urdu',
  devanagari: 'Noto Sans Devanagari',
  gurmukhi: 'Noto Sans Gurmukhi',
  ethiopic: 'Noto Sans Ethiopic',
};

/** Scripts of text that a run in another language may still hold (a Thai name in an English letter). */
const COMPLEX_BY_TEXT: readonly (readonly [RegExp, string])[] = [
  [/\p{Script=Thai}/u, 'Noto Sans Thai'],
  [/\p{Script=Arabic}/u, 'Noto Naskh Arabic'],
  [/\p{Script=Devanagari}/u, 'Noto Sans Devanagari'],
  [/\p{Script=Gurmukhi}/u, 'Noto Sans Gurmukhi'],
  [/\p{Script=Ethiopic}/u, 'Noto Sans Ethiopic'],
];

/**
 * Fonts for a run: the Latin family for ascii/hAnsi (names and digits), the East Asian family for
 * the run's language (so Han characters get the regional glyph forms: a Cantonese statement in
 * TC, Japanese in JP; SC otherwise), and the complex-script family for the run's language, or
 * failing that for the complex script its text contains.
 */
export function runFonts(lang: string, text: string, typeface: Typeface): RunFonts {
  const script = fontScriptForLang(lang);
  const latin = typeface === 'serif' ? 'Noto Serif' : 'Noto Sans';
  const eastAsia = EAST_ASIAN[script] ?? 'Noto Sans SC';
  const cs = COMPLEX[script] ?? COMPLEX_BY_TEXT.find(([pattern]) => pattern.test(text))?.[1] ?? 'Noto Naskh Arabic';
  return { ascii: latin, hAnsi: latin, eastAsia, cs };
}
