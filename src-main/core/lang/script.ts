import { languageSubtags } from './direction.ts';
import { chineseVariant } from './script-groups.ts';

/** The font groups Dossier bundles; each maps to one or more bundled font families. */
export type FontScript = 'latin' | 'sc' | 'tc' | 'jp' | 'kr' | 'thai' | 'arabic' | 'urdu' | 'devanagari' | 'gurmukhi' | 'ethiopic';

const BY_SCRIPT: Record<string, FontScript> = {
  hans: 'sc',
  hant: 'tc',
  jpan: 'jp',
  hira: 'jp',
  kana: 'jp',
  kore: 'kr',
  hang: 'kr',
  thai: 'thai',
  arab: 'arabic',
  deva: 'devanagari',
  guru: 'gurmukhi',
  ethi: 'ethiopic',
};

const BY_LANGUAGE: Record<string, FontScript> = {
  ja: 'jp',
  ko: 'kr',
  th: 'thai',
  ar: 'arabic',
  fa: 'arabic',
  prs: 'arabic',
  ps: 'arabic',
  ckb: 'arabic',
  ur: 'urdu',
  pnb: 'urdu',
  hi: 'devanagari',
  mr: 'devanagari',
  ne: 'devanagari',
  pa: 'gurmukhi',
  am: 'ethiopic',
  ti: 'ethiopic',
};

/**
 * Which bundled fonts should come first for text in `lang`, so that Han characters get the
 * regional glyph forms readers expect (a Cantonese statement in TC, a Japanese one in JP) and
 * Urdu gets Nastaliq. Script subtags win over the language ("pa-Arab" → Urdu Nastaliq style).
 */
export function fontScriptForLang(lang: string): FontScript {
  const { language, script } = languageSubtags(lang);
  if (script !== undefined) {
    if (script === 'arab' && (language === 'ur' || language === 'pa' || language === 'pnb')) return 'urdu';
    const fromScript = BY_SCRIPT[script];
    if (fromScript !== undefined) return fromScript;
  }
  const chinese = chineseVariant(lang);
  if (chinese !== undefined) return chinese === 'hant' ? 'tc' : 'sc';
  return BY_LANGUAGE[language] ?? 'latin';
}
