import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { skipCounselStep } from './flows.ts';
import { expect, test } from './fixtures.ts';
import { RecoveryCodePage } from './pages/recovery-code.ts';

test.use({ keychain: true });

test('a keychain vault offers a recovery code at setup, and the code opens it once the keychain is lost', async ({
  dossier,
  harness,
  page,
}) => {
  const { setup, t } = dossier;
  await dossier.open();
  await expect(setup.heading).toBeVisible();
  await setup.createButton.click();

  // No passphrase to fall back on: the code is offered before anything else, with its warning.
  const recovery = new RecoveryCodePage(page, t);
  await expect(page.getByRole('heading', { name: t('recovery.setupTitle') })).toBeFocused();
  await recovery.panel.getByRole('button', { name: t('recovery.make') }).click();
  await expect(recovery.panel.getByText(t('recovery.warning'))).toBeVisible();
  await expect(recovery.shownCode).toBeFocused();
  await page.screenshot({ path: test.info().outputPath('recovery-code-shown.png') });
  const code = (await recovery.shownCode.textContent()) ?? '';
  expect(code).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){7}$/u);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await skipCounselStep(dossier);

  const settings = await dossier.goToSettings();
  await expect(recovery.panel.getByText(t('recovery.hasCode'))).toBeVisible();
  await settings.lockNow();

  // The keychain changed behind the app's back (both copies of the key file name another backend).
  await harness.restartServices();
  for (const name of ['keys.json', 'keys.json.prev']) {
    const file = path.join(harness.vaultDir, name);
    writeFileSync(file, readFileSync(file, 'utf8').replace('"backend": "gnome_libsecret"', '"backend": "kwallet5"'));
  }
  await page.reload();
  await page.getByRole('button', { name: t('unlock.unlock'), exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText(t('recovery.lostKeychain'));
  await page.screenshot({ path: test.info().outputPath('lost-keychain.png') });

  await recovery.unlockWith(code.toLowerCase().replaceAll('-', ' '));
  await expect(dossier.cases.heading).toBeVisible();
});

test('Settings move a keychain vault to a passphrase, which then unlocks it', async ({ dossier, page }) => {
  const { setup, t } = dossier;
  await dossier.open();
  await setup.createButton.click();
  await page.getByRole('button', { name: t('recovery.skip') }).click();
  await skipCounselStep(dossier);

  const settings = await dossier.goToSettings();
  const form = page.getByRole('region', { name: t('recovery.switchTitle') });
  await form.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('settings-key-method.png') });
  await form.getByLabel(t('passphraseChange.next'), { exact: true }).fill('river stone lantern orchard');
  await form.getByLabel(t('passphraseChange.confirm'), { exact: true }).fill('river stone lantern orchard');
  await form.getByRole('button', { name: t('recovery.switchToPassphrase') }).click();
  await expect(page.getByText(t('settings.keyPassphrase'))).toBeVisible();
  await expect(form.getByRole('button', { name: t('recovery.switchToKeychain') })).toBeVisible();
  await settings.lockNow();
  await dossier.unlock.unlock('river stone lantern orchard');
  await expect(dossier.settings.heading).toBeVisible();
});
