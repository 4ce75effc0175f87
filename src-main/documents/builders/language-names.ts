import type { DocLang } from './format-date.ts';

/**
 * Chinese languages are written "Chinese (Cantonese)", as tribunals and interpreters name them.
 * Named here because ICU calls Mandarin plain "Chinese" and "Min Nan Chinese" the others.
 */
const SINITIC: Readonly<Record<string, Readonly<Record<DocLang, string>>>> = {
  yue: { en: 'Cantonese', fr: 'cantonais' },
  cmn: { en: 'Mandarin', fr: 'mandarin' },
  nan: { en: 'Min Nan', fr: 'minnan' },
  hak: { en: 'Hakka', fr: 'hakka' },
  wuu: { en: 'Wu', fr: 'wu' },
  hsn: { en: 'Xiang', fr: 'xiang' },
  gan: { en: 'Gan', fr: 'gan' },
  cdo: { en: 'Min Dong', fr: 'mindong' },
};

const SCRIPT_PHRASES: Readonly<Record<DocLang, Readonly<Record<string, string>>>> = {
  en: { Hant: 'Traditional Chinese script', Hans: 'Simplified Chinese script' },
  fr: { Hant: 'écriture chinoise traditionnelle', Hans: 'écriture chinoise simplifiée' },
};

function displayName(kind: 'language' | 'script' | 'region', code: string, lang: DocLang): string {
  try {
    return new Intl.DisplayNames(lang, { type: kind, fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "Chinese (Cantonese), Traditional Chinese script" / "chinois (cantonais), écriture chinoise traditionnelle". */
export function languageName(tag: string, lang: DocLang): string {
  const [primary = tag, ...subtags] = tag.split('-');
  const script = subtags.find((s) => /^[A-Z][a-z]{3}$/u.test(s));
  const sinitic = Object.hasOwn(SINITIC, primary) ? SINITIC[primary] : undefined;
  const base = sinitic ? `${displayName('language', 'zh', lang)} (${sinitic[lang]})` : displayName('language', primary, lang);
  if (script === undefined) return base;
  const phrase =
    SCRIPT_PHRASES[lang][script] ??
    (lang === 'fr' ? `écriture ${displayName('script', script, lang)}` : `${displayName('script', script, lang)} script`);
  return `${base}, ${phrase}`;
}

/** A country's name in the document's language from its ISO 3166 code: "TH" is "Thailand" / "Thaïlande". */
export function countryName(code: string, lang: DocLang): string {
  return displayName('region', code, lang);
}
