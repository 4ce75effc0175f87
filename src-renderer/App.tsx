import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultStatusDto } from '../src-main/ipc/contract.ts';
import { api } from './api/bridge.ts';
import { flushAll } from './api/case-editor.ts';
import { useSettings } from './api/use-settings.ts';
import { useVault } from './api/use-vault.ts';
import { AppNavigationContext, type AppNavigation } from './components/app-navigation.ts';
import { LockIcon } from './components/Icon.tsx';
import { LanguageSwitch } from './components/LanguageSwitch.tsx';
import { useIdleLock } from './components/use-idle-lock.ts';
import { CaseListScreen } from './features/cases/CaseListScreen.tsx';
import { InterpreterScreen } from './features/interpreter/InterpreterScreen.tsx';
import { DailyBackupBanner } from './features/settings/DailyBackupBanner.tsx';
import { SettingsScreen, type SettingsTab } from './features/settings/SettingsScreen.tsx';
import { CounselProfileStep } from './features/setup/CounselProfileStep.tsx';
import { SetupScreen } from './features/setup/SetupScreen.tsx';
import { RecoverySetupStep } from './features/recovery/RecoverySetupStep.tsx';
import { UnlockScreen } from './features/unlock/UnlockScreen.tsx';
import { Workspace } from './features/workspace/Workspace.tsx';
import { describeError } from './i18n/describe.ts';
import { applyUiLanguage } from './i18n/index.ts';
import './App.css';

type View =
  { readonly name: 'cases' } | { readonly name: 'case'; readonly id: string } | { readonly name: 'settings'; readonly tab?: SettingsTab };

