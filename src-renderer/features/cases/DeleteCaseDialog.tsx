import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSummaryDto, IpcError } from '../../../src-main/ipc/contract.ts';
import { api } from '../../api/bridge.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { TextField } from '../../components/Field.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';

export interface DeleteCaseDialogProps {
  readonly summary: CaseSummaryDto;
  readonly onClose: () => void;
  readonly onDeleted: () => void;
}

/** Deleting cannot be undone, so the user types a confirmation word first. */
export function DeleteCaseDialog({ summary, onClose, onDeleted }: DeleteCaseDialogProps) {
  const { t } = useTranslation();
  const word = t('deleteCase.word');
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const confirmed = typed.trim().toLocaleUpperCase() === word.toLocaleUpperCase();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!confirmed) return;
    setBusy(true);
    const result = await api.caseDelete({ id: summary.id, confirm: true });
    setBusy(false);
    if (result.ok) onDeleted();
    else setError(result.error);
  };

  return (
    <Dialog title={t('deleteCase.title')} onClose={onClose} className="dialog-danger">
      <form onSubmit={(event) => void submit(event)} noValidate className="stack">
        <p className="dialog-subject">
          <bdi>{summary.displayName || t('cases.unnamed')}</bdi>
        </p>
        <p>{t('deleteCase.explain')}</p>
        <TextField label={t('deleteCase.typeToConfirm', { word })} value={typed} onChange={setTyped} autoComplete="off" />
        <ErrorNotice error={error} />
        <div className="actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-danger" disabled={!confirmed || busy}>
            {t('deleteCase.confirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
