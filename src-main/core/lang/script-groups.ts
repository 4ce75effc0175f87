import { languageSubtags } from './direction.ts';

/**
 * The writing systems Dossier tells apart inside a run, by Unicode Script property. Han and
 * Bopomofo are one group ('Han'); Hiragana and Katakana another ('Kana'), so that Chinese text
 * never counts as Japanese. Latin is listed so it can be recognised, but it is never split out
 * of a run: a name or case number in Latin letters stays in the run it was written in.
 */
export type ScriptGroup =
  | 'Latin'
  | 'Greek'
  | 'Cyrillic'
  | 'Armenian'
  | 'Hebrew'
  | 'Arabic'
  | 'Syriac'
  | 'Thaana'
  | 'Devanagari'
  | 'Bengali'
  | 'Gurmukhi'
  | 'Gujarati'
  | 'Oriya'
  | 'Tamil'
  | 'Telugu'
  | 'Kannada'
  | 'Malayalam'
  | 'Sinhala'
  | 'Thai'
  | 'Lao'
  | 'Tibetan'
  | 'Myanmar'
  | 'Georgian'
  | 'Hangul'
  | 'Ethiopic'
  | 'Khmer'
  | 'Mongolian'
  | 'Cherokee'
  | 'Tifinagh'
  | 'CanadianAboriginal'
  | 'Han'
  | 'Kana';

