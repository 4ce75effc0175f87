import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { srisuk, srisukName } from './case2-data.ts';
import { expect, test } from './fixtures.ts';
import { createCase, createVault, lai, laiName } from './flows.ts';
import { BackupsPage, messagePattern } from './pages/backups.ts';

for (const language of ['en', 'fr'] as const) {
  test(`a backup is verified, copied to a folder, and restores the whole vault after a confirmation naming what it replaces (${language})`, async ({
    dossier,
    harness,
    page,
  }) => {
    await createVault(dossier);
    if (language === 'fr') await dossier.switchLanguage('fr');
    const t = dossier.t;
    await createCase(dossier, lai, laiName);

    await dossier.goToSettings();
    await page.getByRole('tab', { name: t('settings.tabs.backups') }).click();
    const backups = new BackupsPage(page, t);
    await expect(backups.panel).toContainText(t('backupFiles.intro'));
    await backups.panel.getByRole('button', { name: t('backups.now') }).click();
    await expect(backups.status).toHaveText(t('backups.made'));

    // Verify it, without restoring anything.
    const backup = await backups.openBackup(0);
    await backups.button(backup, 'backupFiles.verify').click();
    await expect(backups.status).toHaveText(messagePattern(t, 'backupFiles.verifiedOk', { count: 1 }));

    // Copy it to a folder the user picks: one encrypted file lands there.
    const usb = path.join(harness.root, 'usb');
    mkdirSync(usb);
    harness.dialog.directory = usb;
    await backups.button(backup, 'backupFiles.copy').click();
    await expect(backups.status).toHaveText(messagePattern(t, 'backupFiles.copied'));
    const copied = readdirSync(usb);
    expect(copied).toHaveLength(1);
    expect(copied[0]).toMatch(/\.dsvbackup$/u);

    // A second case is made after the backup; the whole-vault restore names both cases it replaces.
    await page.getByRole('button', { name: t('header.cases') }).click();
    await createCase(dossier, srisuk, srisukName);
    await dossier.goToSettings();
    await page.getByRole('tab', { name: t('settings.tabs.backups') }).click();
    const again = await backups.openBackup(0);
    await backups.button(again, 'backupFiles.restoreWhole').click();
    await expect(backups.restoreDialog).toContainText(t('backupFiles.replaces', { count: 2 }));
    await expect(backups.restoreDialog).toContainText(laiName);
    await expect(backups.restoreDialog).toContainText(srisukName);
    await backups.restoreDialog.getByRole('button', { name: t('backupFiles.confirm') }).click();
    await expect(backups.status).toHaveText(messagePattern(t, 'backupFiles.restoredWhole', { count: 1 }));
    // The vault as it was before the restore is a backup of its own, listed first.
    await expect(backups.backups()).toHaveCount(2);
    await expect(backups.backups().first()).toContainText(t('backups.reasons.before-restore'));

    await page.getByRole('button', { name: t('header.cases') }).click();
    await expect(dossier.cases.row(laiName)).toHaveCount(1);
    await expect(dossier.cases.row(srisukName)).toHaveCount(0);
    expect(existsSync(path.join(usb, copied[0] ?? ''))).toBe(true);
  });
}
