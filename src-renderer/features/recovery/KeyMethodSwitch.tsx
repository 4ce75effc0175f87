import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError, VaultStatusDto } from '../../../src-main/ipc/contract.ts';
import { api } from '../../api/bridge.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { TextField } from '../../components/Field.tsx';
import { NewPassphraseFields } from '../../components/NewPassphraseFields.tsx';
import { MIN_PASSPHRASE_LENGTH, passphraseStrength } from '../../components/strength.ts';

export interface KeyMethodSwitchProps {
  readonly keyMethod: 'passphrase' | 'keychain';
  readonly keychainUsable: boolean;
  readonly onStatus: (status: VaultStatusDto) => void;
}

/** Moves the vault key between the system keychain and a passphrase; the recovery code stays. */
export function KeyMethodSwitch({ keyMethod, keychainUsable, onStatus }: KeyMethodSwitchProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [secret, setSecret] = useState('');
  const [confirm, setConfirm] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const toKeychain = keyMethod === 'passphrase';
  if (toKeychain && !keychainUsable) return null;

  const tooShort = !toKeychain && passphraseStrength(secret) === 'tooShort';
  const secretError =
    submitted && toKeychain && secret === ''
      ? t('passphraseChange.currentRequired')
      : submitted && tooShort
        ? t('setup.tooShort', { min: MIN_PASSPHRASE_LENGTH })
        : undefined;
  const confirmError = submitted && !toKeychain && confirm !== secret ? t('setup.mismatch') : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setError(null);
    if ((toKeychain && secret === '') || tooShort || (!toKeychain && confirm !== secret)) return;
    setBusy(true);
    const result = await api.vaultSwitchKeyMethod(
      toKeychain ? { method: 'keychain', current: secret } : { method: 'passphrase', passphrase: secret },
    );
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setSecret('');
    setConfirm('');
    setSubmitted(false);
    onStatus(result.value);
  };

  return (
    <section className="card form-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('recovery.switchTitle')}</h2>
      <p>{toKeychain ? t('recovery.switchToKeychainIntro') : t('recovery.switchToPassphraseIntro')}</p>
      <form className="stack" noValidate onSubmit={(event) => void submit(event)}>
        {toKeychain ? (
          <TextField
            label={t('passphraseChange.current')}
            type="password"
            value={secret}
            onChange={setSecret}
            autoComplete="current-password"
            required
            error={secretError}
          />
        ) : (
          <NewPassphraseFields
            passphrase={secret}
            confirm={confirm}
            onPassphrase={setSecret}
            onConfirm={setConfirm}
            label={t('passphraseChange.next')}
            hint={t('setup.passphraseHint', { min: MIN_PASSPHRASE_LENGTH })}
            confirmLabel={t('passphraseChange.confirm')}
            passphraseError={secretError}
            confirmError={confirmError}
          />
        )}
        <ErrorNotice error={error} />
        <div className="actions start">
          <button type="submit" className="button" disabled={busy}>
            {toKeychain ? t('recovery.switchToKeychain') : t('recovery.switchToPassphrase')}
          </button>
        </div>
      </form>
    </section>
  );
}
