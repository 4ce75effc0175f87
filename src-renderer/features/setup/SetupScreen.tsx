import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError, VaultStatusDto } from '../../../src-main/ipc/contract.ts';
import { api } from '../../api/bridge.ts';
import { useFocusOnMount } from '../../components/focus.ts';
import { NewPassphraseFields } from '../../components/NewPassphraseFields.tsx';
import { MIN_PASSPHRASE_LENGTH, passphraseStrength } from '../../components/strength.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { BackupFileOpen } from '../settings/BackupFileOpen.tsx';
import './setup.css';

type Method = 'keychain' | 'passphrase';

/**
 * First run for an advocate: the vault and how its key is kept. An interpreter who only
 * translates requests needs no vault: they choose interpreter mode instead, and the app
 * remembers that choice.
 */
export function SetupScreen({
  keychainUsable,
  onCreated,
  onInterpreter,
  onRestored,
}: {
  readonly keychainUsable: boolean;
  readonly onCreated: (status: VaultStatusDto) => void;
  readonly onInterpreter: () => void;
  /** A whole backup file was restored into the empty data folder and opened. */
  readonly onRestored: (status: VaultStatusDto) => void;
}) {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [method, setMethod] = useState<Method>(keychainUsable ? 'keychain' : 'passphrase');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const [restoring, setRestoring] = useState(false);
  const passRef = useRef<HTMLDivElement>(null);

  const strength = passphraseStrength(passphrase);
  const passError = submitted && strength === 'tooShort' ? t('setup.tooShort', { min: MIN_PASSPHRASE_LENGTH }) : undefined;
  const confirmError = submitted && confirm !== passphrase ? t('setup.mismatch') : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setError(null);
    if (method === 'passphrase' && (strength === 'tooShort' || confirm !== passphrase)) {
      passRef.current?.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    setBusy(true);
    const result = await api.vaultCreate(method === 'passphrase' ? { method, passphrase } : { method });
    setBusy(false);
    if (result.ok) onCreated(result.value);
    else setError(result.error);
  };

  return (
    <section className="narrow-screen" aria-labelledby="setup-title">
      <h1 id="setup-title" ref={heading} tabIndex={-1}>
        {t('setup.title')}
      </h1>
      <p className="lead">{t('setup.intro')}</p>
      <form className="card" onSubmit={(event) => void submit(event)} noValidate>
        {keychainUsable ? (
          <fieldset className="choice-group">
            <legend>{t('setup.methodLegend')}</legend>
            <label className="choice">
              <input type="radio" name="method" value="keychain" checked={method === 'keychain'} onChange={() => setMethod('keychain')} />
              <span>
                <strong>{t('setup.keychain')}</strong>
                <span className="choice-detail">{t('setup.keychainDetail')}</span>
              </span>
            </label>
            <label className="choice">
              <input
                type="radio"
                name="method"
                value="passphrase"
                checked={method === 'passphrase'}
                onChange={() => setMethod('passphrase')}
              />
              <span>
                <strong>{t('setup.passphrase')}</strong>
                <span className="choice-detail">{t('setup.passphraseDetail')}</span>
              </span>
            </label>
          </fieldset>
        ) : (
          <div className="notice notice-info">
            <h2 className="notice-title">{t('setup.noKeychainTitle')}</h2>
            <p>{t('setup.noKeychain')}</p>
          </div>
        )}
        {method === 'passphrase' ? (
          <div ref={passRef} className="stack">
            <NewPassphraseFields
              passphrase={passphrase}
              confirm={confirm}
              onPassphrase={setPassphrase}
              onConfirm={setConfirm}
              label={t('setup.passphraseLabel')}
              hint={t('setup.passphraseHint', { min: MIN_PASSPHRASE_LENGTH })}
              confirmLabel={t('setup.confirmLabel')}
              passphraseError={passError}
              confirmError={confirmError}
            />
            <p className="notice notice-warning">{t('setup.noRecovery')}</p>
          </div>
        ) : null}
        <ErrorNotice error={error} />
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('setup.creating') : t('setup.create')}
          </button>
        </div>
      </form>
      <div className="card setup-offer">
        <div className="actions start">
          <button type="button" className="button" aria-expanded={restoring} onClick={() => setRestoring(!restoring)}>
            {t('vaultLife.backupFile.offer')}
          </button>
        </div>
        {restoring ? <BackupFileOpen mode="vault" className="setup-backup-file" onVaultRestored={onRestored} /> : null}
      </div>
      <section className="card setup-offer" aria-labelledby="interpreter-offer-title">
        <h2 id="interpreter-offer-title">{t('interpreter.offerTitle')}</h2>
        <p>{t('interpreter.offer')}</p>
        <div className="actions">
          <button type="button" className="button" onClick={onInterpreter}>
            {t('interpreter.choose')}
          </button>
        </div>
      </section>
    </section>
  );
}
