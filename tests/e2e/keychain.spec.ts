import AxeBuilder from '@axe-core/playwright';
import { skipCounselStep } from './flows.ts';
import { expect, test } from './fixtures.ts';

test.use({ keychain: true });

test('with a usable keychain, setup offers it first and unlock needs no passphrase', async ({ dossier, page }) => {
  const { setup, t } = dossier;
  await dossier.open();
  await expect(setup.heading).toBeVisible();
  await expect(setup.noKeychainNotice).toHaveCount(0);
  const keychain = page.getByRole('radio', { name: new RegExp(t('setup.keychain').replace(/[()]/g, '\\$&')) });
  const passphrase = page.getByRole('radio', { name: new RegExp(`^${t('setup.passphrase')}`) });
  await expect(keychain).toBeChecked();
  await expect(setup.passphrase).toHaveCount(0);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  await passphrase.check();
  await expect(setup.passphrase).toBeVisible();
  await setup.passphrase.fill('orchard 42 lamp');
  await expect(page.getByText(t('setup.strength.fair'))).toBeVisible();
  await keychain.check();
  await setup.createButton.click();
  // A keychain vault has no passphrase: the recovery code is offered first (recovery-code.spec.ts makes one).
  await page.getByRole('button', { name: t('recovery.skip') }).click();
  await skipCounselStep(dossier);

  const settings = await dossier.goToSettings();
  await expect(page.getByText(t('settings.keyKeychain'))).toBeVisible();
  await settings.lockNow();
  await expect(dossier.unlock.heading).toBeVisible();
  await expect(dossier.unlock.passphrase).toHaveCount(0);
  await page.getByRole('button', { name: t('unlock.unlock'), exact: true }).click();
  await expect(dossier.settings.heading).toBeVisible();
});
