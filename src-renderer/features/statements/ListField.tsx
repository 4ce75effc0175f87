import { useState } from 'react';
import { TextField } from '../../components/Field.tsx';

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

export interface ListFieldProps {
  readonly label: string;
  readonly hint?: string | undefined;
  readonly values: readonly string[];
  readonly parse: (text: string) => string[];
  readonly onChange: (values: string[]) => void;
  readonly error?: string | undefined;
  readonly size?: 'short' | 'medium' | 'long' | undefined;
}

/**
 * A short list typed on one line ("Cantonese, Hakka"). What was typed stays as typed (a trailing
 * comma included) while it reads as the stored list; a change from elsewhere shows the stored list.
 */
export function ListField({ label, hint, values, parse, onChange, error, size }: ListFieldProps) {
  const [text, setText] = useState(() => values.join(', '));
  const shown = sameList(parse(text), values) ? text : values.join(', ');
  return (
    <TextField
      label={label}
      hint={hint}
      value={shown}
      onChange={(next) => {
        setText(next);
        onChange(parse(next));
      }}
      error={error}
      dir="auto"
      size={size}
    />
  );
}
