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

/** Interpreter languages offered as suggestions; any BCP 47 tag can be typed. */
export const commonInterpreterTags = [
  'yue-Hant',
  'cmn-Hans',
  'cmn-Hant',
  'nan',
  'th',
  'ko',
  'vi',
  'tl',
  'km',
  'lo',
  'my',
  'es',
  'pt-BR',
  'ru',
  'uk',
  'fa-IR',
  'prs',
  'ps',
  'ar',
  'ti',
  'am',
  'so',
  'sw',
  'ht',
  'pa',
  'ta',
  'hi',
  'ur',
  'bn',
  'ne',
  'fr',
  'en',
] as const;
