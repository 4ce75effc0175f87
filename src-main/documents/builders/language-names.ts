import type { DocLang } from './format-date.ts';

/** Chinese languages are written "Chinese (Cantonese)", as tribunals and interpreters name them. */
const SINITIC = new Set(['yue', 'cmn', 'nan', 'hak', 'wuu', 'hsn', 'gan', 'cdo']);

const SCRIPT_PHRASES: Readonly<Record<DocLang, Readonly<Record<string, string>>>> = {
  en: { Hant: 'Traditional Chinese script', Hans: 'Simplified Chinese script' },
  fr: { Hant: 'écriture chinoise traditionnelle', Hans: 'écriture chinoise simplifiée' },
};

function displayName(kind: 'language' | 'script', code: string, lang: DocLang): string {
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
  const base = SINITIC.has(primary)
    ? `${displayName('language', 'zh', lang)} (${displayName('language', primary, lang)})`
    : displayName('language', primary, lang);
  if (script === undefined) return base;
  const phrase =
    SCRIPT_PHRASES[lang][script] ??
    (lang === 'fr' ? `écriture ${displayName('script', script, lang)}` : `${displayName('script', script, lang)} script`);
  return `${base}, ${phrase}`;
}
