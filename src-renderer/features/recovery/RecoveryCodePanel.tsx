import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError, VaultStatusDto } from '../../../src-main/ipc/contract.ts';
import { api } from '../../api/bridge.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import './recovery.css';

export interface RecoveryCodePanelProps {
  /** The vault already has a code: making one replaces it. */
  readonly hasCode: boolean;
  /** Called once the code shown has been put away (setup moves on). */
  readonly onKept?: () => void;
  /** The vault's status once the code is made (it now says the vault has one). */
  readonly onStatus: (status: VaultStatusDto) => void;
}

/**
 * Makes the vault's recovery code and shows it this once, with its warning. The code lives only
 * in this component's state until the user says it is kept; the vault stores only its wrapping.
 */
export function RecoveryCodePanel({ hasCode, onKept, onStatus }: RecoveryCodePanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const warningId = useId();
  const [has, setHas] = useState(hasCode);
  const [code, setCode] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const [kept, setKept] = useState(false);
  const codeRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (code !== null) codeRef.current?.focus();
  }, [code]);

  const make = async () => {
    setBusy(true);
    setError(null);
    setKept(false);
    const result = await api.vaultCreateRecoveryCode();
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setHas(true);
    setCode(result.value.code);
    onStatus(result.value.status);
  };

  const keep = () => {
    setCode(null);
    setKept(true);
    onKept?.();
  };

  return (
    <section className="card form-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('recovery.title')}</h2>
      <p>{t('recovery.intro')}</p>
      {code === null ? (
        <>
          <p>{has ? t('recovery.hasCode') : t('recovery.noCode')}</p>
          <div className="actions start">
            <button type="button" className="button button-primary" disabled={busy} onClick={() => void make()}>
              {busy ? t('recovery.making') : has ? t('recovery.replace') : t('recovery.make')}
            </button>
          </div>
        </>
      ) : (
        <div className="stack">
          <p id={warningId} className="notice notice-warning">
            {t('recovery.warning')}
          </p>
          <p>
            <code
              ref={codeRef}
              className="recovery-code"
              tabIndex={-1}
              aria-label={t('recovery.codeLabel')}
              aria-describedby={warningId}
              data-testid="recovery-code"
            >
              {code}
            </code>
          </p>
          <div className="actions start">
            <button type="button" className="button button-primary" onClick={keep}>
              {t('recovery.kept')}
            </button>
          </div>
        </div>
      )}
      <ErrorNotice error={error} />
      <p className="list-status" role="status" aria-live="polite">
        {kept ? t('recovery.done') : ''}
      </p>
    </section>
  );
}
