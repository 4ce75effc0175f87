import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './RowList.css';

export interface RowListProps<T> {
  readonly title: string;
  readonly description?: string | undefined;
  readonly items: readonly T[];
  /** The accessible name of row `index` (e.g. "Language 2"). */
  readonly rowLabel: (index: number) => string;
  readonly renderRow: (item: T, index: number) => ReactNode;
  readonly addLabel: string;
  readonly onAdd: () => void;
  readonly onRemove: (index: number) => void;
  readonly error?: string | undefined;
  readonly emptyText?: string | undefined;
}

/** A titled list of repeated rows, each removable, with an add button. */
export function RowList<T>(props: RowListProps<T>) {
  const { t } = useTranslation();
  return (
    <div className="row-list">
      <h3>{props.title}</h3>
      {props.description ? <p className="field-hint">{props.description}</p> : null}
      {props.items.length === 0 && props.emptyText ? <p className="row-empty">{props.emptyText}</p> : null}
      {props.items.map((item, index) => (
        <fieldset className="row-card" key={index}>
          <legend className="visually-hidden">{props.rowLabel(index)}</legend>
          <div className="row-body">{props.renderRow(item, index)}</div>
          <button type="button" className="button button-small button-danger-quiet row-remove" onClick={() => props.onRemove(index)}>
            {t('common.remove')}
            <span className="visually-hidden"> {props.rowLabel(index)}</span>
          </button>
        </fieldset>
      ))}
      {props.error ? (
        <p className="field-error">
          <span aria-hidden="true">✕ </span>
          {props.error}
        </p>
      ) : null}
      <button type="button" className="button button-small add-row" onClick={props.onAdd}>
        <span aria-hidden="true">+ </span>
        {props.addLabel}
      </button>
    </div>
  );
}
