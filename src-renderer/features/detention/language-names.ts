import { useTranslation } from 'react-i18next';
import { codeName } from '../../components/scripts.ts';
import type { LanguageNames } from './interpreter.ts';

/** Language names in the UI language: ours where the platform folds a variety away (Mandarin), else the platform's. */
export function useLanguageNames(): LanguageNames {
  const { t, i18n } = useTranslation();
  return {
    own: (code) => t(`detention.languageNames.${code}`, { defaultValue: '' }) || undefined,
    platform: (type, code) => codeName(i18n.language, type, code),
  };
}
