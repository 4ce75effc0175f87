import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultStatusDto } from '../../../src-main/ipc/contract.ts';
import { RecoveryCodePanel } from './RecoveryCodePanel.tsx';

/**
 * After a keychain vault is created: it has no passphrase, so a lost keychain would lock the user
 * out for good. The recovery code is offered, and strongly suggested, before anything else.
 */
export interface RecoverySetupStepProps {
  readonly onDone: () => void;
  readonly onStatus: (status: VaultStatusDto) => void;
}

export function RecoverySetupStep({ onDone, onStatus }: RecoverySetupStepProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="narrow-screen" aria-labelledby="recovery-setup-title">
      <h1 id="recovery-setup-title" ref={headingRef} tabIndex={-1}>
        {t('recovery.setupTitle')}
      </h1>
      <p className="lead">{t('recovery.setupIntro')}</p>
      <RecoveryCodePanel hasCode={false} onKept={onDone} onStatus={onStatus} />
      <div className="actions start">
        <button type="button" className="button" onClick={onDone}>
          {t('recovery.skip')}
        </button>
      </div>
    </section>
  );
}
