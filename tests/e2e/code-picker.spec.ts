import { expect, test } from './fixtures.ts';
import { createCase, createVault, PASSPHRASE, skipCounselStep } from './flows.ts';
import { typeToSearch } from './pages/code-picker.ts';

test('a name in script proposes its script, and a country and a language are chosen by name, stored as codes', async ({
  dossier,
  page,
}) => {
  await createVault(dossier);
  await createCase(
    dossier,
    { kind: 'detention-review', familyName: 'LAI', givenNames: 'Wing-sze', nameInScript: '黎詠詩' },
    'LAI Wing-sze (黎詠詩)',
  );
  const { workspace, t } = dossier;
  const form = workspace.client.form;
  const script = workspace.client.nameInScriptRow(0).getByLabel(t('client.scriptCode'), { exact: true });
  await expect(script).toHaveValue(t('scriptNames.Hant'));
  await expect(script).toHaveAccessibleDescription(t('codePicker.code', { code: 'Hant' }));

  await form.getByRole('button', { name: t('client.addCitizenship') }).click();
  const country = form.getByLabel(t('client.countryCode'), { exact: true });
  await typeToSearch(country, 'China');
  await expect(page.getByRole('option').first()).toHaveText(/^China\s*CN$/);
  await country.press('ArrowDown');
  await country.press('Enter');
  await expect(country).toHaveValue('China');
  await expect(country).toHaveAccessibleDescription(t('codePicker.code', { code: 'CN' }));

  await form.getByRole('button', { name: t('client.addLanguage') }).click();
  const language = form.getByLabel(t('client.langTag'), { exact: true });
  await typeToSearch(language, 'Cantonese');
  const cantonese = page.getByRole('option', { name: /^Cantonese/ });
  await expect(cantonese.first()).toContainText('yue-Hant');
  await page.screenshot({ path: test.info().outputPath('code-picker-en.png') });
  await cantonese.first().click();
  await expect(language).toHaveValue('Cantonese (Traditional)');
  await expect(language).toHaveAccessibleDescription(t('codePicker.code', { code: 'yue-Hant' }));
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));

  await form.getByRole('button', { name: t('client.addCitizenship') }).click();
  const second = form
    .getByRole('group', { name: t('client.citizenshipN', { n: 2 }), exact: true })
    .getByLabel(t('client.countryCode'), { exact: true });
  await second.fill('Atlantis');
  await second.blur();
  await expect(second).toHaveValue('Atlantis');
  await expect(second).toHaveAttribute('aria-invalid', 'true');
  await expect(workspace.saveStatus).toHaveText(t('save.invalid', { count: 1 }));
});

test('in French the choices are named in French and found by their French or English name', async ({ dossier, page }) => {
  await dossier.open();
  await expect(dossier.setup.heading).toBeVisible();
  await dossier.switchLanguage('fr');
  await dossier.setup.createWithPassphrase(PASSPHRASE);
  await skipCounselStep(dossier);
  await createCase(dossier, { kind: 'detention-review', familyName: 'LAI', givenNames: 'Wing-sze' }, 'LAI Wing-sze');
  const { workspace, t } = dossier;
  const form = workspace.client.form;
  await form.getByRole('button', { name: t('client.addCitizenship') }).click();
  const country = form.getByLabel(t('client.countryCode'), { exact: true });
  await typeToSearch(country, 'Chine');
  await expect(page.getByRole('option').first()).toHaveText(/^Chine\s*CN$/);
  await typeToSearch(country, 'China');
  await expect(page.getByRole('option').first()).toHaveText(/^Chine\s*CN$/);
  await page.screenshot({ path: test.info().outputPath('code-picker-fr.png') });
  await country.press('ArrowDown');
  await country.press('Enter');
  await expect(country).toHaveValue('Chine');

  await form.getByRole('button', { name: t('client.addLanguage') }).click();
  const language = form.getByLabel(t('client.langTag'), { exact: true });
  await typeToSearch(language, 'cantonais');
  await expect(page.getByRole('option').first()).toContainText('yue-Hant');
  await language.press('ArrowDown');
  await language.press('Enter');
  await expect(language).toHaveAccessibleDescription(t('codePicker.code', { code: 'yue-Hant' }));
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));
});

test('in the new-case dialog, Escape closes the list of choices first and keeps what was typed', async ({ dossier, page }) => {
  await createVault(dossier);
  const { t } = dossier;
  await dossier.cases.newCaseButton.click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(t('newCase.scriptName'), { exact: true }).fill('สมศรี');
  const script = dialog.getByLabel(t('client.scriptCode'), { exact: true });
  await expect(script).toHaveValue('Thai');
  await typeToSearch(script, 'Chinese');
  await expect(page.getByRole('listbox')).toBeVisible();
  await script.press('Escape');
  await expect(page.getByRole('listbox')).toBeHidden();
  await expect(dialog).toBeVisible();
  await expect(script).toHaveValue('Chinese');
  await script.press('ArrowDown');
  await expect(page.getByRole('option').first()).toBeVisible();
});
