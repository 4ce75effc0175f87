import { expect, test } from './fixtures.ts';
import { createCase, createVault, lai, laiName } from './flows.ts';

for (const language of ['en', 'fr'] as const) {
  test(`a deleted case is restored alone from a backup made in Settings (${language})`, async ({ dossier, page }) => {
    await createVault(dossier);
    if (language === 'fr') await dossier.switchLanguage('fr');
    const t = dossier.t;
    await createCase(dossier, lai, laiName);
    await dossier.workspace.client.uci.fill('1234-5678');
    await expect(dossier.workspace.saveStatus).toHaveText(t('save.saved'));

    // Back up from Settings → Backups.
    await dossier.goToSettings();
    await page.getByRole('tab', { name: t('settings.tabs.backups') }).click();
    const panel = page.getByRole('region', { name: t('backups.title') });
    await expect(panel.getByText(t('backups.none'))).toBeVisible();
    await panel.getByRole('button', { name: t('backups.now') }).click();
    await expect(panel.getByRole('status')).toHaveText(t('backups.made'));
    await expect(panel.getByTestId('backup')).toHaveCount(1);
    await expect(panel.getByTestId('backup')).toContainText(t('backups.cases', { count: 1 }));

    // Delete the case.
    await page.getByRole('button', { name: t('header.cases') }).click();
    const dialog = await dossier.cases.startDelete(laiName);
    await dialog.getByLabel(t('deleteCase.typeToConfirm', { word: t('deleteCase.word') })).fill(t('deleteCase.word'));
    await dialog.getByRole('button', { name: t('deleteCase.confirm') }).click();
    await expect(dossier.cases.row(laiName)).toHaveCount(0);

    // Restore it alone, from the keyboard: open the backup, choose the case, confirm.
    await dossier.goToSettings();
    await page.getByRole('tab', { name: t('settings.tabs.backups') }).click();
    await panel.getByTestId('backup').locator('summary').focus();
    await page.keyboard.press('Enter');
    await panel.getByRole('button', { name: t('backups.restore') }).click();
    const confirm = page.getByRole('dialog', { name: t('backups.confirmTitle') });
    await expect(confirm).toContainText(laiName);
    await confirm.getByRole('button', { name: t('backups.confirm') }).click();
    await expect(panel.getByRole('status')).toContainText(laiName);
    // The vault as it was before the restore (without the case) is a backup of its own.
    await expect(panel.getByTestId('backup')).toHaveCount(2);
    await expect(panel.getByTestId('backup').first()).toContainText(t('backups.reasons.before-restore'));

    await page.getByRole('button', { name: t('header.cases') }).click();
    await dossier.cases.open(laiName);
    await expect(dossier.workspace.client.uci).toHaveValue('1234-5678');
  });
}
