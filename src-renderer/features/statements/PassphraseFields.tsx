import { useTranslation } from 'react-i18next';
import { NewPassphraseFields } from '../../components/NewPassphraseFields.tsx';
import { passphraseStrength } from '../../components/strength.ts';
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
  const tooShort = submitted && passphraseStrength(passphrase) === 'tooShort';
  const mismatch = submitted && !tooShort && confirm !== passphrase;
  return (
    <div className="stack">
      <p className="notice notice-info">{t('statements.handoff.byPhone')}</p>
      <NewPassphraseFields
        passphrase={passphrase}
        confirm={confirm}
        onPassphrase={onPassphrase}
        onConfirm={onConfirm}
        label={t('statements.handoff.passphrase')}
        hint={t('statements.handoff.passphraseHint', { min: MIN_BUNDLE_PASSPHRASE })}
        confirmLabel={t('statements.handoff.confirm')}
        passphraseError={tooShort ? t('statements.handoff.tooShort', { min: MIN_BUNDLE_PASSPHRASE }) : undefined}
        confirmError={mismatch ? t('statements.handoff.mismatch') : undefined}
      />
    </div>
  );
}
