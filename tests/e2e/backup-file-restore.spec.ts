import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, startAppSession, test } from './fixtures.ts';
import { createCase, createVault, lai, laiName, PASSPHRASE } from './flows.ts';
import { DossierApp } from './pages/app.ts';
import { BackupFilePage } from './pages/backup-file.ts';
import { BackupsPage, messagePattern } from './pages/backups.ts';

for (const language of ['en', 'fr'] as const) {
  test(`a backup file restores a whole vault on another computer's first run, and one case in Settings (${language})`, async ({
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
    await backups.panel.getByRole('button', { name: t('backups.now') }).click();
    await expect(backups.status).toHaveText(t('backups.made'));
    const usb = path.join(harness.root, 'usb');
    mkdirSync(usb);
    harness.dialog.directory = usb;
    await backups.button(await backups.openBackup(0), 'backupFiles.copy').click();
    await expect(backups.status).toHaveText(messagePattern(t, 'backupFiles.copied'));
    const file = path.join(usb, readdirSync(usb)[0] ?? '');

    // Another computer: an empty data folder, and "restore from a backup file" beside "create a vault".
    const other = await startAppSession();
    try {
      const there = new DossierApp(other.page);
      await there.open();
      if (language === 'fr') await there.switchLanguage('fr');
      await other.page.getByRole('button', { name: t('vaultLife.backupFile.offer') }).click();
      const restore = new BackupFilePage(other.page, t, 'vault');
      other.dialog.files = [file];
      await restore.open('not the passphrase it was made under');
      await expect(restore.alert).toHaveText(t('vaultLife.backupFile.wrongPassphrase'));
      await restore.passphrase.fill(PASSPHRASE);
      await restore.passphrase.press('Enter');
      await expect(restore.status).toHaveText(messagePattern(t, 'vaultLife.backupFile.whole', { count: 1 }));
      await other.page.screenshot({ path: `test-results/backup-file-first-run-${language}.png`, fullPage: true });
      await restore.button('vaultLife.backupFile.restoreVault').click();
      await expect(there.cases.row(laiName)).toHaveCount(1);
      expect(other.pageErrors).toEqual([]);
    } finally {
      await other.close();
    }

    // Here: the case is deleted, then restored alone from the file.
    await page.getByRole('button', { name: t('header.cases') }).click();
    const dialog = await dossier.cases.startDelete(laiName);
    await dialog.getByLabel(t('deleteCase.typeToConfirm', { word: t('deleteCase.word') })).fill(t('deleteCase.word'));
    await dialog.getByRole('button', { name: t('deleteCase.confirm') }).click();
    await expect(dossier.cases.row(laiName)).toHaveCount(0);
    await dossier.goToSettings();
    await page.getByRole('tab', { name: t('settings.tabs.backups') }).click();
    const opened = new BackupFilePage(page, t, 'case');
    harness.dialog.files = [file];
    await opened.open(PASSPHRASE);
    await opened.section.getByRole('button', { name: t('backups.restore') }).click();
    await page
      .getByRole('dialog', { name: t('backups.confirmTitle') })
      .getByRole('button', { name: t('backups.confirm') })
      .click();
    await expect(opened.status).toContainText(laiName);
    await expect(backups.backups().first()).toContainText(t('backups.reasons.before-restore'));
    await page.getByRole('button', { name: t('header.cases') }).click();
    await expect(dossier.cases.row(laiName)).toHaveCount(1);
  });
}
