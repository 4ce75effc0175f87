import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierApi, IpcError } from '../../../src-main/ipc/contract.ts';
import { formatDateWords } from '../../../src-main/core/text/date-words.ts';
import { api } from '../../api/bridge.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { BackupActions } from './BackupActions.tsx';
import { BackupFileOpen } from './BackupFileOpen.tsx';

type Backup = Extract<Awaited<ReturnType<DossierApi['vaultBackups']>>, { ok: true }>['value'][number];
type Restore = { readonly backup: Backup; readonly caseId: string; readonly name: string };

const knownReasons = ['manual', 'daily', 'before-migration', 'before-restore'] as const;

/**
 * The vault's backups (kept inside the vault folder, encrypted like it): make one now, see what
 * each holds, put one case or the whole vault back as it was, verify one, copy one out. A
 * restore first backs up the vault as it is.
 */
export function BackupsPanel() {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [backups, setBackups] = useState<readonly Backup[] | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [restore, setRestore] = useState<Restore | null>(null);

  const when = useCallback(
    (iso: string) => formatDateWords(new Date(iso).getTime(), i18n.language, { dateStyle: 'long', timeStyle: 'short' }),
    [i18n.language],
  );
  const reason = (value: string) => ((knownReasons as readonly string[]).includes(value) ? t(`backups.reasons.${value}`) : value);

  const refresh = useCallback(async () => {
    const result = await api.vaultBackups();
    if (result.ok) setBackups(result.value);
    else setError(result.error);
  }, []);

  useEffect(() => {
    let current = true;
    void api.vaultBackups().then((result) => {
      if (!current) return;
      if (result.ok) setBackups(result.value);
      else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, []);

  const backUpNow = async () => {
    setBusy(true);
    setError(null);
    setMessage('');
    const result = await api.vaultBackupNow();
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setMessage(t('backups.made'));
    await refresh();
  };

  const confirmRestore = async (chosen: Restore) => {
    setRestore(null);
    setBusy(true);
    setError(null);
    setMessage('');
    const result = await api.vaultRestoreCase({ backupId: chosen.backup.id, caseId: chosen.caseId });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setMessage(t('backups.restored', { name: chosen.name, date: when(chosen.backup.createdAt) }));
    await refresh();
  };

  return (
    <>
      <section className="card form-section" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('backups.title')}</h2>
        <p>{t('backups.intro')}</p>
        <p>{t('backupFiles.intro')}</p>
        <div className="actions start">
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void backUpNow()}>
            {t('backups.now')}
          </button>
        </div>
        <p className="list-status" role="status" aria-live="polite">
          {message}
        </p>
        <ErrorNotice error={error} />
        {backups === null ? null : backups.length === 0 ? (
          <p>{t('backups.none')}</p>
        ) : (
          <ul className="backups-list">
            {backups.map((b) => (
              <li key={b.id} className="backups-item" data-testid="backup">
                <details>
                  <summary>
                    <strong>{when(b.createdAt)}</strong> — {reason(b.reason)} —{' '}
                    {b.readable ? t('backups.cases', { count: b.cases.length }) : t('backups.unreadable')}
                  </summary>
                  <BackupActions
                    backup={b}
                    busy={busy}
                    date={when(b.createdAt)}
                    onStart={() => {
                      setBusy(true);
                      setError(null);
                      setMessage('');
                    }}
                    onDone={(outcome, changed) => {
                      setBusy(false);
                      if ('error' in outcome) setError(outcome.error);
                      else setMessage(outcome.message);
                      if (changed) void refresh();
                    }}
                  />
                  <ul className="backups-cases">
                    {b.cases.map((c) => (
                      <li key={c.id}>
                        <span>{c.displayName}</span>
                        <button
                          type="button"
                          className="button"
                          disabled={busy}
                          onClick={() => setRestore({ backup: b, caseId: c.id, name: c.displayName })}
                        >
                          {t('backups.restore')}
                        </button>
                      </li>
                    ))}
                  </ul>
                </details>
              </li>
            ))}
          </ul>
        )}
        {restore ? (
          <ConfirmDialog
            title={t('backups.confirmTitle')}
            subject={restore.name}
            confirmLabel={t('backups.confirm')}
            tone="primary"
            onCancel={() => setRestore(null)}
            onConfirm={() => void confirmRestore(restore)}
          >
            <p>{t('backups.confirmText', { date: when(restore.backup.createdAt) })}</p>
          </ConfirmDialog>
        ) : null}
      </section>
      <BackupFileOpen className="card form-section" mode="case" onCaseRestored={() => void refresh()} />
    </>
  );
}
