import type { RefObject } from 'react';
import { SelectField } from './Field.tsx';

export interface AddOfKindProps<V extends string> {
  /** The label of the choice of kind. */
  readonly label: string;
  readonly value: V;
  readonly options: readonly { readonly value: V; readonly label: string }[];
  readonly onChoose: (value: V) => void;
  readonly addLabel: string;
  readonly onAdd: () => void;
  /** The add button, where the focus returns once a row is removed. */
  readonly buttonRef: RefObject<HTMLButtonElement | null>;
  readonly className?: string | undefined;
}

/** Below a list of rows of several kinds: the kind of the next row, and the button that adds it. */
export function AddOfKind<V extends string>({ label, value, options, onChoose, addLabel, onAdd, buttonRef, className }: AddOfKindProps<V>) {
  return (
    <div className={className ? `field-row align-end ${className}` : 'field-row align-end'}>
      <SelectField<V> label={label} value={value} options={options} onChange={onChoose} size="long" />
      <button ref={buttonRef} type="button" className="button" onClick={onAdd}>
        <span aria-hidden="true">+ </span>
        {addLabel}
      </button>
    </div>
  );
}
