import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError, Result } from '../../../src-main/ipc/contract.ts';
import {
  listParagraphs,
  resetWordingEdit,
  saveWordingEdit,
  type DocumentKind,
  type WordingDocument,
  type WordingParagraphs,
} from '../../api/wording.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import './wording.css';

export interface WordingEditorProps {
  readonly caseId: string;
  readonly kind: DocumentKind;
  readonly lang: 'en' | 'fr';
  /** The statement or bondsperson the document is for, where the case has several such documents. */
  readonly target?: string | undefined;
  /**
   * Called after every saved or reset edit: the case changed in the vault (a new revision), so the
   * host reloads its copy of the case and its preview.
   */
  readonly onChanged: () => void;
}

/**
 * This case's own wording of one generated document: each paragraph as plain text, saved to the
 * case when the field loses focus, edited ones marked, each with a reset to the template's
 * wording, and a reset for the whole document. Edits the case no longer matches are shown apart,
 * kept until removed. The host saves its draft of the case before showing this (the edits are
 * written to the stored case) and reloads it on `onChanged`.
 */
export function WordingEditor(props: WordingEditorProps) {
  // Another document starts afresh: no listing, draft or message of the last one carries over.
  return <WordingEditorBody key={[props.caseId, props.kind, props.lang, props.target ?? ''].join('\u0000')} {...props} />;
}

function WordingEditorBody({ caseId, kind, lang, target, onChanged }: WordingEditorProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const fieldId = useId();
  const [listing, setListing] = useState<WordingParagraphs | null>(null);
  const [drafts, setDrafts] = useState<ReadonlyMap<string, string>>(new Map());
  const [error, setError] = useState<IpcError | null>(null);
  const [message, setMessage] = useState('');
  const [confirmReset, setConfirmReset] = useState(false);

  useEffect(() => {
    let current = true;
    const document: WordingDocument = { caseId, kind, lang, target };
    void listParagraphs(document).then((result) => {
      if (!current) return;
      if (result.ok) {
        setListing(result.value);
        setError(null);
      } else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, [caseId, kind, lang, target]);

  /** Takes a changed listing from the main process, drops the draft it answers, and tells the host. */
  const settle = useCallback(
    (result: Result<WordingParagraphs>, original: string | undefined, notice: string) => {
      if (!result.ok) {
        setError(result.error);
        setMessage('');
        return;
      }
      setListing(result.value);
      setError(null);
      setDrafts((current) => {
        if (original === undefined) return new Map();
        const next = new Map(current);
        next.delete(original);
        return next;
      });
      setMessage(notice);
      onChanged();
    },
    [onChanged],
  );

  const document: WordingDocument = { caseId, kind, lang, target };
  const documentName = t(`templates.names.${kind}`, { defaultValue: kind });
  const title = t('wording.title', { document: documentName, language: t(`templates.lang.${lang}`) });

  const save = async (original: string, number: number) => {
    const draft = drafts.get(original);
    const shown = listing?.paragraphs.find((p) => p.original === original)?.text;
    if (draft === undefined || draft === shown) return;
    setMessage(t('wording.saving'));
    settle(await saveWordingEdit(document, original, draft), original, t('wording.saved', { number }));
  };

  const reset = async (original: string, notice: string) => {
    setMessage('');
    settle(await resetWordingEdit(document, original), original, notice);
  };

  const resetAll = async () => {
    setConfirmReset(false);
    setMessage('');
    settle(await resetWordingEdit(document), undefined, t('wording.allReset'));
  };

  const edited = listing?.paragraphs.filter((p) => p.edited).length ?? 0;
  const anything = edited > 0 || (listing?.stale.length ?? 0) > 0;

  return (
    <section className="wording" aria-labelledby={headingId}>
      <div className="wording-head">
        <h3 id={headingId}>{title}</h3>
        <button type="button" className="button" disabled={!anything} onClick={() => setConfirmReset(true)}>
          {t('wording.resetAll')}
        </button>
      </div>
      <p className="field-hint">{t('wording.hint')}</p>
      <p className="list-status" role="status" aria-live="polite" data-testid="wording-message">
        {listing === null && error === null ? t('wording.loading') : message}
      </p>
      <ErrorNotice error={error} />
      {listing !== null && listing.stale.length > 0 ? (
        <div className="notice notice-warning wording-stale" role="group" aria-labelledby={`${headingId}-stale`}>
          <p id={`${headingId}-stale`} className="wording-stale-title">
            {t('wording.staleTitle', { count: listing.stale.length })}
          </p>
          <p>{t('wording.staleHint')}</p>
          <ul>
            {listing.stale.map((stale) => (
              <li key={stale.original}>
                <p>
                  <span className="wording-label">{t('wording.staleWas')}</span>{' '}
                  <span lang={lang} dir="auto">
                    {stale.original}
                  </span>
                </p>
                <p>
                  <span className="wording-label">{t('wording.staleText')}</span>{' '}
                  <span lang={lang} dir="auto">
                    {stale.text}
                  </span>
                </p>
                <button type="button" className="button" onClick={() => void reset(stale.original, t('wording.staleRemoved'))}>
                  {t('wording.removeStale')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {listing !== null && listing.paragraphs.length === 0 ? <p>{t('wording.empty')}</p> : null}
      {edited > 0 ? <p className="wording-count">{t('wording.editedCount', { count: edited })}</p> : null}
      {listing !== null && listing.paragraphs.length > 0 ? (
        <ol className="wording-list" aria-label={t('wording.listLabel')}>
          {listing.paragraphs.map((paragraph, index) => {
            const number = index + 1;
            const id = `${fieldId}-${number}`;
            const value = drafts.get(paragraph.original) ?? paragraph.text;
            return (
              <li
                key={paragraph.original}
                className={paragraph.edited ? 'field wording-paragraph wording-edited' : 'field wording-paragraph'}
              >
                <div className="wording-paragraph-head">
                  <label htmlFor={id}>{t('wording.paragraph', { number })}</label>
                  {paragraph.edited ? (
                    <span className="badge badge-edited">{paragraph.text.trim() === '' ? t('wording.leftOut') : t('wording.edited')}</span>
                  ) : null}
                </div>
                <textarea
                  id={id}
                  className="wording-text"
                  value={value}
                  lang={lang}
                  dir="auto"
                  rows={Math.min(12, Math.max(2, Math.ceil(value.length / 90) + value.split('\n').length - 1))}
                  onChange={(event) => {
                    const text = event.target.value;
                    setDrafts((current) => new Map(current).set(paragraph.original, text));
                  }}
                  onBlur={() => void save(paragraph.original, number)}
                />
                {paragraph.edited ? (
                  <div className="wording-paragraph-foot">
                    <details className="wording-original">
                      <summary>{t('wording.templateText')}</summary>
                      <p lang={lang} dir="auto">
                        {paragraph.original}
                      </p>
                    </details>
                    <button
                      type="button"
                      className="button"
                      aria-label={t('wording.resetParagraphLabel', { number })}
                      onClick={() => void reset(paragraph.original, t('wording.wasReset', { number }))}
                    >
                      {t('wording.resetParagraph')}
                    </button>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
      ) : null}
      {confirmReset ? (
        <ConfirmDialog
          title={t('wording.resetAllTitle')}
          subject={documentName}
          confirmLabel={t('wording.resetAllConfirm')}
          onCancel={() => setConfirmReset(false)}
          onConfirm={() => void resetAll()}
        >
          <p>{t('wording.resetAllBody')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
