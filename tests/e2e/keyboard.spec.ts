import { expect, test } from './fixtures.ts';
import { PASSPHRASE } from './flows.ts';
import { CounselStepPage } from './pages/counsel-step.ts';

test('a case can be created with the keyboard alone', async ({ dossier, page }) => {
  const { t } = dossier;
  const keyboard = page.keyboard;
  await dossier.open();
  await expect(dossier.setup.heading).toBeFocused();

  await keyboard.press('Tab');
  await expect(dossier.setup.passphrase).toBeFocused();
  await keyboard.type(PASSPHRASE);
  await keyboard.press('Tab');
  await expect(dossier.setup.confirmation).toBeFocused();
  await keyboard.type(PASSPHRASE);
  await keyboard.press('Enter');

  // First run asks for the counsel profile; from the keyboard it is left for later past its fields.
  const step = new CounselStepPage(page, t);
  await expect(step.heading).toBeFocused();
  const skipLabel = t('form.firstRun.skip');
  for (let i = 0; i < 40 && (await page.locator(':focus').textContent()) !== skipLabel; i += 1) await keyboard.press('Tab');
  await expect(step.skipButton).toBeFocused();
  await keyboard.press('Enter');

  const cases = dossier.cases;
  await expect(cases.heading).toBeFocused();
  await keyboard.press('Tab');
  await expect(cases.newCaseButton).toBeFocused();
  await keyboard.press('Enter');

  const dialog = cases.dialog;
  await expect(dialog).toBeVisible();
  const detention = dialog.getByRole('radio', { name: t('caseKind.detention-review') });
  const hc = dialog.getByRole('radio', { name: t('caseKind.hc') });
  await expect(detention).toBeFocused();

  // Escape closes the dialog and returns focus to the button that opened it.
  await keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(cases.newCaseButton).toBeFocused();
  await keyboard.press('Space');
  await expect(detention).toBeFocused();

  // Focus stays inside the dialog: Shift+Tab from the first control wraps to the last.
  await keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: t('newCase.create') })).toBeFocused();
  await keyboard.press('Tab');
  await expect(detention).toBeFocused();

  await keyboard.press('ArrowDown');
  await expect(hc).toBeChecked();
  await keyboard.press('Tab');
  await expect(dialog.getByLabel(t('client.familyName'), { exact: true })).toBeFocused();
  await keyboard.type('SRISUK');
  await keyboard.press('Tab');
  await keyboard.type('Malee');
  await keyboard.press('Tab');
  await keyboard.insertText('มาลี ศรีสุข');
  await keyboard.press('Tab');
  await keyboard.type('Thai');
  await keyboard.press('Enter');

  const workspace = dossier.workspace;
  await expect(workspace.heading).toHaveText('SRISUK Malee (มาลี ศรีสุข)');
  await expect(workspace.heading).toBeFocused();
  await expect(page.getByText(t('caseKind.hc')).first()).toBeVisible();

  // Tabs follow the arrow keys; H&C cases have an H&C tab and no detention tabs.
  await workspace.tab('client').focus();
  await keyboard.press('End');
  await expect(workspace.tab('packets')).toBeFocused();
  await expect(workspace.tab('packets')).toHaveAttribute('aria-selected', 'true');
  await expect(workspace.panel.getByRole('heading', { level: 2, name: t('packets.title') })).toBeVisible();
  await keyboard.press('ArrowLeft');
  await expect(workspace.tab('documents')).toHaveAttribute('aria-selected', 'true');
  await keyboard.press('ArrowLeft');
  await expect(workspace.tab('hc')).toHaveAttribute('aria-selected', 'true');
  await expect(workspace.tab('detention')).toHaveCount(0);
  await keyboard.press('Home');
  await expect(workspace.tab('client')).toHaveAttribute('aria-selected', 'true');
});
