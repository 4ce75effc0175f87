import { useTranslation } from 'react-i18next';
import type { Exhibit } from '../../../src-main/core/model/case.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';

export interface RemoveExhibitDialogProps {
  readonly exhibit: Exhibit;
  readonly onClose: () => void;
  readonly onConfirm: () => void;
}

/** Removing takes the exhibit out of the case and of future packets; past builds keep their record. */
export function RemoveExhibitDialog({ exhibit, onClose, onConfirm }: RemoveExhibitDialogProps) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      title={t('exhibits.removeTitle')}
      subject={exhibit.title}
      confirmLabel={t('exhibits.removeConfirm')}
      className="dialog-danger"
      onCancel={onClose}
      onConfirm={onConfirm}
    >
      <p>{t('exhibits.removeExplain')}</p>
    </ConfirmDialog>
  );
}
