import { useTranslation } from 'react-i18next';

export interface DailyBackupBannerProps {
  readonly onOpenBackups: () => void;
  readonly onDismiss: () => void;
}

/** Shown after an unlock whose daily backup could not be made: what happened, what to do, and the way to Settings → Backups. */
export function DailyBackupBanner({ onOpenBackups, onDismiss }: DailyBackupBannerProps) {
  const { t } = useTranslation();
  return (
    <div className="banner banner-warning banner-actions" role="alert" data-testid="daily-backup-banner">
      <p>{t('vaultLife.dailyBackup.failed')}</p>
      <div className="banner-buttons">
        <button type="button" className="button" onClick={onOpenBackups}>
          {t('vaultLife.dailyBackup.open')}
        </button>
        <button type="button" className="button button-quiet" onClick={onDismiss}>
          {t('vaultLife.dailyBackup.dismiss')}
        </button>
      </div>
    </div>
  );
}
