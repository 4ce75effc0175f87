import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError, VaultStatusDto } from '../../../src-main/ipc/contract.ts';
import { api } from '../../api/bridge.ts';
import { TextField } from '../../components/Field.tsx';
import { describeError } from '../../i18n/describe.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';

export interface UnlockScreenProps {
  readonly keyMethod: VaultStatusDto['keyMethod'];
  readonly onUnlocked: (status: VaultStatusDto) => void;
}

export function UnlockScreen({ keyMethod, onUnlocked }: UnlockScreenProps) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input, button')?.focus();
  }, []);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<IpcError | null>(null);
  const [busy, setBusy] = useState(false);
  const usesPassphrase = keyMethod !== 'keychain';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (usesPassphrase && passphrase === '') {
      setError({ code: 'PASSPHRASE_REQUIRED', message: '', issues: [] });
      formRef.current?.querySelector('input')?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    const result = await api.vaultUnlock(usesPassphrase ? { passphrase } : {});
    setBusy(false);
    if (result.ok) {
      setPassphrase('');
      onUnlocked(result.value);
      return;
    }
    setError(result.error);
    const input = formRef.current?.querySelector('input');
    input?.focus();
    input?.select();
  };

  const inlineError =
    error && usesPassphrase && (error.code === 'WRONG_PASSPHRASE' || error.code === 'PASSPHRASE_REQUIRED')
      ? describeError(t, error)
      : undefined;

  return (
    <section className="narrow-screen" aria-labelledby="unlock-title">
      <h1 id="unlock-title">{t('unlock.title')}</h1>
      <p className="lead">{usesPassphrase ? t('unlock.introPassphrase') : t('unlock.introKeychain')}</p>
      <form ref={formRef} className="card" onSubmit={(event) => void submit(event)} noValidate>
        {usesPassphrase ? (
          <TextField
            label={t('unlock.passphrase')}
            type="password"
            value={passphrase}
            onChange={setPassphrase}
            autoComplete="current-password"
            error={inlineError}
            required
          />
        ) : null}
        <ErrorNotice error={inlineError ? null : error} />
        {inlineError ? (
          <p className="visually-hidden" role="alert">
            {inlineError}
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('unlock.unlocking') : t('unlock.unlock')}
          </button>
        </div>
      </form>
    </section>
  );
}
