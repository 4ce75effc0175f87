import { useTranslation } from 'react-i18next';
import './RowActions.css';

export interface RemoveRowButtonProps {
  /** The row's own name, which screen readers hear after "Remove". */
  readonly rowLabel: string;
  readonly onClick: () => void;
  /** Beside the move buttons rather than at the row's end. */
  readonly inActions?: boolean | undefined;
}

/** The button that removes one row of a list. */
export function RemoveRowButton({ rowLabel, onClick, inActions }: RemoveRowButtonProps) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className={inActions ? 'button button-small button-danger-quiet' : 'button button-small button-danger-quiet row-remove'}
      onClick={onClick}
    >
      {t('common.remove')}
      <span className="visually-hidden">: {rowLabel}</span>
    </button>
  );
}

export interface OrderedRowActionsProps {
  /** The row's own name, which screen readers hear after each button's text. */
  readonly rowLabel: string;
  /** The ids of the up and down buttons, which keep the focus after a move. */
  readonly buttonId: (button: 'up' | 'down') => string;
  readonly index: number;
  readonly count: number;
  readonly moveUpLabel: string;
  readonly moveDownLabel: string;
  readonly onMove: (step: -1 | 1) => void;
  readonly onRemove: () => void;
}

/** Move up, move down and remove, for one row of a list whose order matters. */
export function OrderedRowActions(props: OrderedRowActionsProps) {
  return (
    <div className="row-card-actions">
      <button
        id={props.buttonId('up')}
        type="button"
        className="button button-small"
        disabled={props.index === 0}
        onClick={() => props.onMove(-1)}
      >
        <span aria-hidden="true">↑ </span>
        {props.moveUpLabel}
        <span className="visually-hidden">: {props.rowLabel}</span>
      </button>
      <button
        id={props.buttonId('down')}
        type="button"
        className="button button-small"
        disabled={props.index === props.count - 1}
        onClick={() => props.onMove(1)}
      >
        <span aria-hidden="true">↓ </span>
        {props.moveDownLabel}
        <span className="visually-hidden">: {props.rowLabel}</span>
      </button>
      <RemoveRowButton rowLabel={props.rowLabel} onClick={props.onRemove} inActions />
    </div>
  );
}
