import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../../src-main/ipc/contract.ts';
import { api } from '../../api/bridge.ts';
import { localToday } from '../../../src-main/core/model/dates.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { useFocusOnMount } from '../../components/focus.ts';
import { describeHandoffError } from '../statements/handoff-errors.ts';
import { useLanguageName } from '../statements/languages.tsx';
import { ParagraphGrid } from '../statements/ParagraphGrid.tsx';
import { DeclarationForm } from './DeclarationForm.tsx';
import { DraftsPanel, type DraftsState } from './DraftsPanel.tsx';
import { useDraft } from './use-draft.ts';
import { OpenRequest, type Opened } from './OpenRequest.tsx';
import {
  itemRows,
  requestedCertification,
  respondInput,
  startWork,
  untranslated,
  withTranslation,
  workProblems,
  type InterpreterWork,
  type WorkProblem,
} from './request.ts';
import './interpreter.css';

type Outcome = { readonly kind: 'saved'; readonly fileName: string } | { readonly kind: 'no-folder' } | null;

/**
 * Interpreter mode: no cases and no vault. The interpreter opens a request with its passphrase,
 * translates paragraph by paragraph beside the original, signs the declaration and exports the
 * response, sealed with the same passphrase, for the advocate to import. `onLeave` returns to
 * setup once the interpreter has confirmed it.
 */
export function InterpreterScreen({ onLeave }: { readonly onLeave: () => void }) {
  const [opened, setOpened] = useState<Opened | null>(null);
  const [drafts, setDrafts] = useState<DraftsState | null>(null);
  useEffect(() => {
    let current = true;
    void api.interpreterDraftsStatus().then((result) => {
      if (current && result.ok) setDrafts(result.value.state);
    });
    return () => {
      current = false;
    };
  }, []);
  if (!opened)
    return (
      <OpenRequest onOpened={setOpened} onLeave={onLeave}>
        {drafts === null ? null : <DraftsPanel state={drafts} onState={setDrafts} />}
      </OpenRequest>
    );
  return <Workbench opened={opened} draftsOn={drafts === 'unlocked'} onClose={() => setOpened(null)} />;
}

