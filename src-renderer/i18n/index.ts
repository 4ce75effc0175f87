import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import enStrings from './en.json';
import frStrings from './fr.json';
import { issueStrings } from './issue-strings.ts';

export const uiLanguages = ['en', 'fr'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

type Strings = { readonly [key: string]: string | Strings };
/** The UI's own strings, with every validation issue's wording from the core's catalog. */
const en: Strings = { ...enStrings, validation: issueStrings('en') };
const fr: Strings = { ...frStrings, validation: issueStrings('fr') };

void i18next.use(initReactI18next).init({
  resources: { en: { translation: en }, fr: { translation: fr } },
  lng: 'en',
  fallbackLng: 'en',
  initAsync: false,
  interpolation: { escapeValue: false },
});

/** Switches the UI language and keeps the document's `lang` in step (screen readers use it). */
export function applyUiLanguage(language: UiLanguage): void {
  if (i18next.language !== language) void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export { i18next };
