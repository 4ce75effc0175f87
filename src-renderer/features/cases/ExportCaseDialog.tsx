import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSummaryDto, IpcError } from '../../../src-main/ipc/contract.ts';
import { api } from '../../api/bridge.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { NewPassphraseFields } from '../../components/NewPassphraseFields.tsx';

export const TRANSFER_PASSPHRASE_MIN = 10;

export interface ExportCaseDialogProps {
  readonly summary: CaseSummaryDto;
  readonly onClose: () => void;
  /** Called with what to announce once a file was saved. */
  readonly onExported: (message: string) => void;
}

/**
 * Export a case: sealed with its exhibits under a passphrase asked twice and never stored (the
 * default), or as the plain JSON case file, unencrypted and without exhibits, after a warning.
 * The save dialog is shown by the main process.
 */
export function ExportCaseDialog({ summary, onClose, onExported }: ExportCaseDialogProps) {
  const { t } = useTranslation();
  const [sealed, setSealed] = useState(true);
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const tooShort = passphrase.length < TRANSFER_PASSPHRASE_MIN;
  const mismatch = confirm !== passphrase;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    setError(null);
    if (sealed && (tooShort || mismatch)) return;
    setBusy(true);
    if (sealed) {
      const result = await api.caseTransferExport({ id: summary.id, passphrase, save: 'dialog' });
      setBusy(false);
      if (!result.ok) return setError(result.error);
      if (!result.value.saved) return;
      const draft = result.value.draftLeftBehind ? ` ${t('transfer.draftLeftBehind')}` : '';
      onExported(`${t('transfer.exported', { file: result.value.fileName, count: result.value.exhibits })}${draft}`);
    } else {
      const result = await api.caseExportSave({ id: summary.id });
      setBusy(false);
      if (!result.ok) return setError(result.error);
      if (result.value.saved) onExported(t('transfer.exportedPlain', { file: result.value.fileName }));
    }
  };

  return (
    <Dialog title={t('transfer.exportTitle')} onClose={onClose}>
      <form onSubmit={(event) => void submit(event)} noValidate className="stack">
        <p className="dialog-subject">
          <bdi>{summary.displayName || t('cases.unnamed')}</bdi>
        </p>
        <fieldset className="choice-group">
          <legend>{t('transfer.kind')}</legend>
          <label className="choice">
            <input type="radio" name="export-kind" checked={sealed} onChange={() => setSealed(true)} />
            {t('transfer.sealed')}
          </label>
          <label className="choice">
            <input type="radio" name="export-kind" checked={!sealed} onChange={() => setSealed(false)} />
            {t('transfer.plain')}
          </label>
        </fieldset>
        {sealed ? (
          <>
            <p>{t('transfer.sealedExplain')}</p>
            <NewPassphraseFields
              passphrase={passphrase}
              confirm={confirm}
              onPassphrase={setPassphrase}
              onConfirm={setConfirm}
              label={t('transfer.passphrase')}
              hint={t('transfer.passphraseHint', { count: TRANSFER_PASSPHRASE_MIN })}
              confirmLabel={t('transfer.passphraseAgain')}
              passphraseError={tried && tooShort ? t('transfer.passphraseShort', { count: TRANSFER_PASSPHRASE_MIN }) : undefined}
              confirmError={tried && !tooShort && mismatch ? t('transfer.passphraseMismatch') : undefined}
            />
          </>
        ) : (
          <p className="notice notice-warning" data-testid="plain-export-warning">
            {t('transfer.plainWarning')}
          </p>
        )}
        <ErrorNotice error={error} />
        <div className="actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {sealed ? t('transfer.saveSealed') : t('transfer.savePlain')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