/** Characters of each group, and the Common characters (punctuation) that belong with it. */
export const SCRIPT_PATTERNS: readonly (readonly [ScriptGroup, RegExp, RegExp])[] = [
  ['Latin', /\p{Script=Latin}/u, /\p{Script_Extensions=Latin}/u],
  ['Greek', /\p{Script=Greek}/u, /\p{Script_Extensions=Greek}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u, /\p{Script_Extensions=Cyrillic}/u],
  ['Armenian', /\p{Script=Armenian}/u, /\p{Script_Extensions=Armenian}/u],
  ['Hebrew', /\p{Script=Hebrew}/u, /\p{Script_Extensions=Hebrew}/u],
  ['Arabic', /\p{Script=Arabic}/u, /\p{Script_Extensions=Arabic}/u],
  ['Syriac', /\p{Script=Syriac}/u, /\p{Script_Extensions=Syriac}/u],
  ['Thaana', /\p{Script=Thaana}/u, /\p{Script_Extensions=Thaana}/u],
  ['Devanagari', /\p{Script=Devanagari}/u, /\p{Script_Extensions=Devanagari}/u],
  ['Bengali', /\p{Script=Bengali}/u, /\p{Script_Extensions=Bengali}/u],
  ['Gurmukhi', /\p{Script=Gurmukhi}/u, /\p{Script_Extensions=Gurmukhi}/u],
  ['Gujarati', /\p{Script=Gujarati}/u, /\p{Script_Extensions=Gujarati}/u],
  ['Oriya', /\p{Script=Oriya}/u, /\p{Script_Extensions=Oriya}/u],
  ['Tamil', /\p{Script=Tamil}/u, /\p{Script_Extensions=Tamil}/u],
  ['Telugu', /\p{Script=Telugu}/u, /\p{Script_Extensions=Telugu}/u],
  ['Kannada', /\p{Script=Kannada}/u, /\p{Script_Extensions=Kannada}/u],
  ['Malayalam', /\p{Script=Malayalam}/u, /\p{Script_Extensions=Malayalam}/u],
  ['Sinhala', /\p{Script=Sinhala}/u, /\p{Script_Extensions=Sinhala}/u],
  ['Thai', /\p{Script=Thai}/u, /\p{Script_Extensions=Thai}/u],
  ['Lao', /\p{Script=Lao}/u, /\p{Script_Extensions=Lao}/u],
  ['Tibetan', /\p{Script=Tibetan}/u, /\p{Script_Extensions=Tibetan}/u],
  ['Myanmar', /\p{Script=Myanmar}/u, /\p{Script_Extensions=Myanmar}/u],
  ['Georgian', /\p{Script=Georgian}/u, /\p{Script_Extensions=Georgian}/u],
  ['Hangul', /\p{Script=Hangul}/u, /\p{Script_Extensions=Hangul}/u],
  ['Ethiopic', /\p{Script=Ethiopic}/u, /\p{Script_Extensions=Ethiopic}/u],
  ['Khmer', /\p{Script=Khmer}/u, /\p{Script_Extensions=Khmer}/u],
  ['Mongolian', /\p{Script=Mongolian}/u, /\p{Script_Extensions=Mongolian}/u],
  ['Cherokee', /\p{Script=Cherokee}/u, /\p{Script_Extensions=Cherokee}/u],
  ['Tifinagh', /\p{Script=Tifinagh}/u, /\p{Script_Extensions=Tifinagh}/u],
  ['CanadianAboriginal', /\p{Script=Canadian_Aboriginal}/u, /\p{Script_Extensions=Canadian_Aboriginal}/u],
  ['Han', /[\p{Script=Han}\p{Script=Bopomofo}]/u, /[\p{Script_Extensions=Han}\p{Script_Extensions=Bopomofo}]/u],
  ['Kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u, /[\p{Script_Extensions=Hiragana}\p{Script_Extensions=Katakana}]/u],
];

/** ISO 15924 code (lower case) → the groups a text in that script uses. */
const BY_SCRIPT_CODE: Readonly<Record<string, readonly ScriptGroup[]>> = {
  latn: ['Latin'],
  grek: ['Greek'],
  cyrl: ['Cyrillic'],
  armn: ['Armenian'],
  hebr: ['Hebrew'],
  arab: ['Arabic'],
  syrc: ['Syriac'],
  thaa: ['Thaana'],
  deva: ['Devanagari'],
  beng: ['Bengali'],
  guru: ['Gurmukhi'],
  gujr: ['Gujarati'],
  orya: ['Oriya'],
  taml: ['Tamil'],
  telu: ['Telugu'],
  knda: ['Kannada'],
  mlym: ['Malayalam'],
  sinh: ['Sinhala'],
  thai: ['Thai'],
  laoo: ['Lao'],
  tibt: ['Tibetan'],
  mymr: ['Myanmar'],
  geor: ['Georgian'],
  hang: ['Hangul'],
  kore: ['Hangul', 'Han'],
  ethi: ['Ethiopic'],
  khmr: ['Khmer'],
  mong: ['Mongolian'],
  cher: ['Cherokee'],
  tfng: ['Tifinagh'],
  cans: ['CanadianAboriginal'],
  hani: ['Han'],
  hans: ['Han'],
  hant: ['Han'],
  bopo: ['Han'],
  hira: ['Kana'],
  kana: ['Kana'],
  hrkt: ['Kana'],
  jpan: ['Han', 'Kana'],
};

const languagesOf = (script: string, codes: string): [string, string][] => codes.split(' ').map((code) => [code, script]);

/** Primary language subtag → the script it is usually written in (its CLDR default). */
const SCRIPT_OF_LANGUAGE: Readonly<Record<string, string>> = Object.fromEntries([
  ...languagesOf(
    'latn',
    'af az bs ca cs cy da de en eo es et eu fi fil fo fr ga gd gl ha haw hr ht hu id ig is it jv lb ln lt lv mg mi ms mt nb nl nn no ny om pl pt qu ro rw sk sl sm sn so sq st sv sw tl tn to tr tk uz vi wo xh yo zu ku',
  ),
  ...languagesOf('cyrl', 'ru uk be bg mk sr kk ky tg mn ba cv tt ce os'),
  ...languagesOf('grek', 'el'),
  ...languagesOf('armn', 'hy'),
  ...languagesOf('geor', 'ka'),
  ...languagesOf('hebr', 'he iw yi'),
  ...languagesOf('arab', 'ar fa prs ps ur ckb sd ug pnb ks arz apc acm ary azb lrc mzn glk bal'),
  ...languagesOf('syrc', 'syr'),
  ...languagesOf('thaa', 'dv'),
  ...languagesOf('deva', 'hi mr ne sa mai bho'),
  ...languagesOf('beng', 'bn as'),
  ...languagesOf('guru', 'pa'),
  ...languagesOf('gujr', 'gu'),
  ...languagesOf('orya', 'or'),
  ...languagesOf('taml', 'ta'),
  ...languagesOf('telu', 'te'),
  ...languagesOf('knda', 'kn'),
  ...languagesOf('mlym', 'ml'),
  ...languagesOf('sinh', 'si'),
  ...languagesOf('thai', 'th'),
  ...languagesOf('laoo', 'lo'),
  ...languagesOf('tibt', 'bo dz'),
  ...languagesOf('mymr', 'my'),
  ...languagesOf('khmr', 'km'),
  ...languagesOf('ethi', 'am ti'),
  ...languagesOf('cher', 'chr'),
  ...languagesOf('tfng', 'zgh'),
  ...languagesOf('cans', 'iu cr oj nsk'),
  ...languagesOf('hani', 'zh yue cmn nan hak wuu gan hsn'),
  ...languagesOf('jpan', 'ja'),
  ...languagesOf('kore', 'ko'),
]);

/** The ISO 15924 code (lower case) a language tag's text is in: its script subtag, else its language's usual script. */
export function scriptCodeOfLang(lang: string): string | undefined {
  const { language, script } = languageSubtags(lang);
  if (script !== undefined) return script;
  return Object.hasOwn(SCRIPT_OF_LANGUAGE, language) ? SCRIPT_OF_LANGUAGE[language] : undefined;
}

/**
 * The groups text in `lang` is written in, from its script subtag or else its language's usual
 * script; undefined for a language Dossier does not know (its runs are left as they are).
 * "und" (undetermined) writes nothing of its own, so every non-Latin piece in it gets a language.
 */
export function scriptsOfLang(lang: string): ReadonlySet<ScriptGroup> | undefined {
  const { language, script } = languageSubtags(lang);
  if (language === 'und') return new Set(script === undefined ? [] : (BY_SCRIPT_CODE[script] ?? []));
  const code = script ?? (Object.hasOwn(SCRIPT_OF_LANGUAGE, language) ? SCRIPT_OF_LANGUAGE[language] : undefined);
  if (code === undefined || !Object.hasOwn(BY_SCRIPT_CODE, code)) return undefined;
  return new Set(BY_SCRIPT_CODE[code]);
}

/** The groups of an ISO 15924 code such as "Hant" or "Thai" (empty for an unknown code). */
export function groupsOfScriptCode(code: string): readonly ScriptGroup[] {
  const key = code.toLowerCase();
  return Object.hasOwn(BY_SCRIPT_CODE, key) ? (BY_SCRIPT_CODE[key] ?? []) : [];
}

/** The group of one grapheme cluster: that of its first character with a script of its own. */
export function groupOfCluster(cluster: string): ScriptGroup | undefined {
  for (const ch of cluster) {
    for (const [group, own] of SCRIPT_PATTERNS) if (own.test(ch)) return group;
  }
  return undefined;
}

/** Whether a cluster without a script of its own (punctuation) is used with `group` (e.g. "。" with Han). */
export function clusterUsedWith(cluster: string, groups: readonly ScriptGroup[]): boolean {
  const first = [...cluster][0];
  if (first === undefined) return false;
  return SCRIPT_PATTERNS.some(([group, , extensions]) => groups.includes(group) && extensions.test(first));
}

/**
 * The language of a script when the case gives no hint: the one language most text in it is in,
 * or for a script shared by many languages a plain, valid tag ("ar", "ru", "zh"). Han without a
 * hint is "zh" (Simplified forms, the most common), or "ja" when the piece holds kana.
 */
export const USUAL_LANG_OF_GROUP: Readonly<Record<Exclude<ScriptGroup, 'Latin'>, string>> = {
  Greek: 'el',
  Cyrillic: 'ru',
  Armenian: 'hy',
  Hebrew: 'he',
  Arabic: 'ar',
  Syriac: 'syr',
  Thaana: 'dv',
  Devanagari: 'hi',
  Bengali: 'bn',
  Gurmukhi: 'pa',
  Gujarati: 'gu',
  Oriya: 'or',
  Tamil: 'ta',
  Telugu: 'te',
  Kannada: 'kn',
  Malayalam: 'ml',
  Sinhala: 'si',
  Thai: 'th',
  Lao: 'lo',
  Tibetan: 'bo',
  Myanmar: 'my',
  Georgian: 'ka',
  Hangul: 'ko',
  Ethiopic: 'am',
  Khmer: 'km',
  Mongolian: 'mn-Mong',
  Cherokee: 'chr',
  Tifinagh: 'zgh',
  CanadianAboriginal: 'iu',
  Han: 'zh',
  Kana: 'ja',
};

/**
 * The language a name written in an ISO 15924 script is in when nothing else says (a name in
 * Hant → "zh-Hant"), so the right glyphs are chosen: Han characters differ between Traditional
 * and Simplified Chinese, Japanese and Korean. Scripts shared by many languages (Arabic,
 * Cyrillic, Latin, Devanagari…) have none: guessing would be worse than none.
 */
const LANG_OF_SCRIPT_CODE: Readonly<Record<string, string>> = {
  hant: 'zh-Hant',
  hans: 'zh-Hans',
  hani: 'zh',
  jpan: 'ja',
  hira: 'ja',
  kana: 'ja',
  kore: 'ko',
  hang: 'ko',
  thai: 'th',
  khmr: 'km',
  laoo: 'lo',
  mymr: 'my',
  sinh: 'si',
  geor: 'ka',
  armn: 'hy',
  grek: 'el',
  hebr: 'he',
  thaa: 'dv',
  cher: 'chr',
  tfng: 'zgh',
  cans: 'iu',
};

export function langOfScriptCode(code: string): string | undefined {
  const key = code.toLowerCase();
  return Object.hasOwn(LANG_OF_SCRIPT_CODE, key) ? LANG_OF_SCRIPT_CODE[key] : undefined;
}

/** Regions whose Chinese is written in Traditional characters. */
const TRADITIONAL_REGIONS: ReadonlySet<string> = new Set(['tw', 'hk', 'mo']);

/**
 * "hant" or "hans" for a Chinese language tag, from its script subtag or else its usual form
 * (Cantonese and the Chinese of Taiwan, Hong Kong and Macao in Traditional characters);
 * undefined for a language that does not write Chinese (Japanese and Korean use Han too, in
 * forms of their own).
 */
export function chineseVariant(lang: string): 'hant' | 'hans' | undefined {
  const { language, script, region } = languageSubtags(lang);
  if (script === 'hant' || script === 'hans') return script;
  if (language === 'ja' || language === 'ko' || scriptsOfLang(lang)?.has('Han') !== true) return undefined;
  return language === 'yue' || (region !== undefined && TRADITIONAL_REGIONS.has(region)) ? 'hant' : 'hans';
}
