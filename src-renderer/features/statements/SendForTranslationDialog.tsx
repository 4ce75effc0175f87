import { useState, type FormEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../../src-main/ipc/contract.ts';
import type { CaseEditor } from '../../api/case-editor.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { exportRequest, type ExportChoices } from './handoff.ts';
import { describeHandoffError } from './handoff-errors.ts';
import { PassphraseFields, passphraseReady } from './PassphraseFields.tsx';

export interface SendForTranslationDialogProps {
  readonly editor: CaseEditor;
  /** What is sent: a statement's id, or `doc:<kind>` for a generated document. */
  readonly itemId: string;
  /** The item's name as the list shows it. */
  readonly title: string;
  readonly choices: Omit<ExportChoices, 'itemId'>;
  readonly onClose: () => void;
}

type Outcome = { readonly kind: 'saved'; readonly fileName: string } | { readonly kind: 'no-folder' } | null;

/**
 * Seals a translation request with a passphrase typed twice and has the main process save it in
 * a folder the user chooses. The request holds only what the interpreter needs; the passphrase
 * goes to them by phone.
 */
export function SendForTranslationDialog({ editor, itemId, title, choices, onClose }: SendForTranslationDialogProps) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    setSubmitted(true);
    setError(null);
    setOutcome(null);
    if (!passphraseReady(passphrase, confirm)) return;
    setBusy(true);
    const result = await exportRequest(editor, passphrase, { itemId, ...choices });
    setBusy(false);
    if (!result.ok) setError(result.error);
    else setOutcome(result.value.saved ? { kind: 'saved', fileName: result.value.fileName } : { kind: 'no-folder' });
  };

  // The dialog holds a form of its own, so it lives outside the tab's form.
  return createPortal(
    <Dialog title={t('statements.handoff.sendTitle')} onClose={onClose}>
      {outcome?.kind === 'saved' ? (
        <div className="stack">
          <p role="status" className="notice notice-info" data-testid="handoff-status">
            {t('statements.handoff.saved', { fileName: outcome.fileName })}
          </p>
          <p>{t('statements.handoff.savedNext')}</p>
          <div className="actions">
            <button type="button" className="button button-primary" onClick={onClose} data-autofocus>
              {t('statements.handoff.done')}
            </button>
          </div>
        </div>
      ) : (
        <form className="stack" noValidate onSubmit={(event) => void submit(event)}>
          <p className="dialog-subject">
            <bdi>{title}</bdi>
          </p>
          <p>{t('statements.handoff.sendExplain')}</p>
          <PassphraseFields
            passphrase={passphrase}
            confirm={confirm}
            onPassphrase={setPassphrase}
            onConfirm={setConfirm}
            submitted={submitted}
          />
          {error ? (
            <div role="alert" className="notice notice-error" data-testid="handoff-error">
              {describeHandoffError(t, error, 'export').map((line) => (
                <p key={line}>{line}</p>
              ))}
            </div>
          ) : null}
          {outcome?.kind === 'no-folder' ? (
            <p role="status" className="notice notice-info">
              {t('statements.handoff.noFolder')}
            </p>
          ) : null}
          <div className="actions">
            <button type="button" className="button" onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="button button-primary" disabled={busy}>
              {busy ? t('statements.handoff.sealing') : t('statements.handoff.save')}
            </button>
          </div>
        </form>
      )}
    </Dialog>,
    document.body,
  );
}
