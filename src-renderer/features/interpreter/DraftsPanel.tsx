import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../../src-main/ipc/contract.ts';
import { formatDateWords } from '../../../src-main/core/text/date-words.ts';
import { api } from '../../api/bridge.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { TextField } from '../../components/Field.tsx';
import { NewPassphraseFields } from '../../components/NewPassphraseFields.tsx';
import { MIN_PASSPHRASE_LENGTH } from '../../components/strength.ts';

export type DraftsState = 'absent' | 'locked' | 'unlocked';
type DraftSummary = { readonly requestId: string; readonly title: string; readonly savedAt: string };

/**
 * The interpreter's drafts: set up with a passphrase of their own on first use, unlocked on
 * return, then listed ("continue the translation of …"). Continuing means opening the request
 * file again with the request's passphrase, which is never kept.
 */
export function DraftsPanel({ state, onState }: { readonly state: DraftsState; readonly onState: (state: DraftsState) => void }) {
  const { t, i18n } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const [drafts, setDrafts] = useState<readonly DraftSummary[]>([]);
  const creating = state === 'absent';
  const tooShort = creating && passphrase.length < MIN_PASSPHRASE_LENGTH;
  const mismatch = creating && confirm !== passphrase;
  const passphraseError =
    tried && passphrase === ''
      ? t('vaultLife.drafts.required')
      : tried && tooShort
        ? t('vaultLife.drafts.tooShort', { min: MIN_PASSPHRASE_LENGTH })
        : undefined;

  useEffect(() => {
    if (state !== 'unlocked') return undefined;
    let current = true;
    void api.interpreterDraftList().then((result) => {
      if (current && result.ok) setDrafts(result.value);
    });
    return () => {
      current = false;
    };
  }, [state]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    setError(null);
    if (passphrase === '' || tooShort || mismatch) return;
    setBusy(true);
    const result = await api.interpreterDraftsOpen({ passphrase, create: creating });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setPassphrase('');
    setConfirm('');
    setTried(false);
    onState(result.value.state);
  };

  const when = (iso: string) => formatDateWords(new Date(iso).getTime(), i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  if (state === 'unlocked')
    return (
      <section className="card stack it-drafts" aria-labelledby="drafts-title" data-testid="interpreter-drafts">
        <h2 id="drafts-title">{t('vaultLife.drafts.title')}</h2>
        <p>{t('vaultLife.drafts.on')}</p>
        {drafts.length === 0 ? (
          <p>{t('vaultLife.drafts.none')}</p>
        ) : (
          <ul className="stack">
            {drafts.map((d) => (
              <li key={d.requestId}>
                {t('vaultLife.drafts.continue', { title: d.title || t('statements.untitled'), date: when(d.savedAt) })}
              </li>
            ))}
          </ul>
        )}
      </section>
    );

  return (
    <form className="card stack it-drafts" noValidate onSubmit={(event) => void submit(event)} aria-labelledby="drafts-title">
      <h2 id="drafts-title">{t('vaultLife.drafts.title')}</h2>
      <p>{t(creating ? 'vaultLife.drafts.offer' : 'vaultLife.drafts.lockedIntro')}</p>
      {creating ? (
        <NewPassphraseFields
          passphrase={passphrase}
          confirm={confirm}
          onPassphrase={setPassphrase}
          onConfirm={setConfirm}
          label={t('vaultLife.drafts.passphrase')}
          hint={t('vaultLife.drafts.passphraseHint', { min: MIN_PASSPHRASE_LENGTH })}
          confirmLabel={t('vaultLife.drafts.confirm')}
          passphraseError={passphraseError}
          confirmError={tried && mismatch ? t('vaultLife.drafts.mismatch') : undefined}
        />
      ) : (
        <TextField
          label={t('vaultLife.drafts.passphrase')}
          type="password"
          value={passphrase}
          onChange={setPassphrase}
          autoComplete="off"
          required
          error={passphraseError}
        />
      )}
      {error?.code === 'WRONG_PASSPHRASE' ? (
        <p role="alert" className="notice notice-error">
          {t('vaultLife.drafts.wrong')}
        </p>
      ) : (
        <ErrorNotice error={error} />
      )}
      <div className="actions">
        <button type="submit" className="button" disabled={busy}>
          {t(creating ? 'vaultLife.drafts.create' : 'vaultLife.drafts.unlock')}
        </button>
      </div>
    </form>
  );
}
