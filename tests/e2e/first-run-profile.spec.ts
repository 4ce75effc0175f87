import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { textPdf } from '../fixtures/exhibits/make-exhibits.ts';
import { expect, test } from './fixtures.ts';
import { counsel, createCase, lai, laiName, PASSPHRASE } from './flows.ts';
import { CounselPage } from './pages/counsel.ts';
import { CounselStepPage } from './pages/counsel-step.ts';

test('first run asks for the counsel profile with the Settings form; once saved it is in Settings → Counsel profile', async ({
  dossier,
}) => {
  const { page, t } = dossier;
  await dossier.open();
  await dossier.setup.createWithPassphrase(PASSPHRASE);
  const step = new CounselStepPage(page, t);
  await expect(step.heading).toBeFocused();
  await expect(step.skipButton).toBeVisible();

  const profile = new CounselPage(page, t);
  await profile.fill(counsel);
  await profile.save.click();
  await expect(profile.status).toHaveText(t('counsel.saved'));
  await expect(step.skipButton).toHaveCount(0);
  await step.continueButton.click();
  await expect(dossier.cases.heading).toBeVisible();

  await dossier.goToSettings();
  await profile.open();
  await expect(profile.field('name')).toHaveValue(counsel.name);
  await expect(profile.field('lawSocietyNumber')).toHaveValue(counsel.lawSocietyNumber);
});

test('a profile skipped on first run: the packet build names what is missing, and its button reaches Settings → Counsel profile by keyboard', async ({
  dossier,
  harness,
}) => {
  const { page, t } = dossier;
  await dossier.open();
  await dossier.setup.createWithPassphrase(PASSPHRASE);
  const step = new CounselStepPage(page, t);
  await step.skipButton.press('Enter');
  await expect(dossier.cases.heading).toBeVisible();
  await createCase(dossier, lai, laiName);

  const { workspace } = dossier;
  await workspace.tab('exhibits').click();
  await workspace.exhibits.drop([{ name: 'Lease.pdf', mimeType: 'application/pdf', bytes: await textPdf('Lease', 1) }]);
  await expect(workspace.exhibits.rows).toHaveCount(1);
  await workspace.tab('packets').click();
  const outDir = path.join(harness.root, 'out');
  await mkdir(outDir);
  harness.dialog.directory = outDir;
  await workspace.packets.build.click();
  const notice = page.getByRole('alert').filter({ hasText: t('form.counsel.missing', { fields: t('form.counsel.fields.profile') }) });
  await expect(notice).toBeVisible();
  await expect(page.getByText(t('errors.VALIDATION'))).toHaveCount(0);

  const open = notice.getByRole('button', { name: t('form.counsel.open') });
  await page.keyboard.press('Tab');
  await expect(open).toBeFocused();
  await page.keyboard.press('Enter');
  const profile = new CounselPage(page, t);
  await expect(profile.tab).toHaveAttribute('aria-selected', 'true');
  await expect(profile.field('name')).toBeVisible();
});
