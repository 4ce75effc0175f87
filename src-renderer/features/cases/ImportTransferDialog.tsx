import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../../src-main/ipc/contract.ts';
import { api } from '../../api/bridge.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { TextField } from '../../components/Field.tsx';

export interface ImportTransferDialogProps {
  readonly onClose: () => void;
  /** The imported case's id, and what to announce. */
  readonly onImported: (id: string, message: string) => void;
}

/** Imports a sealed case transfer: the passphrase first, then the open dialog (shown by main). Never replaces a case. */
export function ImportTransferDialog({ onClose, onImported }: ImportTransferDialogProps) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    setError(null);
    if (passphrase === '') return;
    setBusy(true);
    const result = await api.caseTransferImport({ passphrase });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    const value = result.value;
    if (value.status === 'cancelled') return;
    const name = value.displayName || t('cases.unnamed');
    onImported(value.id, value.renamedFrom === undefined ? t('transfer.imported', { name }) : t('transfer.importedRenamed', { name }));
  };

  return (
    <Dialog title={t('transfer.importTitle')} onClose={onClose}>
      <form onSubmit={(event) => void submit(event)} noValidate className="stack">
        <p>{t('transfer.importExplain')}</p>
        <TextField
          label={t('transfer.passphrase')}
          type="password"
          value={passphrase}
          onChange={setPassphrase}
          autoComplete="off"
          required
          error={tried && passphrase === '' ? t('transfer.passphraseRequired') : undefined}
        />
        <ErrorNotice error={error} />
        <div className="actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('transfer.chooseFile')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
