import { readdirSync, truncateSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures.ts';
import { createCase, createVault, lai, laiName, PASSPHRASE } from './flows.ts';

test('a case file damaged on disk opens from its previous copy and the recovery banner says so', async ({ dossier, harness }) => {
  await createVault(dossier);
  await createCase(dossier, lai, laiName);
  const { workspace, t } = dossier;
  await workspace.client.uci.fill('1234-5678');
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));
  await workspace.client.givenNames.fill('Wing-sze Winnie');
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));

  // Damage the current case file behind the app's back; its previous generation stays intact.
  await harness.restartServices();
  const names = readdirSync(harness.vaultDir);
  const caseFile = names.find((n) => /^c-[0-9a-f]{32}/u.test(n) && !n.endsWith('.prev') && names.includes(`${n}.prev`));
  expect(caseFile, 'a case file with a previous copy').toBeDefined();
  truncateSync(path.join(harness.vaultDir, caseFile ?? ''), 30);

  await dossier.page.reload();
  await dossier.unlock.unlock(PASSPHRASE);
  const banner = dossier.page.getByRole('status').filter({ hasText: t('app.recovered', { count: 1 }) });
  await expect(banner).toBeHidden();
  await dossier.cases.open(/^LAI Wing-sze/u);
  await expect(banner).toBeVisible();
  // The previous save is what opened: the last edit before the damage is the one lost, and said so.
  await expect(workspace.client.uci).toHaveValue('1234-5678');
});
