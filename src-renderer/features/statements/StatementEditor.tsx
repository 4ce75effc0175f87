import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../src-main/core/model/case.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { SelectField, TextField } from '../../components/Field.tsx';
import { DateField } from '../../components/date/DateField.tsx';
import { under, withOptional, type ErrorAt } from '../../case-edit/fields.ts';
import { ExhibitSelect } from '../../components/ExhibitPicker.tsx';
import { useFocusAfterRender } from '../../case-edit/focus.ts';
import { useLanguageName } from './languages.tsx';
import { CodePicker } from '../../components/CodePicker.tsx';
import type { Statement, StatementKind, StatementMethod, StatementTranslation, StatementUpdate } from './model.ts';
import { withoutTranslation, withTranslation } from '../../../src-main/core/model/translations.ts';
import { TranscriptionSection } from './TranscriptionSection.tsx';
import { TranslationTabs } from './TranslationTabs.tsx';
import { AsPrinted } from './AsPrinted.tsx';
import { DateNotes } from './DateNotes.tsx';
import { ParagraphGrid } from './ParagraphGrid.tsx';
import { ReadBackSection } from './ReadBackSection.tsx';
import { StatementDates } from './StatementDates.tsx';
import { alignedRows, datesIn, insertRow, pasteOriginal, progress, removeRow, setOriginal, setTranslated } from './paragraphs.ts';
import { statementKinds, statementMethods } from './statements.ts';
import { TranslationSection } from './TranslationSection.tsx';

export interface StatementEditorProps {
  readonly draft: Case;
  readonly statement: Statement;
  readonly update: StatementUpdate;
  /** Problems under `statements.N`. */
  readonly errorAt: ErrorAt;
  readonly onClose: () => void;
  /** Extra controls for the statement (send for translation, import a translation). */
  readonly actions?: ReactNode;
}

/**
 * One statement: what it is, in which language and how it was written, the exhibit holding a
 * handwritten original, the paragraphs beside their translation, and who translated it for
 * which tribunal.
 */
