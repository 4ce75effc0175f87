import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/Field.tsx';
import { passphraseStrength } from '../setup/strength.ts';
import { MIN_BUNDLE_PASSPHRASE } from './handoff.ts';

export interface PassphraseFieldsProps {
  readonly passphrase: string;
  readonly confirm: string;
  readonly onPassphrase: (value: string) => void;
  readonly onConfirm: (value: string) => void;
  /** Errors are shown once the user has tried to go on. */
  readonly submitted: boolean;
}

/** True when the two entries can seal a bundle. */
export function passphraseReady(passphrase: string, confirm: string): boolean {
  return [...passphrase].length >= MIN_BUNDLE_PASSPHRASE && passphrase === confirm;
}

/**
 * A new bundle passphrase, typed twice, with the advice that matters: it travels by phone, never
 * in the message that carries the file.
 */
export function PassphraseFields({ passphrase, confirm, onPassphrase, onConfirm, submitted }: PassphraseFieldsProps) {
  const { t } = useTranslation();
  const strength = passphraseStrength(passphrase);
  const tooShort = submitted && strength === 'tooShort';
  const mismatch = submitted && !tooShort && confirm !== passphrase;
  return (
    <div className="stack">
      <p className="notice notice-info">{t('statements.handoff.byPhone')}</p>
      <TextField
        label={t('statements.handoff.passphrase')}
        hint={t('statements.handoff.passphraseHint', { min: MIN_BUNDLE_PASSPHRASE })}
        type="password"
        value={passphrase}
        onChange={onPassphrase}
        autoComplete="new-password"
        required
        error={tooShort ? t('statements.handoff.tooShort', { min: MIN_BUNDLE_PASSPHRASE }) : undefined}
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
        label={t('statements.handoff.confirm')}
        type="password"
        value={confirm}
        onChange={onConfirm}
        autoComplete="new-password"
        required
        error={mismatch ? t('statements.handoff.mismatch') : undefined}
      />
    </div>
  );
}
