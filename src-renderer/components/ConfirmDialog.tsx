import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog.tsx';

export interface ConfirmDialogProps {
  readonly title: string;
  /** What is about to be changed, named on a line of its own (a title, a name). */
  readonly subject?: string | undefined;
  /** What confirming does, and what it keeps. */
  readonly children: ReactNode;
  readonly confirmLabel: string;
  /** The safe choice, focused first; "Cancel" unless named. */
  readonly cancelLabel?: string | undefined;
  /** `danger` for what removes or resets something, `primary` for a plain step. */
  readonly tone?: 'danger' | 'primary';
  readonly className?: string | undefined;
  readonly onCancel: () => void;
  readonly onConfirm: () => void;
}

/** A question before an action that cannot be taken back: the safe choice has the focus, Escape cancels. */
export function ConfirmDialog({
  title,
  subject,
  children,
  confirmLabel,
  cancelLabel,
  tone = 'danger',
  className,
  onCancel,
  onConfirm,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog title={title} onClose={onCancel} className={className}>
      <div className="stack">
        {subject === undefined ? null : (
          <p className="dialog-subject">
            <bdi>{subject}</bdi>
          </p>
        )}
        {children}
        <div className="actions">
          <button type="button" className="button" onClick={onCancel} data-autofocus>
            {cancelLabel ?? t('common.cancel')}
          </button>
          <button type="button" className={`button button-${tone}`} onClick={onConfirm}>
            {confirmLabel}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
