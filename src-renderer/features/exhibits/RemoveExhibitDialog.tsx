import { useTranslation } from 'react-i18next';
import type { Exhibit } from '../../../src-main/core/model/case.ts';
import { Dialog } from '../../components/Dialog.tsx';

export interface RemoveExhibitDialogProps {
  readonly exhibit: Exhibit;
  readonly onClose: () => void;
  readonly onConfirm: () => void;
}

/** Removing takes the exhibit out of the case and of future packets; past builds keep their record. */
export function RemoveExhibitDialog({ exhibit, onClose, onConfirm }: RemoveExhibitDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('exhibits.removeTitle')} onClose={onClose} className="dialog-danger">
      <div className="stack">
        <p className="dialog-subject">
          <bdi>{exhibit.title}</bdi>
        </p>
        <p>{t('exhibits.removeExplain')}</p>
        <div className="actions">
          <button type="button" className="button" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </button>
          <button type="button" className="button button-danger" onClick={onConfirm}>
            {t('exhibits.removeConfirm')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
