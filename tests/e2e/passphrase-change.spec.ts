import { expect, test } from './fixtures.ts';
import { createVault, PASSPHRASE } from './flows.ts';

const NEW_PASSPHRASE = 'river stone lantern orchard';

for (const language of ['en', 'fr'] as const) {
  test(`the passphrase is changed in Settings (${language}): the new one unlocks, the old one is refused`, async ({ dossier, page }) => {
    await createVault(dossier);
    if (language === 'fr') await dossier.switchLanguage('fr');
    const t = dossier.t;
    await dossier.goToSettings();
    const form = page.getByRole('region', { name: t('passphraseChange.title') });
    const current = form.getByLabel(t('passphraseChange.current'), { exact: true });
    const next = form.getByLabel(t('passphraseChange.next'), { exact: true });
    const again = form.getByLabel(t('passphraseChange.confirm'), { exact: true });
    await expect(form.getByText(t('passphraseChange.backups'))).toBeVisible();

    // Nothing typed: each field says what it needs, and the first is focused.
    await form.getByRole('button', { name: t('passphraseChange.submit') }).click();
    await expect(current).toHaveAccessibleDescription(t('passphraseChange.currentRequired'));
    await expect(current).toBeFocused();

    // A wrong current passphrase is refused and changes nothing.
    await current.fill('not the passphrase at all');
    await next.fill(NEW_PASSPHRASE);
    await again.fill(NEW_PASSPHRASE);
    await again.press('Enter');
    await expect(form.getByRole('alert')).toContainText(t('errors.WRONG_PASSPHRASE'));

    // From the keyboard: the right one, then Enter.
    await current.fill(PASSPHRASE);
    await again.press('Enter');
    await expect(form.getByRole('status')).toHaveText(t('passphraseChange.done'));
    await expect(current).toHaveValue('');

    await dossier.lock();
    await dossier.unlock.unlock(PASSPHRASE);
    await expect(dossier.unlock.passphrase).toHaveAccessibleDescription(t('errors.WRONG_PASSPHRASE'));
    await dossier.unlock.unlock(NEW_PASSPHRASE);
    // Back where the user was: Settings, unlocked.
    await expect(dossier.unlock.heading).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: t('settings.title') })).toBeVisible();
  });
}
