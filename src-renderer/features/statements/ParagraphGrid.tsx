import { useId, type ClipboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Isolated } from './bidi.tsx';
import type { AlignedRow } from './paragraphs.ts';
import { splitParagraphs } from './paragraphs.ts';
import { directionOf, usableLang } from './statements.ts';

export interface ParagraphGridProps {
  readonly rows: readonly AlignedRow[];
  /** The languages' names in the UI language: "Cantonese (Traditional Chinese)", "English". */
  readonly originalName: string;
  readonly translationName: string;
  readonly originalLang: string | undefined;
  readonly translationLang: string | undefined;
  /** Interpreter mode shows the original as text: only the translation is theirs to write. */
  readonly originalReadOnly?: boolean | undefined;
  readonly onOriginal?: ((index: number, text: string) => void) | undefined;
  /** Several paragraphs pasted into an empty cell of the original: one row each. */
  readonly onPasteOriginal?: ((index: number, parts: string[]) => void) | undefined;
  readonly onTranslation: (index: number, text: string) => void;
  readonly onInsert?: ((index: number) => void) | undefined;
  readonly onRemove?: ((index: number) => void) | undefined;
  /** The original's cell `index` took focus (its selection may then hold a date to record). */
  readonly onFocusOriginal?: ((index: number) => void) | undefined;
  /** Shown under the original's cell: the dates recorded in that paragraph. */
  readonly notes?: ((index: number) => ReactNode) | undefined;
  /** Where each row's original cell registers itself, so a new row can be focused. */
  readonly cellId: (index: number, side: 'original' | 'translation') => string;
}

/**
 * The statement beside its translation, one row per paragraph, numbered as the filed documents
 * number them. The original is set in its own language and direction (so input methods, fonts
 * and right-to-left text behave); an empty translation cell beside words is marked pending.
 */
export function ParagraphGrid(props: ParagraphGridProps) {
  const { t } = useTranslation();
  const base = useId();
  const originalLang = usableLang(props.originalLang);
  const translationLang = usableLang(props.translationLang);
  const originalDir = directionOf(originalLang);
  const translationDir = directionOf(translationLang);
  const editable = props.originalReadOnly !== true;

  const pasteIntoOriginal = (index: number, current: string) => (event: ClipboardEvent<HTMLTextAreaElement>) => {
    if (!props.onPasteOriginal || current.trim() !== '') return;
    const parts = splitParagraphs(event.clipboardData.getData('text/plain'));
    if (parts.length < 2) return;
    event.preventDefault();
    props.onPasteOriginal(index, parts);
  };

  return (
    <div className="st-grid" data-testid="paragraph-grid">
      <div className="st-grid-head" aria-hidden="true">
        <span className="st-num-head">{t('statements.paragraphShort')}</span>
        <span>{t('statements.originalColumn', { language: props.originalName })}</span>
        <span>{t('statements.translationColumn', { language: props.translationName })}</span>
        {editable ? <span /> : null}
      </div>
      <ol className={editable ? 'st-rows' : 'st-rows st-rows-fixed'}>
        {props.rows.map((row, index) => {
          const pendingId = `${base}-${index}-pending`;
          return (
            <li key={index} className={row.pending ? 'st-row st-row-pending' : 'st-row'} data-testid="paragraph-row">
              <span className="st-num" aria-hidden="true">
                {row.n}
              </span>
              <div className="st-original-cell">
                {editable ? (
                  <textarea
                    id={props.cellId(index, 'original')}
                    className="st-cell st-original"
                    aria-label={t('statements.originalCell', { n: row.n, language: props.originalName })}
                    value={row.original}
                    lang={originalLang}
                    dir={originalDir}
                    rows={2}
                    spellCheck={false}
                    autoComplete="off"
                    onChange={(event) => props.onOriginal?.(index, event.target.value)}
                    onPaste={pasteIntoOriginal(index, row.original)}
                    onFocus={() => props.onFocusOriginal?.(index)}
                  />
                ) : (
                  <div
                    id={props.cellId(index, 'original')}
                    className="st-cell st-original st-read"
                    lang={originalLang}
                    dir={originalDir}
                    role="group"
                    aria-label={t('statements.originalCell', { n: row.n, language: props.originalName })}
                    tabIndex={-1}
                  >
                    <Isolated text={row.original} dir={originalDir} />
                  </div>
                )}
                {props.notes?.(index)}
              </div>
              <div className="st-translation-cell">
                <textarea
                  id={props.cellId(index, 'translation')}
                  className="st-cell st-translation"
                  aria-label={t('statements.translationCell', { n: row.n, language: props.translationName })}
                  aria-describedby={row.pending ? pendingId : undefined}
                  placeholder={row.pending ? t('statements.pendingPlaceholder') : undefined}
                  value={row.translation}
                  lang={translationLang}
                  dir={translationDir}
                  rows={2}
                  spellCheck={false}
                  autoComplete="off"
                  onChange={(event) => props.onTranslation(index, event.target.value)}
                />
                {row.pending ? (
                  <span id={pendingId} className="badge st-pending-badge">
                    {t('statements.pending')}
                  </span>
                ) : null}
              </div>
              {editable ? (
                <div className="st-row-actions">
                  <button
                    type="button"
                    className="button button-small button-quiet"
                    title={t('statements.insertAfter', { n: row.n })}
                    onClick={() => props.onInsert?.(index + 1)}
                  >
                    <span aria-hidden="true">+</span>
                    <span className="visually-hidden">{t('statements.insertAfter', { n: row.n })}</span>
                  </button>
                  <button
                    type="button"
                    className="button button-small button-danger-quiet"
                    title={t('statements.removeParagraph', { n: row.n })}
                    onClick={() => props.onRemove?.(index)}
                    disabled={props.rows.length <= 1}
                  >
                    <span aria-hidden="true">✕</span>
                    <span className="visually-hidden">{t('statements.removeParagraph', { n: row.n })}</span>
                  </button>
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
