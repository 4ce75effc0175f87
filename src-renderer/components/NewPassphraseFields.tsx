import { useTranslation } from 'react-i18next';
import { TextField } from './Field.tsx';
import { passphraseStrength } from './strength.ts';
import './NewPassphraseFields.css';

export interface NewPassphraseFieldsProps {
  readonly passphrase: string;
  readonly confirm: string;
  readonly onPassphrase: (value: string) => void;
  readonly onConfirm: (value: string) => void;
  readonly label: string;
  readonly hint: string;
  readonly confirmLabel: string;
  /** Shown at each entry once the user has tried to go on; the caller decides which applies. */
  readonly passphraseError?: string | undefined;
  readonly confirmError?: string | undefined;
}

/** A new passphrase typed twice, with a strength meter under the first entry that speaks as it changes. */
export function NewPassphraseFields(props: NewPassphraseFieldsProps) {
  const { t } = useTranslation();
  const { passphrase } = props;
  const strength = passphraseStrength(passphrase);
  return (
    <>
      <TextField
        label={props.label}
        hint={props.hint}
        type="password"
        value={passphrase}
        onChange={props.onPassphrase}
        autoComplete="new-password"
        required
        error={props.passphraseError}
      />
      <p className={`strength strength-${strength}`} aria-live="polite">
        <span className="strength-bar" aria-hidden="true">
          <span />
          <span />
          <span />
        </span>
        {passphrase === '' ? t('setup.strength.empty') : t(`setup.strength.${strength}`)}
      </p>
      <TextField
        label={props.confirmLabel}
        type="password"
        value={props.confirm}
        onChange={props.onConfirm}
        autoComplete="new-password"
        required
        error={props.confirmError}
      />
    </>
  );
}
