import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../components/Field.tsx';
import { formatMoney, parseMoney, parseQuantity, type MoneyParse, type NumberParse } from './money.ts';

/** What a typed amount puts in the draft: NaN keeps a malformed amount from being saved. */
function centsOf(parsed: MoneyParse): number | undefined {
  if (parsed.kind === 'empty') return undefined;
  return parsed.kind === 'amount' ? parsed.cents : Number.NaN;
}

function quantityOf(parsed: NumberParse): number | undefined {
  if (parsed.kind === 'empty') return undefined;
  return parsed.kind === 'number' ? parsed.value : Number.NaN;
}

function same(a: number | undefined, b: number | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && Number.isNaN(a) && Number.isNaN(b));
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}

export interface MoneyFieldProps {
  readonly label: string;
  readonly cents: number | undefined;
  readonly onChange: (cents: number | undefined) => void;
  /** A message from the case checks (an IRPR 47 refusal, a schema limit); a typing mistake is found here. */
  readonly error?: string | undefined;
  readonly hint?: ReactNode;
}

/** An amount in Canadian dollars, kept as typed and stored in cents; a malformed or negative amount is refused here. */
export function MoneyField({ label, cents, onChange, error, hint }: MoneyFieldProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [text, setText] = useState(() => (cents === undefined || Number.isNaN(cents) ? '' : formatMoney(cents, i18n.language)));
  const parsed = parseMoney(text);
  const shown = same(centsOf(parsed), cents) ? text : cents === undefined || Number.isNaN(cents) ? '' : formatMoney(cents, i18n.language);
  const ownError = shown === text && parsed.kind === 'error' ? t(`releasePlan.money.${parsed.reason}`) : undefined;
  const message = ownError ?? error;
  return (
    <div className="field field-short rp-money">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      <div className="rp-money-input">
        <span aria-hidden="true" className="rp-currency">
          $
        </span>
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={shown}
          onChange={(event) => {
            setText(event.target.value);
            onChange(centsOf(parseMoney(event.target.value)));
          }}
          onBlur={() => {
            const again = parseMoney(shown);
            if (again.kind === 'amount') setText(formatMoney(again.cents, i18n.language));
          }}
          aria-invalid={message ? true : undefined}
          aria-describedby={describedBy(hint ? `${id}-hint` : false, message ? `${id}-error` : false)}
        />
      </div>
      {message ? <FieldError id={`${id}-error`} message={message} /> : null}
    </div>
  );
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
  const [text, setText] = useState(() => (value === undefined || Number.isNaN(value) ? '' : String(value)));
  const parsed = parseQuantity(text, integer === true);
  const shown = same(quantityOf(parsed), value) ? text : value === undefined || Number.isNaN(value) ? '' : String(value);
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
          onChange(quantityOf(parseQuantity(event.target.value, integer === true)));
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
    <div className="rp-check">
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

export interface DateFieldProps {
  readonly label: string;
  /** `YYYY-MM-DD`, or '' for none. */
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly warning?: string | undefined;
}

/** A calendar day from the browser's date control, which only ever yields `YYYY-MM-DD` or nothing. */
export function DateField({ label, value, onChange, error, warning }: DateFieldProps) {
  const id = useId();
  return (
    <div className="field field-short">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(error ? `${id}-error` : false, warning ? `${id}-warn` : false)}
      />
      {warning ? (
        <p id={`${id}-warn`} className="field-warning">
          <span aria-hidden="true">⚠ </span>
          {warning}
        </p>
      ) : null}
      {error ? <FieldError id={`${id}-error`} message={error} /> : null}
    </div>
  );
}
