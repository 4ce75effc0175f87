import { useTranslation } from 'react-i18next';
import type { Case } from '../../../src-main/core/model/case.ts';
import { personName } from '../../case-edit/people.ts';
import { useLanguageName } from './languages.tsx';
import type { Statement } from './model.ts';
import { progress } from './paragraphs.ts';

export interface StatementListProps {
  readonly draft: Case;
  readonly selectedId: string | null;
  readonly onEdit: (statement: Statement) => void;
  readonly onRemove: (statement: Statement) => void;
  /** Where each row's Edit button registers itself, so focus can return to it. */
  readonly editButtonId: (id: string) => string;
}

/** The case's statements: what each is, its language, how far its translation has come, and by whom. */
export function StatementList({ draft, selectedId, onEdit, onRemove, editButtonId }: StatementListProps) {
  const { t } = useTranslation();
  const languageName = useLanguageName();
  if (draft.statements.length === 0) return <p className="row-empty">{t('statements.empty')}</p>;
  const translatorName = (id: string | undefined) => {
    if (id === undefined) return t('statements.noTranslatorShort');
    const person = draft.people.find((p) => p.id === id);
    return person ? personName(person) || t('translators.unnamed') : t('statements.translatorMissing');
  };
  return (
    <table className="data-table st-table">
      <caption className="visually-hidden">{t('statements.listCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('statements.titleLabel')}</th>
          <th scope="col">{t('statements.kind')}</th>
          <th scope="col">{t('statements.lang')}</th>
          <th scope="col">{t('statements.translation')}</th>
          <th scope="col">{t('statements.translator')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('statements.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {draft.statements.map((statement) => {
          const title = statement.title.trim() || t('statements.untitled');
          const selected = statement.id === selectedId;
          return (
            <tr
              key={statement.id}
              className={selected ? 'st-selected' : undefined}
              data-testid="statement-row"
              aria-current={selected || undefined}
            >
              <th scope="row">
                <bdi>{title}</bdi>
              </th>
              <td>{t(`statements.kinds.${statement.kind}`)}</td>
              <td>
                <span>{languageName(statement.lang)}</span>
                {statement.lang ? <span className="st-tag"> {statement.lang}</span> : null}
              </td>
              <td>
                {statement.translations.length === 0
                  ? t('statements.noTranslation')
                  : statement.translations.map((translation) => {
                      const done = progress(statement, translation.lang);
                      return (
                        <span key={translation.lang} className="st-list-line">
                          {t('statements.progressShort', { done: done.done, total: done.total, lang: translation.lang })}
                        </span>
                      );
                    })}
              </td>
              <td>
                {statement.translations.map((translation) => (
                  <span key={translation.lang} className="st-list-line">
                    <bdi>{translatorName(translation.translatorId)}</bdi>
                  </span>
                ))}
              </td>
              <td className="st-row-buttons">
                <button
                  id={editButtonId(statement.id)}
                  type="button"
                  className="button button-small"
                  aria-pressed={selected}
                  onClick={() => onEdit(statement)}
                >
                  {t('statements.edit')}
                  <span className="visually-hidden">: {title}</span>
                </button>
                <button type="button" className="button button-small button-danger-quiet" onClick={() => onRemove(statement)}>
                  {t('common.remove')}
                  <span className="visually-hidden">: {title}</span>
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
