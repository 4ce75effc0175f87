export type TextDirection = 'ltr' | 'rtl';

/** Languages written right to left by default (primary subtag). */
const RTL_LANGUAGES = new Set([
  'ar',
  'fa',
  'ur',
  'he',
  'iw',
  'ps',
  'ckb',
  'sd',
  'ug',
  'yi',
  'dv',
  'prs',
  'pnb',
  'ks',
  'arz',
  'apc',
  'acm',
  'ary',
  'azb',
  'lrc',
  'mzn',
  'glk',
  'bal',
  'syr',
]);
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'thaa', 'syrc', 'nkoo', 'adlm', 'rohg']);
const LTR_SCRIPTS = new Set(['latn', 'cyrl', 'deva', 'guru', 'hans', 'hant', 'jpan', 'kore', 'thai', 'ethi']);

/** Splits "pa-Arab-PK" into lower-case subtags; never throws on malformed tags. */
export function languageSubtags(lang: string): { language: string; script: string | undefined; region: string | undefined } {
  const parts = lang.trim().toLowerCase().split(/[-_]/u);
  const language = parts[0] ?? '';
  const script = parts.slice(1).find((p) => /^[a-z]{4}$/u.test(p));
  const region = parts.slice(1).find((p) => /^([a-z]{2}|\d{3})$/u.test(p));
  return { language, script, region };
}

/**
 * The base direction of text in a BCP-47 language: an explicit script subtag wins
 * ("pa-Arab" is RTL Shahmukhi, "az-Latn" is LTR), otherwise the language's usual script.
 */
export function directionForLang(lang: string): TextDirection {
  const { language, script } = languageSubtags(lang);
  if (script !== undefined && RTL_SCRIPTS.has(script)) return 'rtl';
  if (script !== undefined && LTR_SCRIPTS.has(script)) return 'ltr';
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}
