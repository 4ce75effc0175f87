import { useId, useState } from 'react';
import { FieldError } from './Field.tsx';

/** Digits become a number, nothing becomes undefined, anything else NaN (reported as "use digits"). */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

function sameNumber(a: number | undefined, b: number | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && Number.isNaN(a) && Number.isNaN(b));
}

/** A numeric input (a year, a month, a day) that keeps what was typed (even "19x") while the model holds a number. */
export function NumberField(props: {
  readonly label: string;
  readonly value: number | undefined;
  readonly onChange: (value: number | undefined) => void;
  readonly error: string | undefined;
  /** An error about the group the input belongs to (the whole date), which also marks it invalid. */
  readonly groupErrorId?: string | undefined;
  readonly className?: string | undefined;
}) {
  const [text, setText] = useState(props.value === undefined || Number.isNaN(props.value) ? '' : String(props.value));
  const shown = sameNumber(parseNumber(text), props.value)
    ? text
    : props.value === undefined || Number.isNaN(props.value)
      ? ''
      : String(props.value);
  const id = useId();
  const errorId = `${id}-error`;
  const describedBy = [props.error ? errorId : null, props.groupErrorId ?? null].filter(Boolean).join(' ');
  return (
    <div className={`field ${props.className ?? 'field-tiny'}`}>
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={shown}
        onChange={(event) => {
          setText(event.target.value);
          props.onChange(parseNumber(event.target.value));
        }}
        aria-invalid={props.error || props.groupErrorId ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
      {props.error ? <FieldError id={errorId} message={props.error} /> : null}
    </div>
  );
}
