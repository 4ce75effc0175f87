import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { CaseSummaryDto, IpcError, TemplateEntryDto } from '../../../src-main/ipc/contract.ts';
import {
  getTemplate,
  listOpenCases,
  listTemplates,
  previewTemplate,
  problemsFromSaveError,
  resetTemplate,
  saveTemplate,
  type DocLang,
  type TemplatePreview,
  type TemplateProblem,
  type TemplateText,
} from '../../api/documents.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { SelectField } from '../../components/Field.tsx';
import { PreviewFrame } from './PreviewFrame.tsx';

export const PREVIEW_DELAY_MS = 400;

interface Selected {
  readonly id: string;
  readonly lang: DocLang;
}

const keyOf = (entry: Selected): string => `${entry.lang}/${entry.id}`;

function templateName(t: TFunction, entry: Selected): string {
  return t('templates.name', {
    name: t(`templates.names.${entry.id}`, { defaultValue: entry.id }),
    language: t(`templates.lang.${entry.lang}`),
  });
}

/** A problem in the UI language where its wording is known; otherwise the checker's English. */
function problemText(t: TFunction, problem: TemplateProblem): { readonly text: string; readonly english: boolean } {
  if (problem.message.startsWith('unknown field') && problem.field !== undefined) {
    return { text: t('templates.problem.unknownField', { field: `{{${problem.field}}}` }), english: false };
  }
  return { text: problem.message, english: true };
}

/** Offset of a 1-based line and column in the text. */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current += 1) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  const end = text.indexOf('\n', offset);
  return Math.min(offset + Math.max(0, column - 1), end < 0 ? text.length : end);
}

type Mode = { readonly kind: 'view' } | { readonly kind: 'edit'; readonly draft: string };

