import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from './Field.tsx';
import { draftNumber, parseQuantity, sameDraftNumber } from './money.ts';
import './inputs.css';

/** A number as shown in a field: '' for none, or for text that could not be read. */
function quantityText(value: number | undefined): string {
  return value === undefined || Number.isNaN(value) ? '' : String(value);
}

export interface QuantityFieldProps {
  readonly label: string;
  readonly value: number | undefined;
  readonly onChange: (value: number | undefined) => void;
  readonly error?: string | undefined;
  readonly integer?: boolean | undefined;
  readonly size?: 'tiny' | 'short' | undefined;
}

/** A non-negative number (a distance, an age), kept as typed; anything else is named here and not saved. */
export function QuantityField({ label, value, onChange, error, integer, size }: QuantityFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(() => quantityText(value));
  const parsed = parseQuantity(text, integer === true);
  const shown = sameDraftNumber(draftNumber(parsed), value) ? text : quantityText(value);
  const ownError = shown === text && parsed.kind === 'error' ? t(`releasePlan.quantity.${integer ? 'integer' : parsed.reason}`) : undefined;
  const message = ownError ?? error;
  return (
    <div className={`field ${size === 'tiny' ? 'field-tiny' : 'field-short'}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode={integer ? 'numeric' : 'decimal'}
        autoComplete="off"
        spellCheck={false}
        value={shown}
        onChange={(event) => {
          setText(event.target.value);
          onChange(draftNumber(parseQuantity(event.target.value, integer === true)));
        }}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? `${id}-error` : undefined}
      />
      {message ? <FieldError id={`${id}-error`} message={message} /> : null}
    </div>
  );
}

export interface CheckFieldProps {
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly error?: string | undefined;
}

/** A checkbox that can carry a message (an IRPR 47 refusal), tied to it for screen readers. */
export function CheckField({ label, checked, onChange, error }: CheckFieldProps) {
  const id = useId();
  return (
    <div className="check-field">
      <div className="checkbox">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      {error ? <FieldError id={`${id}-error`} message={error} /> : null}
    </div>
  );
}
