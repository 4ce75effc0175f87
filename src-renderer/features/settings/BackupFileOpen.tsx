import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierApi, IpcError, VaultStatusDto } from '../../../src-main/ipc/contract.ts';
import { formatDateWords } from '../../../src-main/core/text/date-words.ts';
import { api } from '../../api/bridge.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { TextField } from '../../components/Field.tsx';

type Contents = Extract<Awaited<ReturnType<DossierApi['vaultBackupFileInspect']>>, { ok: true }>['value'];
type Case = Contents['cases'][number];

export interface BackupFileOpenProps {
  /** `vault`: first run, the whole file becomes the vault; `case`: one case into the open vault. */
  readonly mode: 'vault' | 'case';
  readonly onVaultRestored?: (status: VaultStatusDto) => void;
  /** A case came in (and a backup of the vault as it was was made). */
  readonly onCaseRestored?: () => void;
  readonly className?: string;
}

const baseName = (file: string) => file.split(/[\\/]/).pop() ?? file;

/**
 * A backup file copied out of a vault (this one or another): chosen in the open dialog, opened
 * with the passphrase in use when the backup was made, verified, then restored whole into an
 * empty data folder or one case at a time into the open vault.
 */
export function BackupFileOpen({ mode, onVaultRestored, onCaseRestored, className }: BackupFileOpenProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [file, setFile] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [tried, setTried] = useState(false);
  const [contents, setContents] = useState<Contents | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const [message, setMessage] = useState('');
  const [chosen, setChosen] = useState<Case | null>(null);
  const when = (iso: string) => formatDateWords(new Date(iso).getTime(), i18n.language, { dateStyle: 'long', timeStyle: 'short' });

  const run = async <T,>(work: () => Promise<{ ok: true; value: T } | { ok: false; error: IpcError }>): Promise<T | null> => {
    setBusy(true);
    setError(null);
    setMessage('');
    const result = await work();
    setBusy(false);
    if (result.ok) return result.value;
    setError(result.error);
    return null;
  };

  const pick = async () => {
    const picked = await run(() => api.vaultBackupFilePick());
    if (picked?.file) {
      setFile(picked.file);
      setContents(null);
    }
  };

  const inspect = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (file === null || passphrase === '') return;
    setContents(null);
    setContents(await run(() => api.vaultBackupFileInspect({ file, passphrase })));
  };

  const restoreVault = async () => {
    if (file === null) return;
    const status = await run(() => api.vaultBackupFileRestore({ file, passphrase }));
    if (status) onVaultRestored?.(status);
  };

  const restoreCase = async (c: Case) => {
    setChosen(null);
    if (file === null) return;
    const restored = await run(() => api.vaultBackupFileRestoreCase({ file, passphrase, caseId: c.id }));
    if (!restored) return;
    setContents(null);
    setMessage(t('vaultLife.backupFile.caseRestored', { name: restored.displayName || c.displayName }));
    onCaseRestored?.();
  };

  const problems = contents?.check.problems ?? [];
  return (
    <section className={className ?? 'backup-file'} aria-labelledby={headingId}>
      <h2 id={headingId}>{t(mode === 'vault' ? 'vaultLife.backupFile.titleVault' : 'vaultLife.backupFile.titleCase')}</h2>
      <p>{t(mode === 'vault' ? 'vaultLife.backupFile.introVault' : 'vaultLife.backupFile.introCase')}</p>
      <form className="stack" onSubmit={(event) => void inspect(event)} noValidate>
        <div className="actions start">
          <button type="button" className="button" disabled={busy} onClick={() => void pick()}>
            {t('vaultLife.backupFile.choose')}
          </button>
          <span data-testid="backup-file-name">{file === null ? t('vaultLife.backupFile.noFile') : baseName(file)}</span>
        </div>
        {tried && file === null ? (
          <p role="alert" className="notice notice-error">
            {t('vaultLife.backupFile.fileRequired')}
          </p>
        ) : null}
        <TextField
          label={t('vaultLife.backupFile.passphrase')}
          hint={t('vaultLife.backupFile.passphraseHint')}
          type="password"
          value={passphrase}
          onChange={(value) => {
            setPassphrase(value);
            setContents(null);
          }}
          autoComplete="off"
          required
          error={tried && passphrase === '' ? t('vaultLife.backupFile.passphraseRequired') : undefined}
        />
        <div className="actions start">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('vaultLife.backupFile.open')}
          </button>
        </div>
      </form>
      <p className="list-status" role="status" aria-live="polite">
        {contents?.check.ok === true
          ? t('vaultLife.backupFile.whole', { date: when(contents.createdAt), count: contents.cases.length })
          : message}
      </p>
      {error?.code === 'WRONG_PASSPHRASE' ? (
        <p role="alert" className="notice notice-error">
          {t('vaultLife.backupFile.wrongPassphrase')}
        </p>
      ) : (
        <ErrorNotice error={error} />
      )}
      {contents !== null && !contents.check.ok ? (
        <p role="alert" className="notice notice-error">
          {t('vaultLife.backupFile.damaged', {
            count: problems.length,
            list: problems.map((p) => `${p.file} (${t(`backupFiles.problems.${p.problem}`)})`).join(', '),
          })}
        </p>
      ) : null}
      {contents?.check.ok === true && mode === 'vault' ? (
        <div className="actions start">
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void restoreVault()}>
            {t('vaultLife.backupFile.restoreVault')}
          </button>
        </div>
      ) : null}
      {contents?.check.ok === true && mode === 'case' ? (
        <ul className="backups-cases" aria-label={t('vaultLife.backupFile.casesLabel')}>
          {contents.cases.map((c) => (
            <li key={c.id}>
              <span>{c.displayName}</span>
              <button type="button" className="button" disabled={busy} onClick={() => setChosen(c)}>
                {t('backups.restore')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {chosen ? (
        <ConfirmDialog
          title={t('backups.confirmTitle')}
          subject={chosen.displayName}
          confirmLabel={t('backups.confirm')}
          tone="primary"
          onCancel={() => setChosen(null)}
          onConfirm={() => void restoreCase(chosen)}
        >
          <p>{t('vaultLife.backupFile.confirmCase', { date: contents ? when(contents.createdAt) : '' })}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
