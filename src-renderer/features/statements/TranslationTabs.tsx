import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import type { Statement, StatementTranslation } from './model.ts';

type Lang = StatementTranslation['lang'];

export interface TranslationTabsProps {
  readonly statement: Statement;
  /** The translation shown beside the original. */
  readonly shown: Lang;
  readonly onShow: (lang: Lang) => void;
  readonly onAdd: (lang: Lang) => void;
  readonly onRemove: (lang: Lang) => void;
}

const officialLangs: readonly Lang[] = ['en', 'fr'];

/**
 * The statement's translations, one per official language, named by language: which one is
 * shown beside the original, a button to add the one it lacks and one to remove the one shown
 * (after a confirmation when it has words in it).
 */
export function TranslationTabs({ statement, shown, onShow, onAdd, onRemove }: TranslationTabsProps) {
  const { t } = useTranslation();
  const [removing, setRemoving] = useState<Lang | null>(null);
  const name = (lang: Lang) => t(`statements.targetLangs.${lang}`);
  const missing = officialLangs.filter((lang) => !statement.translations.some((tr) => tr.lang === lang));
  const current = statement.translations.find((tr) => tr.lang === shown);
  const askRemove = (lang: Lang) => {
    const translation = statement.translations.find((tr) => tr.lang === lang);
    if (translation && translation.paragraphs.every((p) => p.trim() === '') && translation.translatorId === undefined) onRemove(lang);
    else setRemoving(lang);
  };
  return (
    <div className="st-translation-tabs" role="group" aria-label={t('statementTranslations.groupLabel')} data-testid="translation-tabs">
      {statement.translations.map((tr) => (
        <button
          key={tr.lang}
          type="button"
          className="button button-small st-translation-show"
          aria-pressed={tr.lang === shown}
          onClick={() => onShow(tr.lang)}
        >
          {tr.lang === shown ? <span aria-hidden="true">✓ </span> : null}
          {t('statementTranslations.show', { language: name(tr.lang) })}
        </button>
      ))}
      {missing.map((lang) => (
        <button key={lang} type="button" className="button button-small" onClick={() => onAdd(lang)}>
          <span aria-hidden="true">+ </span>
          {t('statementTranslations.add', { language: name(lang) })}
        </button>
      ))}
      {current ? (
        <button type="button" className="button button-small button-danger-quiet" onClick={() => askRemove(current.lang)}>
          {t('statementTranslations.remove', { language: name(current.lang) })}
        </button>
      ) : null}
      {statement.translations.length === 0 ? <p className="field-hint">{t('statementTranslations.none')}</p> : null}
      {removing !== null ? (
        <ConfirmDialog
          title={t('statementTranslations.removeTitle', { language: name(removing) })}
          confirmLabel={t('statementTranslations.removeConfirm')}
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            onRemove(removing);
            setRemoving(null);
          }}
        >
          <p>{t('statementTranslations.removeExplain')}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
