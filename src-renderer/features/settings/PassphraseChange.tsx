import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../../src-main/ipc/contract.ts';
import { api } from '../../api/bridge.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { TextField } from '../../components/Field.tsx';
import { NewPassphraseFields } from '../../components/NewPassphraseFields.tsx';
import { MIN_PASSPHRASE_LENGTH, passphraseStrength } from '../../components/strength.ts';

/**
 * Changes the vault passphrase: the data key is wrapped again under the new one, atomically; case
 * files are not rewritten. The old passphrase stops opening the vault at once; backups taken
 * before keep the passphrase they were made under, and the form says so.
 */
export function PassphraseChange() {
  const { t } = useTranslation();
  const headingId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const [done, setDone] = useState(false);

  const strength = passphraseStrength(next);
  const currentError = submitted && current === '' ? t('passphraseChange.currentRequired') : undefined;
  const nextError = submitted && strength === 'tooShort' ? t('setup.tooShort', { min: MIN_PASSPHRASE_LENGTH }) : undefined;
  const confirmError = submitted && confirm !== next ? t('setup.mismatch') : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setError(null);
    setDone(false);
    if (currentError !== undefined || current === '' || strength === 'tooShort' || confirm !== next) {
      // Focus the first field that needs fixing, after React has marked it.
      window.setTimeout(() => formRef.current?.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus(), 0);
      return;
    }
    setBusy(true);
    const result = await api.vaultChangePassphrase({ current, next });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setCurrent('');
    setNext('');
    setConfirm('');
    setSubmitted(false);
    setDone(true);
  };

  return (
    <section className="card form-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('passphraseChange.title')}</h2>
      <p>{t('passphraseChange.intro')}</p>
      <form ref={formRef} className="stack" noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          label={t('passphraseChange.current')}
          type="password"
          value={current}
          onChange={setCurrent}
          autoComplete="current-password"
          required
          error={currentError}
        />
        <NewPassphraseFields
          passphrase={next}
          confirm={confirm}
          onPassphrase={setNext}
          onConfirm={setConfirm}
          label={t('passphraseChange.next')}
          hint={t('setup.passphraseHint', { min: MIN_PASSPHRASE_LENGTH })}
          confirmLabel={t('passphraseChange.confirm')}
          passphraseError={nextError}
          confirmError={confirmError}
        />
        <p className="notice notice-warning">{t('passphraseChange.backups')}</p>
        <ErrorNotice error={error} />
        <p className="list-status" role="status" aria-live="polite">
          {done ? t('passphraseChange.done') : ''}
        </p>
        <div className="actions start">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('passphraseChange.changing') : t('passphraseChange.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