export function App() {
  const { t } = useTranslation();
  const vault = useVault();
  const state = vault.status?.state ?? null;
  const open = state === 'unlocked' || state === 'read-only';
  const { settings, loaded: settingsLoaded, update } = useSettings(state);
  const [view, setShownView] = useState<View>({ name: 'cases' });
  // True from the vault's creation until the first-run counsel step is done or skipped.
  const [counselStep, setCounselStep] = useState(false);
  /** A new keychain vault has no passphrase: the recovery code is offered before anything else. */
  const [recoveryStep, setRecoveryStep] = useState(false);
  /** The daily-backup banner was dismissed; the next unlock whose backup fails shows it again. */
  const [backupBannerDismissed, setBackupBannerDismissed] = useState(false);
  const setView = useCallback((next: View) => {
    setCounselStep(false);
    setShownView(next);
  }, []);
  const navigation = useMemo<AppNavigation>(() => ({ openCounselProfile: () => setView({ name: 'settings', tab: 'counsel' }) }), [setView]);

  useEffect(() => {
    applyUiLanguage(settings.uiLanguage);
  }, [settings.uiLanguage]);

  useEffect(() => {
    const save = () => void flushAll();
    const onHidden = () => {
      if (document.visibilityState === 'hidden') save();
    };
    window.addEventListener('pagehide', save);
    window.addEventListener('beforeunload', save);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', save);
      window.removeEventListener('beforeunload', save);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, []);

  const { accept } = vault;
  const lockNow = useCallback(async () => {
    await flushAll();
    const result = await api.vaultLock();
    if (result.ok) accept(result.value);
  }, [accept]);

  useIdleLock(open, settings.lockTimeoutMinutes, () => void lockNow());

  const onUnlocked = useCallback(
    (status: VaultStatusDto) => {
      setBackupBannerDismissed(false);
      accept(status);
      void flushAll();
    },
    [accept],
  );

  const changeLanguage = (language: 'en' | 'fr') => void update({ uiLanguage: language });

  // The mode chosen on first run is remembered: an interpreter without a vault starts in interpreter mode.
  const onCreated = (created: VaultStatusDto) => {
    void update({ appMode: 'advocate' });
    setCounselStep(true);
    setRecoveryStep(created.keyMethod === 'keychain');
    accept(created);
  };
  // A vault restored from a backup file already has its cases: straight to them.
  const onRestored = (restored: VaultStatusDto) => {
    void update({ appMode: 'advocate' });
    onUnlocked(restored);
  };
  const chooseMode = (mode: 'advocate' | 'interpreter') => void update({ appMode: mode });

  const status = vault.status;
  let content;
  if (status === null) {
    content = vault.error ? (
      <p role="alert" className="notice notice-error">
        {describeError(t, vault.error)}
      </p>
    ) : (
      <p className="loading">{t('app.loading')}</p>
    );
  } else if (state === 'absent' && !settingsLoaded) {
    content = <p className="loading">{t('app.loading')}</p>;
  } else if (state === 'absent' && settings.appMode === 'interpreter') {
    content = <InterpreterScreen onLeave={() => chooseMode('advocate')} />;
  } else if (state === 'absent') {
    content = (
      <SetupScreen
        keychainUsable={status.keychainUsable}
        onCreated={onCreated}
        onInterpreter={() => chooseMode('interpreter')}
        onRestored={onRestored}
      />
    );
  } else if (state === 'locked') {
    content = <UnlockScreen keyMethod={status.keyMethod} hasRecoveryCode={status.hasRecoveryCode} onUnlocked={onUnlocked} />;
  } else if (recoveryStep) {
    content = <RecoverySetupStep onDone={() => setRecoveryStep(false)} onStatus={accept} />;
  } else if (counselStep) {
    content = <CounselProfileStep onDone={() => setCounselStep(false)} />;
  } else if (view.name === 'case') {
    content = <Workspace id={view.id} onBack={() => setView({ name: 'cases' })} />;
  } else if (view.name === 'settings') {
    content = (
      <SettingsScreen
        key={view.tab ?? 'general'}
        settings={settings}
        onChange={update}
        onLock={() => void lockNow()}
        keyMethod={status.keyMethod}
        hasRecoveryCode={status.hasRecoveryCode}
        keychainUsable={status.keychainUsable}
        onVaultStatus={accept}
        {...(view.tab === undefined ? {} : { initialTab: view.tab })}
      />
    );
  } else {
    content = <CaseListScreen onOpen={(id) => setView({ name: 'case', id })} />;
  }

  return (
    <AppNavigationContext.Provider value={navigation}>
      <div className="app">
        <a className="skip-link" href="#main">
          {t('app.skip')}
        </a>
        <header className="app-header">
          <div className="brand">
            <span className="brand-mark" aria-hidden="true">
              D
            </span>
            <span className="brand-name">Dossier</span>
          </div>
          {open ? (
            <nav className="app-nav" aria-label={t('header.nav')}>
              <button
                type="button"
                className="nav-link"
                aria-current={view.name !== 'settings' ? 'page' : undefined}
                onClick={() => setView({ name: 'cases' })}
              >
                {t('header.cases')}
              </button>
              <button
                type="button"
                className="nav-link"
                aria-current={view.name === 'settings' ? 'page' : undefined}
                onClick={() => setView({ name: 'settings' })}
              >
                {t('header.settings')}
              </button>
            </nav>
          ) : null}
          <div className="header-tools">
            <LanguageSwitch value={settings.uiLanguage} onChange={changeLanguage} />
            {open ? (
              <button type="button" className="button button-quiet lock-button" onClick={() => void lockNow()}>
                <LockIcon />
                {t('header.lock')}
              </button>
            ) : null}
          </div>
        </header>
        {status?.state === 'read-only' ? (
          <p className="banner banner-warning" role="status">
            {t('app.readOnly', { reason: status.readOnlyReason ?? '' })}
          </p>
        ) : null}
        {open && status && status.recovered.length > 0 ? (
          <p className="banner banner-warning" role="status">
            {t('app.recovered', { count: status.recovered.length })}
          </p>
        ) : null}
        {open && status?.dailyBackupFailed === true && !backupBannerDismissed ? (
          <DailyBackupBanner
            onOpenBackups={() => {
              setBackupBannerDismissed(true);
              setView({ name: 'settings', tab: 'backups' });
            }}
            onDismiss={() => setBackupBannerDismissed(true)}
          />
        ) : null}
        <main id="main" className="app-main" tabIndex={-1}>
          {content}
        </main>
      </div>
    </AppNavigationContext.Provider>
  );
}
