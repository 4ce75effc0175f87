import { expect, test } from './fixtures.ts';
import { createCase, createVault, lai, laiName } from './flows.ts';

const kim = { kind: 'hc', familyName: 'KIM', givenNames: 'Ji-eun', nameInScript: '김지은', script: 'Hang' } as const;
const kimName = 'KIM Ji-eun (김지은)';

test.beforeEach(async ({ dossier }) => {
  await createVault(dossier);
  await createCase(dossier, lai, laiName);
  await dossier.workspace.back();
  await createCase(dossier, kim, kimName);
  await dossier.workspace.back();
  await expect(dossier.cases.rows).toHaveCount(2);
});

test('archive hides a case until archived cases are shown; unarchive brings it back', async ({ dossier }) => {
  const { cases, t } = dossier;
  await cases.setArchived(kimName, true);
  await expect(cases.status).toContainText(t('cases.archivedMessage'));
  await expect(cases.rows).toHaveCount(1);
  await expect(cases.row(kimName)).toHaveCount(0);

  await cases.showArchived.check();
  await expect(cases.rows).toHaveCount(2);
  await expect(cases.row(kimName).getByText(t('cases.archivedBadge'))).toBeVisible();

  await cases.setArchived(kimName, false);
  await expect(cases.status).toContainText(t('cases.unarchivedMessage'));
  await cases.showArchived.uncheck();
  await expect(cases.rows).toHaveCount(2);
});

test('delete asks for the confirmation word; Escape cancels; confirming removes the case', async ({ dossier, page }) => {
  const { cases, t } = dossier;
  let dialog = await cases.startDelete(laiName);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: t('deleteCase.title') })).toBeVisible();
  const confirm = dialog.getByRole('button', { name: t('deleteCase.confirm') });
  await expect(confirm).toBeDisabled();
  const word = dialog.getByLabel(t('deleteCase.typeToConfirm', { word: t('deleteCase.word') }));
  await expect(word).toBeFocused();
  await word.fill('delet');
  await expect(confirm).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(cases.rows).toHaveCount(2);

  dialog = await cases.startDelete(laiName);
  await dialog.getByLabel(t('deleteCase.typeToConfirm', { word: t('deleteCase.word') })).fill(t('deleteCase.word'));
  await dialog.getByRole('button', { name: t('deleteCase.confirm') }).click();
  await expect(dialog).toBeHidden();
  await expect(cases.status).toContainText(t('cases.deletedMessage'));
  await expect(cases.rows).toHaveCount(1);
  await expect(cases.row(laiName)).toHaveCount(0);
  await cases.showArchived.check();
  await expect(cases.rows).toHaveCount(1);
});