function Workbench({ opened, draftsOn, onClose }: { readonly opened: Opened; readonly draftsOn: boolean; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const cellBase = useId();
  const languageName = useLanguageName();
  const { request } = opened;
  const [work, setWork] = useState<InterpreterWork>(() => startWork(request, localToday(new Date())));
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [closing, setClosing] = useState(false);
  const [discarding, setDiscarding] = useState(false);
  const [discarded, setDiscarded] = useState(false);
  const draft = useDraft(draftsOn && request.bundleId !== undefined, request.bundleId ?? '', request.items[0]?.title ?? '', work, setWork);
  const typed = Object.values(work.translations).some((paragraphs) => paragraphs.some((p) => p.trim() !== ''));
  const close = () => (typed && outcome?.kind !== 'saved' && !(draftsOn && draft.savedAt !== null) ? setClosing(true) : onClose());
  const certification = requestedCertification(request);
  const problems: readonly WorkProblem[] = tried ? workProblems(request, work) : [];
  const left = untranslated(request, work);

  const exportResponse = async () => {
    setTried(true);
    setError(null);
    setOutcome(null);
    if (workProblems(request, work).length > 0) return;
    setBusy(true);
    const result = await api.handoffRespond(respondInput(opened.bytes, opened.passphrase, request, work));
    setBusy(false);
    if (!result.ok) setError(result.error);
    else setOutcome(result.value.saved ? { kind: 'saved', fileName: result.value.fileName } : { kind: 'no-folder' });
  };

  return (
    <section className="interpreter" aria-labelledby="interpreter-work-title">
      <div className="it-head">
        <h1 id="interpreter-work-title" ref={heading} tabIndex={-1}>
          {t('interpreter.workTitle')}
        </h1>
        <button type="button" className="button button-quiet" onClick={close}>
          {t('interpreter.openAnother')}
        </button>
      </div>
      <p className="lead">{t('interpreter.workIntro')}</p>
      {draftsOn ? (
        <p className="notice notice-info" role="status" data-testid="draft-status">
          {draft.failed
            ? t('vaultLife.drafts.saveFailed')
            : draft.savedAt === null
              ? t('vaultLife.drafts.willSave')
              : t('vaultLife.drafts.saved', { time: new Date(draft.savedAt).toLocaleTimeString() })}
        </p>
      ) : (
        <p className="notice notice-warning">{t('interpreter.keepOpen')}</p>
      )}

      {request.items.map((item) => {
        const rows = itemRows(item, work.translations[item.itemId]);
        const done = rows.filter((r) => r.original.trim() !== '' && !r.pending).length;
        const total = rows.filter((r) => r.original.trim() !== '').length;
        return (
          <section
            key={item.itemId}
            className="card form-section"
            aria-labelledby={`${cellBase}-${item.itemId}`}
            data-testid="request-item"
          >
            <h2 id={`${cellBase}-${item.itemId}`}>
              <bdi>{item.title.trim() || t('statements.untitled')}</bdi>
            </h2>
            <dl className="it-facts">
              <dt>{t('interpreter.from')}</dt>
              <dd>
                {languageName(item.sourceLang)}
                {item.dialect ? ` — ${item.dialect}` : ''}
              </dd>
              <dt>{t('interpreter.into')}</dt>
              <dd>{languageName(item.targetLang)}</dd>
              {item.destination ? (
                <>
                  <dt>{t('interpreter.destination')}</dt>
                  <dd>{t(`statements.destinations.${item.destination}`, { defaultValue: item.destination })}</dd>
                </>
              ) : null}
              {item.certification ? (
                <>
                  <dt>{t('statements.certification')}</dt>
                  <dd>{t(`statements.certifications.${item.certification}`, { defaultValue: item.certification })}</dd>
                </>
              ) : null}
            </dl>
            <p className="progress-note" aria-live="polite" data-testid="interpreter-progress">
              {t('statements.progress', { done, total })}
            </p>
            <ParagraphGrid
              rows={rows}
              originalName={languageName(item.sourceLang)}
              translationName={languageName(item.targetLang)}
              originalLang={item.sourceLang}
              translationLang={item.targetLang}
              originalReadOnly
              onTranslation={(i, text) => setWork((w) => withTranslation(w, item.itemId, i, text))}
              cellId={(i, side) => `${cellBase}-${item.itemId}-${side}-${i}`}
            />
          </section>
        );
      })}

      <section className="card form-section" aria-labelledby={`${cellBase}-declare`}>
        <h2 id={`${cellBase}-declare`}>{t('interpreter.signTitle')}</h2>
        <DeclarationForm work={work} onChange={setWork} certification={certification} problems={problems} />
      </section>

      <section className="card form-section" aria-labelledby={`${cellBase}-export`}>
        <h2 id={`${cellBase}-export`}>{t('interpreter.exportTitle')}</h2>
        <p>{t('interpreter.exportExplain')}</p>
        {problems.includes('untranslated') ? (
          <p className="field-error" role="alert">
            {t('interpreter.problems.untranslated', { count: left })}
          </p>
        ) : null}
        {problems.length > 0 && !problems.includes('untranslated') ? (
          <p className="field-error" role="alert">
            {t('interpreter.problems.declaration')}
          </p>
        ) : null}
        {error ? (
          <div role="alert" className="notice notice-error" data-testid="interpreter-error">
            {describeHandoffError(t, error, 'respond').map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
        ) : null}
        {outcome?.kind === 'saved' ? (
          <p role="status" className="notice notice-info" data-testid="interpreter-status">
            {t('interpreter.saved', { fileName: outcome.fileName })}
          </p>
        ) : null}
        {outcome?.kind === 'saved' && draftsOn && !discarded ? (
          <div className="actions start">
            <button type="button" className="button" onClick={() => setDiscarding(true)}>
              {t('vaultLife.drafts.delete')}
            </button>
          </div>
        ) : null}
        {discarded ? (
          <p role="status" className="notice notice-info">
            {t('vaultLife.drafts.deleted')}
          </p>
        ) : null}
        {outcome?.kind === 'no-folder' ? (
          <p role="status" className="notice notice-info">
            {t('statements.handoff.noFolder')}
          </p>
        ) : null}
        <div className="actions">
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void exportResponse()}>
            {busy ? t('statements.handoff.sealing') : t('interpreter.export')}
          </button>
        </div>
      </section>
      {discarding ? (
        <ConfirmDialog
          title={t('vaultLife.drafts.deleteTitle')}
          confirmLabel={t('vaultLife.drafts.deleteConfirm')}
          onCancel={() => setDiscarding(false)}
          onConfirm={() => {
            setDiscarding(false);
            void draft.remove().then(setDiscarded);
          }}
        >
          <p>{t('vaultLife.drafts.deleteExplain')}</p>
        </ConfirmDialog>
      ) : null}
      {closing ? (
        <ConfirmDialog
          title={t('interpreter.closeTitle')}
          cancelLabel={t('interpreter.keepWorking')}
          confirmLabel={t('interpreter.closeConfirm')}
          className="dialog-danger"
          onCancel={() => setClosing(false)}
          onConfirm={onClose}
        >
          <p>{t('interpreter.closeExplain')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
