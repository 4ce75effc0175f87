import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ariaDescribedBy, FieldShell } from './Field.tsx';
import { amountText, draftCents, formatMoney, parseMoney, sameDraftNumber } from './money.ts';
import './MoneyField.css';

export interface MoneyFieldProps {
  readonly label: string;
  readonly cents: number | undefined;
  readonly onChange: (cents: number | undefined) => void;
  /** A message from the case checks (an IRPR 47 refusal, a schema limit); a typing mistake is found here. */
  readonly error?: string | undefined;
  readonly hint?: ReactNode;
}

/**
 * An amount in Canadian dollars, kept as typed and stored in cents. A malformed or negative
 * amount is named here, and the draft holds NaN meanwhile, so nothing is saved.
 */
export function MoneyField({ label, cents, onChange, error, hint }: MoneyFieldProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [text, setText] = useState(() => amountText(cents, i18n.language));
  const parsed = parseMoney(text);
  const shown = sameDraftNumber(draftCents(parsed), cents) ? text : amountText(cents, i18n.language);
  const ownError = shown === text && parsed.kind === 'error' ? t(`releasePlan.money.${parsed.reason}`) : undefined;
  const message = ownError ?? error;
  return (
    <FieldShell id={id} label={label} hint={hint} error={message} className="field field-short money-field">
      <div className="money-input">
        <span aria-hidden="true" className="money-currency">
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
            onChange(draftCents(parseMoney(event.target.value)));
          }}
          onBlur={() => {
            const again = parseMoney(shown);
            if (again.kind === 'amount') setText(formatMoney(again.cents, i18n.language));
          }}
          aria-invalid={message ? true : undefined}
          aria-describedby={ariaDescribedBy(hint ? `${id}-hint` : null, message ? `${id}-error` : null)}
        />
      </div>
    </FieldShell>
  );
}
