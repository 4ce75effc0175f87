import { useState, type FormEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../src-main/core/model/case.ts';
import type { IpcError } from '../../../src-main/ipc/contract.ts';
import type { CaseEditor } from '../../api/case-editor.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { BundleFields, useBundleChoice } from './BundleFields.tsx';
import { importResponse, type ParagraphChange } from './handoff.ts';
import { describeHandoffError } from './handoff-errors.ts';
import { ParagraphDiff } from './ParagraphDiff.tsx';

export interface ImportTranslationDialogProps {
  readonly editor: CaseEditor;
  readonly draft: Case;
  readonly onClose: () => void;
  /** The statements the response attached to, once it has. */
  readonly onAttached: (itemIds: readonly string[]) => void;
}

interface Pending {
  readonly itemId: string;
  readonly changes: readonly ParagraphChange[];
}

/**
 * Imports the interpreter's response bundle: the file and its passphrase, then the translation
 * attaches to the statement it answers. When that statement changed since it was sent, the
 * changes are shown and nothing is attached unless the user accepts them.
 */
export function ImportTranslationDialog({ editor, draft, onClose, onAttached }: ImportTranslationDialogProps) {
  const { t } = useTranslation();
  const choice = useBundleChoice();
  const { passphrase } = choice;
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);

  const run = async (accept: boolean) => {
    if (!choice.file || passphrase === '') return;
    setBusy(true);
    setError(null);
    const bytes = await choice.read();
    if (bytes === null) {
      setBusy(false);
      return;
    }
    const result = await importResponse(editor, bytes, passphrase, accept);
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      setPending(null);
      return;
    }
    const value = result.value;
    if (value.status === 'attached') onAttached(value.itemIds);
    else if (value.status === 'needs-confirmation') setPending({ itemId: value.itemId, changes: value.changes });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    setSubmitted(true);
    void run(false);
  };

  const statement = pending ? draft.statements.find((s) => s.id === pending.itemId) : undefined;

  return createPortal(
    <Dialog title={t('statements.handoff.importTitle')} onClose={onClose} className="st-import-dialog">
      {pending ? (
        <div className="stack">
          <p role="alert" className="notice notice-warning">
            {t('statements.handoff.changedSince', { title: statement?.title.trim() || t('statements.untitled') })}
          </p>
          <ParagraphDiff changes={pending.changes} lang={statement?.lang} />
          <p>{t('statements.handoff.changedQuestion')}</p>
          <div className="actions">
            <button type="button" className="button" onClick={onClose} data-autofocus>
              {t('statements.handoff.keepCurrent')}
            </button>
            <button type="button" className="button button-primary" disabled={busy} onClick={() => void run(true)}>
              {t('statements.handoff.attachAnyway')}
            </button>
          </div>
        </div>
      ) : (
        <form className="stack" noValidate onSubmit={submit}>
          <p>{t('statements.handoff.importExplain')}</p>
          <BundleFields
            choice={choice}
            submitted={submitted}
            fileLabel={t('statements.handoff.file')}
            chooseFile={t('statements.handoff.chooseFile')}
            passphraseLabel={t('statements.handoff.passphrase')}
          />
          {error ? (
            <div role="alert" className="notice notice-error" data-testid="handoff-error">
              {describeHandoffError(t, error, 'import').map((line) => (
                <p key={line}>{line}</p>
              ))}
            </div>
          ) : null}
          <div className="actions">
            <button type="button" className="button" onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="button button-primary" disabled={busy}>
              {busy ? t('statements.handoff.opening') : t('statements.handoff.import')}
            </button>
          </div>
        </form>
      )}
    </Dialog>,
    document.body,
  );
}
