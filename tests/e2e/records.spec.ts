import { expect, test } from './fixtures.ts';
import { createCase, createVault, lai, laiName, PASSPHRASE } from './flows.ts';
import { fillCode } from './pages/code-picker.ts';
import { dayField, expectDay, fillDay } from './pages/day-field.ts';
import { MatterPage } from './pages/matter.ts';
import { RecordsPage } from './pages/records.ts';

test('a parallel matter on the File tab and the place of birth on the Client tab are kept across a restart', async ({
  dossier,
  harness,
}) => {
  await createVault(dossier);
  await createCase(dossier, lai, laiName);
  const { t, workspace, page } = dossier;
  const records = new RecordsPage(page, t);

  // Client tab: the country is picked by its name; the code is what is stored.
  await workspace.tab('client').click();
  await records.in(records.birth, 'records.birth.city').fill('Hong Kong');
  await fillCode(records.in(records.birth, 'records.birth.country'), 'Hong Kong');
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));

  // File tab: a temporary resident permit for victims of trafficking, filed on 25 March 2026.
  const matter = new MatterPage(page, t);
  await matter.tab.click();
  await records.proceedings.getByRole('button', { name: t('records.proceedings.add') }).click();
  await records.in(records.proceedings, 'records.proceedings.kind').selectOption('vtip-trp');
  await records.in(records.proceedings, 'records.proceedings.fileNumber').fill('V123456789');
  await fillDay(dayField(records.proceedings, t('records.proceedings.filedOn')), '2026-03-25');
  await records.in(records.proceedings, 'records.proceedings.fileNumber').focus();
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));
  await page.screenshot({ path: test.info().outputPath('proceedings-en.png'), fullPage: true });

  await harness.restartServices();
  await page.reload();
  await dossier.unlock.unlock(PASSPHRASE);
  await dossier.cases.open(laiName);
  await matter.tab.click();
  await expect(records.in(records.proceedings, 'records.proceedings.kind')).toHaveValue('vtip-trp');
  await expect(records.in(records.proceedings, 'records.proceedings.fileNumber')).toHaveValue('V123456789');
  await expectDay(dayField(records.proceedings, t('records.proceedings.filedOn')), '2026-03-25');
  await workspace.tab('client').click();
  await expect(records.in(records.birth, 'records.birth.city')).toHaveValue('Hong Kong');
  await expect(records.in(records.birth, 'records.birth.country')).toHaveValue(/Hong Kong/u);
  await page.screenshot({ path: test.info().outputPath('birth-en.png'), fullPage: true });
});