export function StatementEditor({ draft, statement, update, errorAt, onClose, actions }: StatementEditorProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const cellBase = useId();
  const languageName = useLanguageName();
  const focusAfterRender = useFocusAfterRender();
  const [removingRow, setRemovingRow] = useState<number | null>(null);
  const lastOriginal = useRef<number | null>(null);
  /** The words selected in the original cell last used: a textarea keeps its selection after focus moves to a button. */
  const readSelection = () => {
    const index = lastOriginal.current;
    if (index === null) return null;
    const area = document.getElementById(cellId(index, 'original'));
    if (!(area instanceof HTMLTextAreaElement)) return null;
    return { paragraph: index, text: area.value.slice(area.selectionStart, area.selectionEnd) };
  };
  const cellId = (index: number, side: 'original' | 'translation') => `${cellBase}-${side}-${index}`;
  // The translation shown beside the original: the one chosen, else the first, else one into the proceedings' language.
  const [chosenLang, setChosenLang] = useState<StatementTranslation['lang'] | null>(null);
  const translationLang =
    (statement.translations.find((tr) => tr.lang === chosenLang) ?? statement.translations[0])?.lang ?? draft.matter.languageOfProceedings;
  const translationIndex = statement.translations.findIndex((tr) => tr.lang === translationLang);
  const rows = alignedRows(statement, translationLang);
  const done = progress(statement, translationLang);
  const addTranslation = (lang: StatementTranslation['lang']) => {
    update((s) => withTranslation(s, { lang, paragraphs: s.paragraphs.map(() => '') }));
    setChosenLang(lang);
  };

  const insert = (at: number) => {
    update((s) => insertRow(s, at));
    focusAfterRender(() => document.getElementById(cellId(at, 'original')));
  };
  const remove = (at: number) => {
    update((s) => removeRow(s, at));
    setRemovingRow(null);
    const next = Math.min(at, rows.length - 2);
    focusAfterRender(() => document.getElementById(cellId(Math.max(0, next), 'original')));
  };
  const askRemove = (at: number) => {
    const row = rows[at];
    if (row && row.original.trim() === '' && row.translation.trim() === '' && datesIn(statement, at) === 0) remove(at);
    else setRemovingRow(at);
  };
  const removingText = removingRow === null ? undefined : rows[removingRow];
  const removingDates = removingRow === null ? 0 : datesIn(statement, removingRow);

  return (
    <section className="card st-editor" aria-labelledby={titleId} data-testid="statement-editor">
      <div className="st-editor-head">
        <h3 id={titleId} tabIndex={-1}>
          {t('statements.editing')}
          {statement.title.trim() ? (
            <>
              {' — '}
              <bdi>{statement.title}</bdi>
            </>
          ) : null}
        </h3>
        <button type="button" className="button button-small" onClick={onClose}>
          {t('statements.close')}
        </button>
      </div>
      <div className="field-row">
        <TextField
          label={t('statements.titleLabel')}
          hint={t('statements.titleHint')}
          value={statement.title}
          onChange={(title) => update((s) => ({ ...s, title }))}
          error={errorAt('title')}
          dir="auto"
          size="long"
        />
        <SelectField<StatementKind>
          label={t('statements.kind')}
          value={statement.kind}
          options={statementKinds.map((kind) => ({ value: kind, label: t(`statements.kinds.${kind}`) }))}
          onChange={(kind) => update((s) => ({ ...s, kind }))}
          error={errorAt('kind')}
          size="medium"
        />
      </div>
      <div className="field-row">
        <CodePicker
          kind="language"
          label={t('statements.lang')}
          emptyNote={t('statements.langHint')}
          value={statement.lang}
          onChange={(lang) => update((s) => ({ ...s, lang }))}
          error={errorAt('lang')}
          size="medium"
        />
        <TextField
          label={t('statements.dialect')}
          hint={t('statements.dialectHint')}
          value={statement.dialect ?? ''}
          onChange={(dialect) => update((s) => withOptional(s, 'dialect', dialect))}
          error={errorAt('dialect')}
          size="medium"
        />
      </div>
      <div className="field-row">
        <SelectField<StatementMethod>
          label={t('statements.method')}
          value={statement.method}
          options={statementMethods.map((method) => ({ value: method, label: t(`statements.methods.${method}`) }))}
          onChange={(method) => update((s) => ({ ...s, method }))}
          error={errorAt('method')}
          size="medium"
        />
        <ExhibitSelect
          label={t('statements.originalExhibit')}
          exhibits={draft.exhibits}
          value={statement.originalExhibitId}
          onChange={(id) => update((s) => withOptional(s, 'originalExhibitId', id))}
          error={errorAt('originalExhibitId')}
        />
      </div>
      {statement.method === 'handwritten' && statement.originalExhibitId === undefined ? (
        <p className="field-hint st-exhibit-hint">{t('statements.handwrittenHint')}</p>
      ) : null}
      <DateField
        kind="source"
        legend={t('statements.dateWritten')}
        value={statement.dateWritten}
        onChange={(dateWritten) => update((s) => withOptional(s, 'dateWritten', dateWritten))}
        errorAt={under(errorAt, 'dateWritten')}
      />

      <TranscriptionSection statement={statement} update={update} errorAt={errorAt} />

      <fieldset className="st-paragraphs">
        <legend>{t('statements.paragraphs')}</legend>
        <p className="field-hint">{t('statements.paragraphsHint')}</p>
        <TranslationTabs
          statement={statement}
          shown={translationLang}
          onShow={setChosenLang}
          onAdd={addTranslation}
          onRemove={(lang) => update((s) => withoutTranslation(s, lang))}
        />
        <p className="progress-note" data-testid="translation-progress" aria-live="polite">
          {done.total === 0
            ? t('statements.progressEmpty')
            : done.done === done.total
              ? t('statements.progressDone', { count: done.total })
              : t('statements.progress', { done: done.done, total: done.total })}
        </p>
        <ParagraphGrid
          rows={rows}
          originalName={languageName(statement.lang)}
          translationName={languageName(translationLang)}
          originalLang={statement.lang}
          translationLang={translationLang}
          onOriginal={(i, text) => update((s) => setOriginal(s, i, text))}
          onPasteOriginal={(i, parts) => update((s) => pasteOriginal(s, i, parts))}
          onTranslation={(i, text) => update((s) => setTranslated(s, i, text, translationLang))}
          onInsert={insert}
          onRemove={askRemove}
          onFocusOriginal={(index) => {
            lastOriginal.current = index;
          }}
          notes={(i) => (
            <>
              <AsPrinted text={rows[i]?.original ?? ''} lang={statement.lang} />
              <DateNotes dates={statement.dates.filter((d) => d.paragraph === i).map((d) => d.date)} lang={statement.lang} />
            </>
          )}
          cellId={cellId}
        />
        {errorAt('paragraphs') ? <p className="field-error">{errorAt('paragraphs')}</p> : null}
        <button type="button" className="button button-small add-row" onClick={() => insert(rows.length)}>
          <span aria-hidden="true">+ </span>
          {t('statements.addParagraph')}
        </button>
      </fieldset>

      <StatementDates statement={statement} update={update} errorAt={errorAt} readSelection={readSelection} />
      {translationIndex === -1 ? null : (
        <TranslationSection
          draft={draft}
          statement={statement}
          lang={translationLang}
          update={update}
          onLangChange={setChosenLang}
          errorAt={under(errorAt, `translations.${translationIndex}`)}
        />
      )}
      <ReadBackSection draft={draft} statement={statement} update={update} errorAt={errorAt} />
      {actions}

      {removingText !== undefined && removingRow !== null ? (
        <ConfirmDialog
          title={t('statements.removeParagraphTitle', { n: removingText.n })}
          confirmLabel={t('statements.removeParagraphConfirm')}
          onCancel={() => setRemovingRow(null)}
          onConfirm={() => remove(removingRow)}
        >
          <p>{t('statements.removeParagraphExplain')}</p>
          {removingDates > 0 ? <p>{t('statements.removeParagraphDates', { count: removingDates })}</p> : null}
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
