import { languageSubtags } from './direction.ts';
import { chineseVariant, groupOfCluster, groupsOfScriptCode, scriptCodeOfLang, type ScriptGroup } from './script-groups.ts';

/** The font groups Dossier bundles; each maps to one or more bundled font families (render/fonts/families.ts). */
export type FontScript =
  | 'latin'
  | 'sc'
  | 'tc'
  | 'jp'
  | 'kr'
  | 'thai'
  | 'arabic'
  | 'urdu'
  | 'devanagari'
  | 'gurmukhi'
  | 'ethiopic'
  | 'bengali'
  | 'tamil'
  | 'telugu'
  | 'gujarati'
  | 'malayalam'
  | 'kannada'
  | 'sinhala'
  | 'myanmar'
  | 'khmer'
  | 'lao'
  | 'hebrew'
  | 'thaana'
  | 'georgian'
  | 'armenian'
  | 'tibetan'
  | 'syriac'
  | 'mongolian'
  | 'cherokee'
  | 'tifinagh'
  | 'canadian';

/**
 * The font group that draws each script group; undefined where Dossier bundles no font for it
 * (text in such a script is refused for PDF and warned about everywhere else). Han is drawn by
 * the Chinese, Japanese or Korean fonts according to the text's language (`fontScriptForLang`);
 * here it stands for Simplified Chinese, the form used when nothing says otherwise.
 */
export const FONT_OF_GROUP: Readonly<Record<ScriptGroup, FontScript | undefined>> = {
  Latin: 'latin',
  Greek: 'latin',
  Cyrillic: 'latin',
  Armenian: 'armenian',
  Hebrew: 'hebrew',
  Arabic: 'arabic',
  Syriac: 'syriac',
  Thaana: 'thaana',
  Devanagari: 'devanagari',
  Bengali: 'bengali',
  Gurmukhi: 'gurmukhi',
  Gujarati: 'gujarati',
  Oriya: undefined,
  Tamil: 'tamil',
  Telugu: 'telugu',
  Kannada: 'kannada',
  Malayalam: 'malayalam',
  Sinhala: 'sinhala',
  Thai: 'thai',
  Lao: 'lao',
  Tibetan: 'tibetan',
  Myanmar: 'myanmar',
  Georgian: 'georgian',
  Hangul: 'kr',
  Ethiopic: 'ethiopic',
  Khmer: 'khmer',
  Mongolian: 'mongolian',
  Cherokee: 'cherokee',
  Tifinagh: 'tifinagh',
  CanadianAboriginal: 'canadian',
  Han: 'sc',
  Kana: 'jp',
};

/** ISO 15924 codes whose font group is not their script group's (regional Han forms). */
const BY_SCRIPT_CODE: Readonly<Record<string, FontScript>> = {
  hans: 'sc',
  hant: 'tc',
  jpan: 'jp',
  hira: 'jp',
  kana: 'jp',
  hrkt: 'jp',
  kore: 'kr',
  hang: 'kr',
};

/** Languages written in Arabic script in the Nastaliq style. */
const NASTALIQ_LANGUAGES: ReadonlySet<string> = new Set(['ur', 'pnb', 'pa']);

/**
 * Which bundled fonts should come first for text in `lang`, so that Han characters get the
 * regional glyph forms readers expect (a Cantonese statement in TC, a Japanese one in JP) and
 * Urdu gets Nastaliq. The script subtag wins over the language: "pa-Arab" is Urdu Nastaliq
 * style, "ckb-Latn" (Kurdish in Latin letters) is Latin, "mn-Mong" is Mongolian.
 */
export function fontScriptForLang(lang: string): FontScript {
  const { language } = languageSubtags(lang);
  const code = scriptCodeOfLang(lang);
  if (code === 'arab' && NASTALIQ_LANGUAGES.has(language)) return 'urdu';
  if (code !== undefined && Object.hasOwn(BY_SCRIPT_CODE, code)) return BY_SCRIPT_CODE[code] ?? 'latin';
  const chinese = chineseVariant(lang);
  if (chinese !== undefined) return chinese === 'hant' ? 'tc' : 'sc';
  const [group] = code === undefined ? [] : groupsOfScriptCode(code);
  return (group === undefined ? undefined : FONT_OF_GROUP[group]) ?? 'latin';
}

/** Whether Dossier bundles a font for a script group. */
export function groupHasFont(group: ScriptGroup): boolean {
  return FONT_OF_GROUP[group] !== undefined;
}

/** Characters that belong to no script of their own and are never drawn (controls, format characters). */
const NOT_DRAWN = /^[\p{Cc}\p{Cf}\p{Variation_Selector}\p{White_Space}]$/u;
/** Characters of a script Dossier does not tell apart (N'Ko, Adlam, Javanese…) or of none (private use). */
const UNKNOWN_SCRIPT = /^[^\p{Script=Common}\p{Script=Inherited}]$/u;

/**
 * The scripts of `text` that no bundled font draws: a group without a font ("Oriya"), or "other"
 * for letters of a script Dossier does not know and for private-use characters. Emoji and
 * punctuation are not scripts: they are drawn by the emoji and Latin fonts.
 */
export function unprintableScripts(text: string): ReadonlySet<ScriptGroup | 'other'> {
  const found = new Set<ScriptGroup | 'other'>();
  for (const ch of text) {
    if (NOT_DRAWN.test(ch)) continue;
    const group = groupOfCluster(ch);
    if (group !== undefined) {
      if (!groupHasFont(group)) found.add(group);
    } else if (UNKNOWN_SCRIPT.test(ch) || /^\p{Co}$/u.test(ch)) {
      found.add('other');
    }
  }
  return found;
}
