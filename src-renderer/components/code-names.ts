import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { languageLabel, type LanguageNames } from '../features/detention/interpreter.ts';
import { buildOptions, type CodeKind, type CodeNamer, type CodeOption } from './code-options.ts';
import { codeName, scriptLabel } from './scripts.ts';

function languageNamesIn(t: TFunction, language: string): LanguageNames {
  return {
    own: (code) => t(`detention.languageNames.${code}`, { defaultValue: '' }) || undefined,
    platform: (type, code) => codeName(language, type, code),
  };
}

function namerIn(kind: CodeKind, t: TFunction, language: string): CodeNamer {
  if (kind === 'script') return (code) => scriptLabel(t, language, code);
  if (kind === 'region') return (code) => (/^[A-Z]{2}$/.test(code) ? codeName(language, 'region', code) : undefined);
  const names = languageNamesIn(t, language);
  return (tag) => languageLabel(tag, names);
}

/** How codes of a kind are named: in the UI language (shown) and in English (also searched). */
export function useCodeNamers(kind: CodeKind): { readonly name: CodeNamer; readonly english: CodeNamer } {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(
    () => ({
      name: namerIn(kind, i18n.getFixedT(language), language),
      english: namerIn(kind, i18n.getFixedT('en'), 'en'),
    }),
    [kind, i18n, language],
  );
}

const optionsCache = new Map<string, readonly CodeOption[]>();

/** Every option of a kind named in the UI language, built once per kind and language for all pickers. */
export function useCodeOptions(kind: CodeKind, namers: { readonly name: CodeNamer; readonly english: CodeNamer }): readonly CodeOption[] {
  const { i18n } = useTranslation();
  const key = `${kind}:${i18n.language}`;
  return useMemo(() => {
    const known = optionsCache.get(key);
    if (known) return known;
    const built = buildOptions(kind, namers.name, namers.english);
    optionsCache.set(key, built);
    return built;
  }, [key, kind, namers]);
}
