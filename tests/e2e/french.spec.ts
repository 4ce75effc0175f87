import { expect, test } from './fixtures.ts';
import { createCase, lai, laiName, PASSPHRASE, skipCounselStep } from './flows.ts';

test('the whole UI switches to French from the header, and stays French after a restart', async ({ dossier, harness, page }) => {
  await dossier.open();
  await expect(dossier.setup.heading).toBeVisible();
  await dossier.switchLanguage('fr');
  const t = dossier.t;
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(dossier.setup.heading).toHaveText(t('setup.title'));
  await expect(dossier.setup.noKeychainNotice).toBeVisible();
  await dossier.setup.createWithPassphrase(PASSPHRASE);
  await skipCounselStep(dossier);

  const cases = dossier.cases;
  await expect(cases.heading).toHaveText('Dossiers');
  await expect(cases.newCaseButton).toHaveText(/Nouveau dossier/);
  await expect(cases.search).toBeVisible();
  await expect(cases.showArchived).toBeVisible();
  await createCase(dossier, lai, laiName);

  const { workspace } = dossier;
  await expect(workspace.tab('releasePlan')).toHaveText('Plan de mise en liberté');
  await expect(workspace.client.familyName).toHaveValue('LAI');
  await expect(workspace.client.form.getByRole('heading', { name: 'Naissance et identité' })).toBeVisible();
  await workspace.client.uci.fill('12');
  await expect(workspace.client.uci).toHaveAccessibleDescription(/Un IUC compte 8 ou 10 chiffres/);
  await expect(workspace.saveStatus).toHaveText('Non enregistré — 1 champ à corriger');
  await workspace.client.uci.fill('1234-5678');
  await expect(workspace.saveStatus).toHaveText('Enregistré');

  await workspace.back();
  await expect(cases.row(laiName).getByText(t('caseKind.detention-review'))).toBeVisible();
  await expect(cases.status).toHaveText('1 dossier');

  await harness.restartServices();
  await page.reload();
  await expect(dossier.unlock.heading).toHaveText('Déverrouiller Dossier');
  await dossier.unlock.unlock(PASSPHRASE);
  await expect(cases.heading).toHaveText('Dossiers');

  const settings = await dossier.goToSettings();
  await expect(settings.heading).toHaveText('Paramètres');
  await settings.uiLanguage.selectOption('en');
  dossier.language = 'en';
  await expect(dossier.settings.heading).toHaveText('Settings');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
