import type { Statement, Translation, TranslationLang } from './statements.ts';

/**
 * A statement seen through one of its translations: what a translation document, its
 * certification and a hand-off work on. `translation` is the chosen one, absent when the
 * statement has none in that language.
 */
export type StatementView = Statement & { readonly translation?: Translation | undefined };

export const isTranslationLang = (value: unknown): value is TranslationLang => value === 'en' || value === 'fr';

/** The translation into `lang`, or the first one when no language is given. */
export function chosenTranslation(statement: Statement, lang?: TranslationLang): Translation | undefined {
  return lang === undefined ? statement.translations[0] : statement.translations.find((t) => t.lang === lang);
}

/** The statement seen through the translation into `lang` (the first when no language is given). */
export function viewOf(statement: Statement, lang?: TranslationLang): StatementView {
  return { ...statement, translation: chosenTranslation(statement, lang) };
}

/** The statement with `translation` in place of the one in its language, or added after the others. */
export function withTranslation(statement: Statement, translation: Translation): Statement {
  const at = statement.translations.findIndex((t) => t.lang === translation.lang);
  const translations =
    at === -1 ? [...statement.translations, translation] : statement.translations.map((t, i) => (i === at ? translation : t));
  return { ...statement, translations };
}

/** The statement without its translation into `lang`. */
export function withoutTranslation(statement: Statement, lang: TranslationLang): Statement {
  return { ...statement, translations: statement.translations.filter((t) => t.lang !== lang) };
}

/** Whether any translation of the statement has text in it. */
export const hasTranslatedText = (statement: Statement): boolean =>
  statement.translations.some((t) => t.paragraphs.some((p) => p.trim() !== ''));

/** A finding's field inside a statement view (`translation.translatorId`) as a path in the statement (`translations.1.translatorId`). */
export const translationFieldPath = (field: string, index: number): string =>
  field === 'translation' || field.startsWith('translation.') ? `translations.${index}${field.slice('translation'.length)}` : field;
