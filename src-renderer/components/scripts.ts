import type { TFunction } from 'i18next';

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

/**
 * A script's name for hints: our own wording where the platform's is too terse ("Traditional"),
 * otherwise the platform's, or undefined when the code is unknown.
 */
export function scriptLabel(t: TFunction, language: string, code: string): string | undefined {
  if (!/^[A-Z][a-z]{3}$/.test(code)) return undefined;
  const own = t(`scriptNames.${code}`, { defaultValue: '' });
  return own || codeName(language, 'script', code);
}
