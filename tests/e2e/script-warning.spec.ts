import { expect, test } from './fixtures.ts';
import { createCase, createVault } from './flows.ts';

test('a name in a script no bundled font draws is warned about as it is typed, and a printable one is not', async ({ dossier, page }) => {
  await createVault(dossier);
  await createCase(
    dossier,
    { kind: 'detention-review', familyName: 'NAYAK', givenNames: 'Sita', nameInScript: 'ସୀତା ନାୟକ' },
    'NAYAK Sita (ସୀତା ନାୟକ)',
  );
  const { workspace, t } = dossier;
  const name = workspace.client.nameInScriptRow(0).getByLabel(t('client.nameInScript'), { exact: true });
  const warning = t('fonts.unprintable', { scripts: t('validation.scriptName.Oriya') });
  await expect(name).toHaveAccessibleDescription(warning);
  await expect(workspace.client.form.getByText(warning)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('script-warning-en.png') });

  // Tamil has a bundled font since the script table grew: no warning once the name is retyped in it.
  await name.fill('சீதா நாயக்');
  await expect(workspace.client.form.getByText(warning)).toHaveCount(0);
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));
});
