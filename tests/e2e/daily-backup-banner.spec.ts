import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures.ts';
import { createVault, PASSPHRASE } from './flows.ts';

for (const language of ['en', 'fr'] as const) {
  test(`a failed daily backup is shown after unlock and leads to Settings → Backups (${language})`, async ({ dossier, harness, page }) => {
    await createVault(dossier);
    if (language === 'fr') await dossier.switchLanguage('fr');
    const t = dossier.t;
    const banner = page.getByTestId('daily-backup-banner');
    await dossier.lock();
    // An attachment name that is a folder: the backup cannot copy it, the unlock itself goes ahead.
    await mkdir(path.join(harness.vaultDir, 'blobs', `b-${'0'.repeat(32)}.dsb`), { recursive: true });
    await dossier.unlock.unlock(PASSPHRASE);
    await expect(banner).toContainText(t('vaultLife.dailyBackup.failed'));
    await page.screenshot({ path: `test-results/daily-backup-banner-${language}.png` });

    // Dismissed, it stays away while the vault is open.
    await banner.getByRole('button', { name: t('vaultLife.dailyBackup.dismiss') }).click();
    await expect(banner).toHaveCount(0);
    await dossier.goToSettings();
    await expect(banner).toHaveCount(0);

    // The next unlock fails again: the banner is back, and its button opens Settings → Backups from the keyboard.
    await dossier.lock();
    await dossier.unlock.unlock(PASSPHRASE);
    await banner.getByRole('button', { name: t('vaultLife.dailyBackup.open') }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: t('backups.title') })).toBeVisible();
    await expect(banner).toHaveCount(0);
  });
}
