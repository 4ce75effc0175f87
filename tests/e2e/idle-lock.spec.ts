import { expect, test } from './fixtures.ts';
import { createVault } from './flows.ts';

test('after the lock timeout without activity the UI locks and hides the cases', async ({ dossier, page }) => {
  await page.clock.install();
  await createVault(dossier);
  const settings = await dossier.goToSettings();
  await settings.lockTimeout.fill('1');
  await page.getByRole('button', { name: dossier.t('settings.applyTimeout') }).click();
  await expect(page.getByText(dossier.t('settings.saved'))).toBeVisible();
  await dossier.goToCases();

  await page.clock.fastForward('00:50');
  await expect(dossier.cases.heading).toBeVisible();
  await page.clock.fastForward('00:15');
  await expect(dossier.unlock.heading).toBeVisible();
  await expect(dossier.cases.heading).toHaveCount(0);
});
