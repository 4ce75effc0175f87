import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError, SettingsDto, VaultStatusDto } from '../../../src-main/ipc/contract.ts';
import { SelectField, TextField } from '../../components/Field.tsx';
import { useFocusOnMount } from '../../components/focus.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Tabs } from '../../components/Tabs.tsx';
import { BackupsPanel } from './BackupsPanel.tsx';
import { CounselProfileForm } from './CounselProfileForm.tsx';
import { PassphraseChange } from './PassphraseChange.tsx';
import { KeyMethodSwitch } from '../recovery/KeyMethodSwitch.tsx';
import { RecoveryCodePanel } from '../recovery/RecoveryCodePanel.tsx';
import { TemplatesPanel } from './TemplatesPanel.tsx';
import { VaultCheckPanel } from './VaultCheckPanel.tsx';
import './settings.css';

const settingsTabs = ['general', 'counsel', 'templates', 'backups'] as const;
export type SettingsTab = (typeof settingsTabs)[number];

export interface SettingsScreenProps {
  readonly settings: SettingsDto;
  readonly onChange: (patch: Partial<SettingsDto>) => Promise<IpcError | null>;
  readonly onLock: () => void;
  readonly keyMethod: VaultStatusDto['keyMethod'];
  readonly hasRecoveryCode: boolean;
  readonly keychainUsable: boolean;
  readonly onVaultStatus: (status: VaultStatusDto) => void;
  /** The tab shown first (a notice that the counsel profile is missing opens "counsel"). */
  readonly initialTab?: SettingsTab;
}

const MIN_TIMEOUT = 1;
const MAX_TIMEOUT = 240;

export function SettingsScreen({
  settings,
  onChange,
  onLock,
  keyMethod,
  hasRecoveryCode,
  keychainUsable,
  onVaultStatus,
  initialTab = 'general',
}: SettingsScreenProps) {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const languageId = useId();
  const securityId = useId();
  const [timeoutText, setTimeoutText] = useState(String(settings.lockTimeoutMinutes));
  const [message, setMessage] = useState('');
  const [error, setError] = useState<IpcError | null>(null);
  const [tab, setTab] = useState<SettingsTab>(initialTab);

  const save = async (patch: Partial<SettingsDto>) => {
    setMessage('');
    const failure = await onChange(patch);
    setError(failure);
    if (!failure) setMessage(t('settings.saved'));
  };

  const minutes = /^\d+$/.test(timeoutText.trim()) ? Number(timeoutText.trim()) : Number.NaN;
  const timeoutValid = Number.isInteger(minutes) && minutes >= MIN_TIMEOUT && minutes <= MAX_TIMEOUT;
  const timeoutError = timeoutValid ? undefined : t('settings.timeoutRange', { min: MIN_TIMEOUT, max: MAX_TIMEOUT });

  const languages = [
    { value: 'en' as const, label: 'English' },
    { value: 'fr' as const, label: 'Français' },
  ];

  return (
    <section aria-labelledby="settings-title" className="settings">
      <h1 id="settings-title" ref={heading} tabIndex={-1}>
        {t('settings.title')}
      </h1>
      <Tabs tabs={settingsTabs} selected={tab} label={t('settings.sections')} labelFor={(id) => t(`settings.tabs.${id}`)} onSelect={setTab}>
        {tab === 'counsel' ? <CounselProfileForm /> : null}
        {tab === 'templates' ? <TemplatesPanel defaultLang={settings.documentLanguage} /> : null}
        {tab === 'backups' ? (
          <>
            <BackupsPanel />
            <VaultCheckPanel />
          </>
        ) : null}
        {tab === 'general' ? (
          <>
            <section className="card form-section" aria-labelledby={languageId}>
              <h2 id={languageId}>{t('settings.languages')}</h2>
              <div className="field-row">
                <SelectField
                  label={t('settings.uiLanguage')}
                  value={settings.uiLanguage}
                  options={languages}
                  onChange={(uiLanguage) => void save({ uiLanguage })}
                  size="medium"
                />
                <SelectField
                  label={t('settings.documentLanguage')}
                  value={settings.documentLanguage}
                  options={languages}
                  onChange={(documentLanguage) => void save({ documentLanguage })}
                  size="medium"
                />
              </div>
            </section>
            <section className="card form-section" aria-labelledby={securityId}>
              <h2 id={securityId}>{t('settings.security')}</h2>
              <p>{keyMethod === 'keychain' ? t('settings.keyKeychain') : t('settings.keyPassphrase')}</p>
              <form
                className="field-row align-end"
                noValidate
                onSubmit={(event) => {
                  event.preventDefault();
                  if (timeoutValid) void save({ lockTimeoutMinutes: minutes });
                }}
              >
                <TextField
                  label={t('settings.lockTimeout')}
                  hint={t('settings.lockTimeoutHint')}
                  value={timeoutText}
                  onChange={setTimeoutText}
                  inputMode="numeric"
                  error={timeoutError}
                  size="short"
                />
                <button type="submit" className="button" disabled={!timeoutValid}>
                  {t('settings.applyTimeout')}
                </button>
              </form>
              <div className="actions start">
                <button type="button" className="button button-primary" onClick={onLock}>
                  {t('settings.lockNow')}
                </button>
              </div>
            </section>
            {keyMethod === 'passphrase' ? <PassphraseChange /> : null}
            <RecoveryCodePanel hasCode={hasRecoveryCode} onStatus={onVaultStatus} />
            {keyMethod === null ? null : (
              <KeyMethodSwitch key={keyMethod} keyMethod={keyMethod} keychainUsable={keychainUsable} onStatus={onVaultStatus} />
            )}
            <p className="list-status" role="status" aria-live="polite">
              {message}
            </p>
            <ErrorNotice error={error} />
          </>
        ) : null}
      </Tabs>
    </section>
  );
}
