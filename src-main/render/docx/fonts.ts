import { groupOfCluster } from '../../core/lang/script-groups.ts';
import { FONT_OF_GROUP, fontScriptForLang, type FontScript } from '../../core/lang/script.ts';
import { FAMILIES_OF } from '../fonts/families.ts';

export type Typeface = 'sans' | 'serif';

/** The four w:rFonts slots Word picks from by character class. */
export interface RunFonts {
  readonly ascii: string;
  readonly hAnsi: string;
  readonly eastAsia: string;
  readonly cs: string;
}

const EAST_ASIAN: ReadonlySet<FontScript> = new Set(['sc', 'tc', 'jp', 'kr']);
/** Scripts Word draws with the hAnsi font, not the complex-script one. */
const H_ANSI: ReadonlySet<FontScript> = new Set(['armenian', 'georgian', 'cherokee', 'tifinagh', 'canadian']);

/** The font group of the first character of `text` with a script of its own that has a font of its own. */
function groupOfText(text: string): FontScript | undefined {
  for (const ch of text) {
    const group = groupOfCluster(ch);
    const script = group === undefined ? undefined : FONT_OF_GROUP[group];
    if (script !== undefined && script !== 'latin') return script;
  }
  return undefined;
}

/**
 * Fonts for a run: the Latin family for ascii/hAnsi (names and digits), the East Asian family for
 * the run's language (so Han characters get the regional glyph forms: a Cantonese statement in
 * TC, Japanese in JP; SC otherwise), and the family of the run's language, or failing that of
 * the script its text contains, in the slot Word draws that script from (hAnsi for Armenian,
 * Georgian, Cherokee, Tifinagh and syllabics; the complex-script slot for the others).
 */
export function runFonts(lang: string, text: string, typeface: Typeface): RunFonts {
  const script = fontScriptForLang(lang);
  const latin = typeface === 'serif' ? 'Noto Serif' : 'Noto Sans';
  const eastAsia = EAST_ASIAN.has(script) ? (FAMILIES_OF[script][0] ?? 'Noto Sans SC') : 'Noto Sans SC';
  const own = script !== 'latin' && !EAST_ASIAN.has(script) ? script : groupOfText(text);
  const hAnsi = own !== undefined && H_ANSI.has(own) ? (FAMILIES_OF[own][0] ?? latin) : latin;
  const complex = own !== undefined && !EAST_ASIAN.has(own) && !H_ANSI.has(own) ? own : undefined;
  const cs = complex === undefined ? 'Noto Naskh Arabic' : (FAMILIES_OF[complex][0] ?? 'Noto Naskh Arabic');
  return { ascii: latin, hAnsi, eastAsia, cs };
}
