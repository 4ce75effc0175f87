import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError, VaultStatusDto } from '../../../src-main/ipc/contract.ts';
import { api } from '../../api/bridge.ts';
import { TextField } from '../../components/Field.tsx';
import { describeError } from '../../i18n/describe.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';

export interface UnlockScreenProps {
  readonly keyMethod: VaultStatusDto['keyMethod'];
  readonly hasRecoveryCode: boolean;
  readonly onUnlocked: (status: VaultStatusDto) => void;
}

/** Codes that mean the keychain did not give the key (reset, other account, no secret store any more). */
const keychainLost: ReadonlySet<string> = new Set(['KEY_UNAVAILABLE', 'PASSPHRASE_REQUIRED']);

export function UnlockScreen({ keyMethod, hasRecoveryCode, onUnlocked }: UnlockScreenProps) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [mode, setMode] = useState<'usual' | 'recovery'>('usual');
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input, button')?.focus();
  }, [mode]);
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<IpcError | null>(null);
  const [busy, setBusy] = useState(false);
  const recovery = mode === 'recovery';
  const usesPassphrase = keyMethod !== 'keychain';
  const typed = recovery || usesPassphrase;

  const switchMode = (next: 'usual' | 'recovery') => {
    setSecret('');
    setError(null);
    setMode(next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (typed && secret.trim() === '') {
      setError({ code: 'PASSPHRASE_REQUIRED', message: '', issues: [] });
      formRef.current?.querySelector('input')?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    const result = await api.vaultUnlock(recovery ? { recoveryCode: secret } : usesPassphrase ? { passphrase: secret } : {});
    setBusy(false);
    if (result.ok) {
      setSecret('');
      onUnlocked(result.value);
      return;
    }
    setError(result.error);
    const input = formRef.current?.querySelector('input');
    input?.focus();
    input?.select();
  };

  const fieldError = (failure: IpcError): string | undefined => {
    if (failure.code === 'PASSPHRASE_REQUIRED' && typed) return recovery ? t('recovery.required') : describeError(t, failure);
    if (failure.code === 'WRONG_PASSPHRASE') return recovery ? t('recovery.wrong') : usesPassphrase ? describeError(t, failure) : undefined;
    return undefined;
  };
  const inlineError = error ? fieldError(error) : undefined;
  // A keychain vault has no passphrase: say what is true, and offer the recovery code only if it has one.
  const lostKeychain = !recovery && !usesPassphrase && error !== null && keychainLost.has(error.code);
  const notice = inlineError || lostKeychain ? null : error;

  return (
    <section className="narrow-screen" aria-labelledby="unlock-title">
      <h1 id="unlock-title">{t('unlock.title')}</h1>
      <p className="lead">
        {recovery ? t('recovery.unlockIntro') : usesPassphrase ? t('unlock.introPassphrase') : t('unlock.introKeychain')}
      </p>
      <form ref={formRef} className="card" onSubmit={(event) => void submit(event)} noValidate>
        {typed ? (
          <TextField
            label={recovery ? t('recovery.codeLabel') : t('unlock.passphrase')}
            type={recovery ? 'text' : 'password'}
            value={secret}
            onChange={setSecret}
            autoComplete={recovery ? 'off' : 'current-password'}
            error={inlineError}
            required
          />
        ) : null}
        {lostKeychain ? (
          <p role="alert" className="notice notice-error">
            {hasRecoveryCode ? t('recovery.lostKeychain') : t('recovery.lostKeychainNoCode')}
          </p>
        ) : null}
        <ErrorNotice error={notice} />
        {inlineError ? (
          <p className="visually-hidden" role="alert">
            {inlineError}
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('unlock.unlocking') : recovery ? t('recovery.unlock') : t('unlock.unlock')}
          </button>
          {hasRecoveryCode ? (
            <button type="button" className="button" onClick={() => switchMode(recovery ? 'usual' : 'recovery')}>
              {!recovery ? t('recovery.use') : usesPassphrase ? t('recovery.backToPassphrase') : t('recovery.backToKeychain')}
            </button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
