import { expect, test } from './fixtures.ts';
import { createCase, createVault, lai, laiName, PASSPHRASE } from './flows.ts';

test.beforeEach(async ({ dossier }) => {
  await createVault(dossier);
  await createCase(dossier, lai, laiName);
});

test('a bad UCI is shown next to its field and not saved; a good one is', async ({ dossier, harness }) => {
  const { workspace, t } = dossier;
  const client = workspace.client;
  await client.uci.fill('12345');
  await expect(client.uci).toHaveAttribute('aria-invalid', 'true');
  await expect(client.uci).toHaveAccessibleDescription(new RegExp(escape(t('validation.uci'))));
  await expect(workspace.saveStatus).toHaveText(t('save.invalid', { count: 1 }));

  await client.uci.fill('1234-5678');
  await expect(client.uci).not.toHaveAttribute('aria-invalid', 'true');
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));

  await client.uci.fill('99');
  await expect(workspace.saveStatus).toHaveText(t('save.invalid', { count: 1 }));

  // After a restart only what was valid is in the vault.
  await harness.restartServices();
  await dossier.page.reload();
  await dossier.unlock.unlock(PASSPHRASE);
  await dossier.cases.open(laiName);
  await expect(client.uci).toHaveValue('1234-5678');
});

test('Feb 30 and a future date of birth are refused with messages at the date', async ({ dossier }) => {
  const { workspace, t } = dossier;
  const client = workspace.client;
  const dob = client.dateOfBirth;
  await client.fillDate(dob, { year: '1990', month: '2', day: '30' });
  const day = client.dateInput(dob, 'day');
  await expect(day).toHaveAttribute('aria-invalid', 'true');
  await expect(day).toHaveAccessibleDescription(t('validation.noSuchDay'));
  await expect(workspace.saveStatus).toHaveText(t('save.invalid', { count: 1 }));

  await day.fill('28');
  await expect(day).not.toHaveAttribute('aria-invalid', 'true');
  await expect(client.gregorianRange).toHaveText(t('date.gregorianDay', { date: 'February 28, 1990' }));
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));

  await client.fillDate(dob, { year: '2099', month: '', day: '' });
  const year = client.dateInput(dob, 'year');
  await expect(year).toHaveAttribute('aria-invalid', 'true');
  await expect(year).toHaveAccessibleDescription(t('validation.futureBirth'));
  await expect(dob.getByText(t('validation.futureBirth'))).toBeVisible();
  await expect(workspace.saveStatus).toHaveText(t('save.invalid', { count: 1 }));

  await client.fillDate(dob, { year: '19x' });
  await expect(year).toHaveValue('19x');
  await expect(year).toHaveAccessibleDescription(new RegExp(escape(t('validation.number'))));
});

test('calendars: a Thai Buddhist year shows its Gregorian range; lunar dates ask for one', async ({ dossier }) => {
  const { workspace, t } = dossier;
  const client = workspace.client;
  const dob = client.dateOfBirth;
  await client.fillDate(dob, { calendar: 'buddhist', year: '2531', month: '8', day: '12', original: '12 ส.ค. 2531' });
  await expect(client.gregorianRange).toHaveText(t('date.gregorianDay', { date: 'August 12, 1988' }));
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));

  await client.fillDate(dob, { calendar: 'korean-lunar', year: '1988', month: '', day: '', original: '추석 지나고' });
  await expect(client.gregorianRange).toHaveText(t('date.enterRange'));
  await expect(dob.getByLabel(t('date.earliest'), { exact: true })).toBeVisible();
});

test('names with invisible or bidi controls carry a visible warning; bad codes are flagged', async ({ dossier }) => {
  const { workspace, t } = dossier;
  const client = workspace.client;
  await client.givenNames.fill('Wing\u202E-sze');
  await expect(client.givenNames).toHaveAccessibleDescription(/U\+202E/);
  await expect(client.form.getByText(/U\+202E/)).toBeVisible();

  const row = client.nameInScriptRow(0);
  const script = row.getByLabel(t('client.scriptCode'), { exact: true });
  await script.fill('Elvish');
  await expect(script).toHaveAttribute('aria-invalid', 'true');
  await expect(script).toHaveAccessibleDescription(new RegExp(escape(t('validation.script'))));
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('rows can be added and removed; a row with a bad language tag blocks saving until fixed or removed', async ({ dossier }) => {
  const { workspace, t } = dossier;
  const form = workspace.client.form;
  await form.getByRole('button', { name: t('client.addLanguage') }).click();
  const row = form.getByRole('group', { name: t('client.languageN', { n: 1 }), exact: true });
  const tag = row.getByLabel(t('client.langTag'), { exact: true });
  await expect(tag).toHaveAttribute('aria-invalid', 'true');
  await expect(workspace.saveStatus).toHaveText(t('save.invalid', { count: 1 }));
  await tag.fill('th-TH');
  await expect(row.getByText('Thai (Thailand)')).toBeVisible();
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));
  await tag.fill('not a tag');
  await expect(tag).toHaveAccessibleDescription(new RegExp(escape(t('validation.langTag'))));

  await row.getByRole('button', { name: `${t('common.remove')} ${t('client.languageN', { n: 1 })}` }).click();
  await expect(row).toHaveCount(0);
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));

  await form.getByRole('button', { name: t('client.addEntry') }).click();
  const entry = form.getByRole('group', { name: t('client.entryN', { n: 1 }), exact: true });
  await expect(entry.getByText(t('validation.needDate'))).toBeVisible();
  await entry.getByLabel(t('date.year'), { exact: true }).fill('2023');
  await entry.getByLabel(t('client.port'), { exact: true }).fill('YVR');
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));
});
