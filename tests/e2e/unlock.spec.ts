import { expect, test } from './fixtures.ts';
import { createCase, createVault, lai, laiName, PASSPHRASE } from './flows.ts';

test('a wrong passphrase shows the error at the field and keeps the user on the unlock screen', async ({ dossier }) => {
  await createVault(dossier);
  await dossier.lock();
  const { unlock, t } = dossier;
  await expect(unlock.heading).toBeVisible();
  await expect(unlock.passphrase).toBeFocused();

  await unlock.unlock('not the passphrase at all');
  await expect(unlock.passphrase).toHaveAttribute('aria-invalid', 'true');
  await expect(unlock.passphrase).toHaveAccessibleDescription(t('errors.WRONG_PASSPHRASE'));
  await expect(unlock.passphrase).toBeFocused();
  await expect(unlock.heading).toBeVisible();
  await expect(dossier.cases.heading).toBeHidden();

  await unlock.unlock(PASSPHRASE);
  await expect(dossier.cases.heading).toBeVisible();
});

test('when the vault locks underneath an edit, the unlock screen appears and the draft is saved after unlock', async ({
  dossier,
  harness,
}) => {
  await createVault(dossier);
  await createCase(dossier, lai, laiName);
  const { workspace, t } = dossier;
  await workspace.client.uci.fill('1234-5678');
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));

  harness.lockVaultQuietly();
  await workspace.client.givenNames.fill('Wing-sze Winnie');
  await expect(dossier.unlock.heading).toBeVisible();
  await expect(dossier.page.getByText('Wing-sze Winnie')).toHaveCount(0);

  await dossier.unlock.unlock(PASSPHRASE);
  await expect(workspace.client.givenNames).toHaveValue('Wing-sze Winnie');
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));

  await harness.restartServices();
  await dossier.page.reload();
  await dossier.unlock.unlock(PASSPHRASE);
  await dossier.cases.open('LAI Wing-sze Winnie (黎詠詩)');
  await expect(workspace.client.givenNames).toHaveValue('Wing-sze Winnie');
  await expect(workspace.client.uci).toHaveValue('1234-5678');
});
