import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../../src-main/ipc/contract.ts';
import { api } from '../../api/bridge.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { useFocusOnMount } from '../../components/focus.ts';
import { BundleFields, useBundleChoice } from '../statements/BundleFields.tsx';
import { describeHandoffError } from '../statements/handoff-errors.ts';
import type { OpenedRequest } from './request.ts';

export interface Opened {
  readonly bytes: Uint8Array<ArrayBuffer>;
  readonly passphrase: string;
  readonly request: OpenedRequest;
}

/**
 * The interpreter's first step: the request file the advocate sent and the passphrase they gave
 * by phone. The request and its passphrase are never stored; the interpreter's work is, as a
 * draft, when the drafts are set up.
 */
export function OpenRequest({
  onOpened,
  onLeave,
  children,
}: {
  readonly onOpened: (opened: Opened) => void;
  readonly onLeave: () => void;
  /** The drafts panel, below the request form. */
  readonly children?: ReactNode;
}) {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const choice = useBundleChoice();
  const { passphrase } = choice;
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const [leaving, setLeaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setError(null);
    if (!choice.file || passphrase === '') return;
    setBusy(true);
    const bytes = await choice.read();
    if (bytes === null) {
      setBusy(false);
      return;
    }
    const result = await api.handoffOpenRequest({ bytes, passphrase });
    setBusy(false);
    if (!result.ok) setError(result.error);
    else if (result.value.chosen) onOpened({ bytes, passphrase, request: result.value });
  };

  return (
    <section className="narrow-screen" aria-labelledby="interpreter-title">
      <h1 id="interpreter-title" ref={heading} tabIndex={-1}>
        {t('interpreter.title')}
      </h1>
      <p className="lead">{t('interpreter.intro')}</p>
      <form className="card stack" noValidate onSubmit={(event) => void submit(event)}>
        <h2>{t('interpreter.openTitle')}</h2>
        <BundleFields
          choice={choice}
          submitted={submitted}
          fileLabel={t('interpreter.file')}
          fileHint={t('interpreter.fileHint')}
          chooseFile={t('interpreter.chooseFile')}
          passphraseLabel={t('interpreter.passphrase')}
          passphraseHint={t('interpreter.passphraseHint')}
        />
        {error ? (
          <div role="alert" className="notice notice-error" data-testid="interpreter-error">
            {describeHandoffError(t, error, 'open').map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
        ) : null}
        <p className="notice notice-info">{t('interpreter.privacy')}</p>
        <div className="actions">
          <button type="button" className="button" onClick={() => setLeaving(true)}>
            {t('interpreter.back')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('interpreter.opening') : t('interpreter.open')}
          </button>
        </div>
      </form>
      {children}
      {leaving ? (
        <ConfirmDialog
          title={t('interpreter.leaveTitle')}
          cancelLabel={t('interpreter.stay')}
          confirmLabel={t('interpreter.leaveConfirm')}
          tone="primary"
          onCancel={() => setLeaving(false)}
          onConfirm={onLeave}
        >
          <p>{t('interpreter.leaveExplain')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
