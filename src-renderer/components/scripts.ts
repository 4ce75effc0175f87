import type { TFunction } from 'i18next';

/** ISO 15924 codes offered as suggestions; any valid code can be typed. */
export const commonScripts = [
  'Hant',
  'Hans',
  'Thai',
  'Hang',
  'Kore',
  'Jpan',
  'Arab',
  'Cyrl',
  'Latn',
  'Deva',
  'Beng',
  'Guru',
  'Taml',
  'Sinh',
  'Khmr',
  'Laoo',
  'Mymr',
  'Ethi',
  'Hebr',
  'Geor',
  'Armn',
  'Grek',
  'Tibt',
] as const;

/**
 * A language tag for an input holding a name in `script`, so the right glyphs are chosen
 * (Han characters differ between Traditional Chinese, Simplified Chinese, Japanese and Korean).
 * Scripts shared by many languages get no tag: guessing would be worse than none.
 */
export function langForScript(script: string): string | undefined {
  const byScript: Readonly<Record<string, string>> = {
    Hant: 'zh-Hant',
    Hans: 'zh-Hans',
    Jpan: 'ja',
    Hira: 'ja',
    Kana: 'ja',
    Hang: 'ko',
    Kore: 'ko',
    Thai: 'th',
    Khmr: 'km',
    Laoo: 'lo',
    Mymr: 'my',
    Sinh: 'si',
    Geor: 'ka',
    Armn: 'hy',
    Grek: 'el',
    Hebr: 'he',
  };
  return byScript[script];
}

const displayNamesCache = new Map<string, Intl.DisplayNames>();

/** The name of a script, language or region code in the UI language, or undefined if unknown. */
export function codeName(language: string, type: 'script' | 'language' | 'region', code: string): string | undefined {
  const key = `${language}:${type}`;
  let names = displayNamesCache.get(key);
  if (!names) {
    names = new Intl.DisplayNames([language], { type, fallback: 'none' });
    displayNamesCache.set(key, names);
  }
  try {
    return names.of(code) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Countries offered as suggestions for citizenship; any two-letter code can be typed. */
export const commonRegions = [
  'CN',
  'HK',
  'MO',
  'TW',
  'TH',
  'KR',
  'KP',
  'VN',
  'PH',
  'ID',
  'MY',
  'KH',
  'LA',
  'MM',
  'JP',
  'IR',
  'AF',
  'IQ',
  'SY',
  'LB',
  'EG',
  'MA',
  'DZ',
  'ER',
  'ET',
  'NG',
  'GH',
  'CD',
  'HT',
  'MX',
  'CO',
  'VE',
  'SV',
  'HN',
  'GT',
  'RU',
  'UA',
  'IN',
  'PK',
  'BD',
  'LK',
  'NP',
  'CA',
  'US',
] as const;

/**
 * A script's name for hints: our own wording where the platform's is too terse ("Traditional"),
 * otherwise the platform's, or undefined when the code is unknown.
 */
export function scriptLabel(t: TFunction, language: string, code: string): string | undefined {
  if (!/^[A-Z][a-z]{3}$/.test(code)) return undefined;
  const own = t(`scriptNames.${code}`, { defaultValue: '' });
  return own || codeName(language, 'script', code);
}
