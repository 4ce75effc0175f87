import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierApi, IpcError } from '../../../src-main/ipc/contract.ts';
import { api } from '../../api/bridge.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';

type Backup = Extract<Awaited<ReturnType<DossierApi['vaultBackups']>>, { ok: true }>['value'][number];

export interface BackupActionsProps {
  readonly backup: Backup;
  readonly busy: boolean;
  /** The backup's date as the list shows it. */
  readonly date: string;
  readonly onStart: () => void;
  readonly onDone: (outcome: { message: string } | { error: IpcError }, changed: boolean) => void;
}

/**
 * What can be done with one whole backup: copy it out as one encrypted file, verify it without
 * restoring it, and restore the whole vault from it (after a confirmation that names the cases
 * the vault holds now, which are replaced).
 */
export function BackupActions({ backup, busy, date, onStart, onDone }: BackupActionsProps) {
  const { t } = useTranslation();
  const [replaced, setReplaced] = useState<readonly string[] | null>(null);

  const copy = async () => {
    onStart();
    const result = await api.vaultCopyBackup({ backupId: backup.id });
    if (!result.ok) return onDone({ error: result.error }, false);
    onDone({ message: result.value.file === null ? '' : t('backupFiles.copied', { file: result.value.file }) }, false);
  };

  const verify = async () => {
    onStart();
    const result = await api.vaultVerifyBackup({ backupId: backup.id });
    if (!result.ok) return onDone({ error: result.error }, false);
    const check = result.value;
    onDone(
      {
        message: check.ok
          ? t('backupFiles.verifiedOk', { date, files: check.files, count: check.cases })
          : t('backupFiles.verifiedBad', {
              date,
              count: check.problems.length,
              list: check.problems
                .slice(0, 5)
                .map((p) => `${p.file} (${t(`backupFiles.problems.${p.problem}`)})`)
                .join(', '),
            }),
      },
      false,
    );
  };

  const askRestore = async () => {
    const result = await api.caseList({ query: '', includeArchived: true });
    if (!result.ok) return onDone({ error: result.error }, false);
    setReplaced(result.value.map((c) => c.displayName));
  };

  const restore = async () => {
    setReplaced(null);
    onStart();
    const result = await api.vaultRestoreVault({ backupId: backup.id });
    if (!result.ok) return onDone({ error: result.error }, true);
    onDone({ message: t('backupFiles.restoredWhole', { date, count: result.value.cases }) }, true);
  };

  return (
    <div className="actions start">
      <button type="button" className="button" disabled={busy} onClick={() => void copy()}>
        {t('backupFiles.copy')}
      </button>
      <button type="button" className="button" disabled={busy} onClick={() => void verify()}>
        {t('backupFiles.verify')}
      </button>
      <button type="button" className="button" disabled={busy || !backup.readable} onClick={() => void askRestore()}>
        {t('backupFiles.restoreWhole')}
      </button>
      {replaced ? (
        <ConfirmDialog
          title={t('backupFiles.confirmTitle')}
          subject={date}
          confirmLabel={t('backupFiles.confirm')}
          onCancel={() => setReplaced(null)}
          onConfirm={() => void restore()}
        >
          <p>{t('backupFiles.confirmText', { count: backup.cases.length })}</p>
          <p>{replaced.length === 0 ? t('backupFiles.replacesNothing') : t('backupFiles.replaces', { count: replaced.length })}</p>
          {replaced.length === 0 ? null : (
            <ul className="backups-cases">
              {replaced.map((name, i) => (
                <li key={`${String(i)}-${name}`}>
                  <bdi>{name}</bdi>
                </li>
              ))}
            </ul>
          )}
          <p>{t('backupFiles.confirmSafety')}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
