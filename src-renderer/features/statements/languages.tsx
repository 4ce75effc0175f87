import { useTranslation } from 'react-i18next';
import { codeName } from '../../components/scripts.ts';
import { languageLabel, type LanguageNames } from '../detention/interpreter.ts';
import { useLanguageNames } from '../detention/language-names.ts';

/** A tag's name in the UI language ("Cantonese (Traditional Chinese)"), or the tag itself when unknown. */
export function useLanguageName(): (tag: string | undefined) => string {
  const { t } = useTranslation();
  const names = useLanguageNames();
  return (tag) => {
    const trimmed = tag?.trim() ?? '';
    if (trimmed === '') return t('statements.noLanguage');
    return languageLabel(trimmed, names) ?? trimmed;
  };
}

/** Language names in another language than the UI's (a declaration worded in French in an English UI). */
export function useLanguageNamesIn(): (language: string) => LanguageNames {
  const { i18n } = useTranslation();
  return (language) => {
    const t = i18n.getFixedT(language);
    return {
      own: (code) => t(`detention.languageNames.${code}`, { defaultValue: '' }) || undefined,
      platform: (type, code) => codeName(language, type, code),
    };
  };
}