/** Settings → Templates: the document wording, previewed with a case, edited, saved or reset. */
export function TemplatesPanel({ defaultLang }: { readonly defaultLang: DocLang }) {
  const { t } = useTranslation();
  const headingId = useId();
  const detailId = useId();
  const textId = useId();
  const problemsId = useId();
  const [entries, setEntries] = useState<readonly TemplateEntryDto[]>([]);
  const [cases, setCases] = useState<readonly CaseSummaryDto[]>([]);
  const [caseId, setCaseId] = useState('');
  const [selected, setSelected] = useState<Selected>({ id: 'letter', lang: defaultLang });
  const [loaded, setLoaded] = useState<TemplateText | null>(null);
  const [mode, setMode] = useState<Mode>({ kind: 'view' });
  const [previewSource, setPreviewSource] = useState<string | undefined>(undefined);
  const [preview, setPreview] = useState<TemplatePreview | null>(null);
  const [saveProblems, setSaveProblems] = useState<readonly TemplateProblem[]>([]);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<IpcError | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const [stored, setStored] = useState(0);
  const textarea = useRef<HTMLTextAreaElement>(null);

  const refreshList = useCallback(async () => {
    const result = await listTemplates();
    if (result.ok) setEntries(result.value);
    else setError(result.error);
  }, []);

  useEffect(() => {
    void listTemplates().then((result) => {
      if (result.ok) setEntries(result.value);
      else setError(result.error);
    });
    void listOpenCases().then((result) => {
      if (!result.ok) return;
      setCases(result.value);
      setCaseId((current) => current || (result.value[0]?.id ?? ''));
    });
  }, []);

  const choose = (next: Selected) => {
    if (keyOf(next) === keyOf(selected)) return;
    setLoaded(null);
    setMode({ kind: 'view' });
    setPreviewSource(undefined);
    setSaveProblems([]);
    setMessage('');
    setSelected(next);
  };

  // The chosen template's stored text.
  useEffect(() => {
    let current = true;
    void getTemplate(selected.id, selected.lang).then((result) => {
      if (!current) return;
      if (result.ok) setLoaded(result.value);
      else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, [selected]);

  // The text being edited reaches the preview after a pause in typing.
  const draft = mode.kind === 'edit' ? mode.draft : undefined;
  useEffect(() => {
    if (draft === undefined) return;
    const timer = setTimeout(() => setPreviewSource(draft), PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft]);

  useEffect(() => {
    if (caseId === '') return;
    let current = true;
    void previewTemplate(caseId, selected.id, selected.lang, previewSource).then((result) => {
      if (!current) return;
      if (result.ok) {
        setPreview(result.value);
        setError(null);
      } else {
        setPreview(null);
        setError(result.error);
      }
    });
    return () => {
      current = false;
    };
  }, [caseId, selected, previewSource, stored]);

  const entry = entries.find((e) => e.id === selected.id && e.lang === selected.lang);
  const overridden = loaded?.overridden ?? entry?.overridden ?? false;
  const name = templateName(t, selected);
  const shown = caseId === '' ? null : preview;
  const problems = mode.kind === 'edit' ? (shown?.errors.length ? shown.errors : saveProblems) : [];

  const reload = async (notice: string) => {
    await refreshList();
    const result = await getTemplate(selected.id, selected.lang);
    if (result.ok) setLoaded(result.value);
    setStored((n) => n + 1);
    setMode({ kind: 'view' });
    setPreviewSource(undefined);
    setSaveProblems([]);
    setMessage(notice);
  };

  const save = async () => {
    if (mode.kind !== 'edit') return;
    setMessage('');
    const result = await saveTemplate(selected.id, selected.lang, mode.draft);
    if (result.ok) {
      setError(null);
      await reload(t('templates.saved', { name }));
      return;
    }
    const found = problemsFromSaveError(result.error);
    setSaveProblems(found);
    if (found.length === 0) setError(result.error);
    setMessage(t('templates.refused', { count: found.length }));
  };

  const reset = async () => {
    setConfirmReset(false);
    setMessage('');
    const result = await resetTemplate(selected.id, selected.lang);
    if (result.ok) await reload(t('templates.wasReset', { name }));
    else setError(result.error);
  };

  const goTo = (problem: TemplateProblem) => {
    const element = textarea.current;
    if (!element) return;
    const at = offsetOf(element.value, problem.line, problem.column);
    element.focus();
    element.setSelectionRange(at, at);
    const lineHeight = Number.parseFloat(getComputedStyle(element).lineHeight) || 20;
    element.scrollTop = Math.max(0, (problem.line - 3) * lineHeight);
  };

  const startEditing = (text: string) => {
    setMessage('');
    setMode({ kind: 'edit', draft: text });
    setPreviewSource(text);
    textarea.current?.focus();
  };

  return (
    <section className="templates" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {t('templates.title')}
      </h2>
      <div className="templates-layout">
        <nav className="card template-list" aria-label={t('templates.listLabel')}>
          <ul>
            {entries.map((item) => {
              const current = keyOf(item) === keyOf(selected);
              return (
                <li key={keyOf(item)}>
                  <button
                    type="button"
                    className="template-item"
                    aria-current={current ? 'true' : undefined}
                    onClick={() => choose({ id: item.id, lang: item.lang })}
                  >
                    <span className="template-item-name">{templateName(t, item)}</span>
                    <span className={`badge ${item.overridden ? 'badge-edited' : 'badge-muted'}`}>
                      {item.overridden ? t('templates.edited') : t('templates.builtIn')}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </nav>
        <section className="card template-detail" aria-labelledby={detailId}>
          <div className="template-head">
            <h3 id={detailId}>{name}</h3>
            <span className={`badge ${overridden ? 'badge-edited' : 'badge-muted'}`} data-testid="template-status">
              {overridden ? t('templates.edited') : t('templates.builtIn')}
            </span>
          </div>
          <div className="actions start">
            {mode.kind === 'view' ? (
              <>
                <button type="button" className="button" disabled={!loaded} onClick={() => loaded && startEditing(loaded.defaultText)}>
                  {t('templates.duplicate')}
                </button>
                {overridden ? (
                  <>
                    <button type="button" className="button" disabled={!loaded} onClick={() => loaded && startEditing(loaded.text)}>
                      {t('templates.edit')}
                    </button>
                    <button type="button" className="button" onClick={() => setConfirmReset(true)}>
                      {t('templates.reset')}
                    </button>
                  </>
                ) : null}
              </>
            ) : (
              <>
                <button type="button" className="button button-primary" onClick={() => void save()}>
                  {t('templates.save')}
                </button>
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    setMode({ kind: 'view' });
                    setPreviewSource(undefined);
                    setSaveProblems([]);
                    setMessage('');
                  }}
                >
                  {t('templates.cancelEdit')}
                </button>
              </>
            )}
          </div>
          <p className="list-status" role="status" aria-live="polite" data-testid="template-message">
            {message}
          </p>
          <ErrorNotice error={error} />
          {overridden && entry?.builtInChanged ? (
            <p className="notice notice-warning" data-testid="template-built-in-changed">
              {t('templates.builtInChanged')}
            </p>
          ) : null}
          <div className="template-panes">
            <div className="field template-text">
              <label htmlFor={textId}>{mode.kind === 'edit' ? t('templates.textEditing') : t('templates.text')}</label>
              <p id={`${textId}-hint`} className="field-hint">
                {mode.kind === 'edit'
                  ? t('templates.textHintEditing')
                  : overridden
                    ? t('templates.textHintEdited')
                    : t('templates.textHint')}
              </p>
              <textarea
                ref={textarea}
                id={textId}
                className="template-source"
                value={mode.kind === 'edit' ? mode.draft : (loaded?.text ?? '')}
                readOnly={mode.kind !== 'edit'}
                onChange={(event) => {
                  setMode({ kind: 'edit', draft: event.target.value });
                  setSaveProblems([]);
                }}
                rows={24}
                spellCheck={false}
                wrap="off"
                lang={selected.lang}
                aria-invalid={problems.length > 0 ? true : undefined}
                aria-describedby={[`${textId}-hint`, problems.length > 0 ? problemsId : null].filter(Boolean).join(' ')}
              />
              {problems.length > 0 ? (
                <div className="template-problems" id={problemsId}>
                  <p className="field-error">
                    <span aria-hidden="true">✕ </span>
                    {t('templates.problems', { count: problems.length })}
                  </p>
                  <ul>
                    {problems.map((problem) => {
                      const said = problemText(t, problem);
                      return (
                        <li key={`${problem.line}:${problem.column}:${problem.message}`}>
                          <button type="button" className="link-button" onClick={() => goTo(problem)}>
                            {t('templates.at', { line: problem.line, column: problem.column })}{' '}
                            <span lang={said.english ? 'en' : undefined}>{said.text}</span>
                          </button>
                        </li>
                      );
                    })}
                  </ul>
                </div>
              ) : null}
            </div>
            <div className="template-preview">
              {cases.length > 0 ? (
                <SelectField
                  label={t('templates.previewCase')}
                  value={caseId}
                  options={cases.map((c) => ({ value: c.id, label: c.displayName || t('cases.unnamed') }))}
                  onChange={setCaseId}
                  size="long"
                />
              ) : (
                <p className="field-hint">{t('templates.noCases')}</p>
              )}
              {shown?.html ? (
                <PreviewFrame html={shown.html} title={t('templates.previewTitle', { name })} />
              ) : shown && shown.errors.length > 0 ? (
                <p className="preview-blocked">{t('templates.previewBlocked')}</p>
              ) : null}
            </div>
          </div>
        </section>
      </div>
      {confirmReset ? (
        <ConfirmDialog
          title={t('templates.resetTitle', { name })}
          confirmLabel={t('templates.resetConfirm')}
          onCancel={() => setConfirmReset(false)}
          onConfirm={() => void reset()}
        >
          <p>{t('templates.resetBody')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
