import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError, VaultCheckDto } from '../../../src-main/ipc/contract.ts';
import { api } from '../../api/bridge.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';

/**
 * Settings → Backups → Vault check: attachments no case refers to (orphans, which can be removed),
 * files the key cannot open, and files set aside as damaged (never deleted here).
 */
export function VaultCheckPanel() {
  const { t } = useTranslation();
  const headingId = useId();
  const [report, setReport] = useState<VaultCheckDto | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);

  const run = async (clean: boolean) => {
    setBusy(true);
    setError(null);
    const result = await api.vaultCheck({ clean });
    setBusy(false);
    if (result.ok) setReport(result.value);
    else setError(result.error);
  };

  const left = report === null ? 0 : report.orphans.length - report.cleaned;
  return (
    <section className="card form-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('vaultCheck.title')}</h2>
      <p>{t('vaultCheck.intro')}</p>
      <div className="actions start">
        <button type="button" className="button" disabled={busy} onClick={() => void run(false)}>
          {t('vaultCheck.run')}
        </button>
        {left > 0 ? (
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void run(true)}>
            {t('vaultCheck.clean', { count: left })}
          </button>
        ) : null}
      </div>
      <ErrorNotice error={error} />
      <div role="status" aria-live="polite" data-testid="vault-check">
        {report === null ? null : (
          <ul>
            <li>{t('vaultCheck.blobs', { count: report.blobs })}</li>
            <li>{report.cleaned > 0 ? t('vaultCheck.cleaned', { count: report.cleaned }) : t('vaultCheck.orphans', { count: left })}</li>
            <li>{t('vaultCheck.unreadable', { count: report.unreadable.length })}</li>
            <li>{t('vaultCheck.quarantined', { count: report.quarantined.length })}</li>
            {report.notCleaned === 'unreadable-cases' ? <li>{t('vaultCheck.notCleaned')}</li> : null}
          </ul>
        )}
      </div>
    </section>
  );
}
