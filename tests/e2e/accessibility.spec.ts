import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { createCase, createVault, lai, laiName, PASSPHRASE, skipCounselStep } from './flows.ts';
import { DetentionPage } from './pages/detention.ts';
import { InterpreterPage } from './pages/interpreter.ts';
import { StatementsPage } from './pages/statements.ts';

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(results.passes.length, 'axe ran its rules').toBeGreaterThan(10);
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('axe finds no violations on setup, unlock, the case list, dialogs, the client form and settings', async ({ dossier, page }) => {
  await dossier.open();
  await expect(dossier.setup.heading).toBeVisible();
  expect(await violations(page), 'setup').toEqual([]);

  await dossier.setup.createWithPassphrase('short');
  await expect(dossier.setup.passphrase).toHaveAttribute('aria-invalid', 'true');
  expect(await violations(page), 'setup with errors').toEqual([]);

  await createVault(dossier);
  await createCase(dossier, lai, laiName);
  const { workspace, t } = dossier;
  const client = workspace.client;
  await client.fillDate(client.dateOfBirth, { year: '1994', month: '3', day: '14', original: '1994年3月14日' });
  await client.form.getByRole('button', { name: t('client.addAlias') }).click();
  await client.form.getByRole('button', { name: t('client.addCitizenship') }).click();
  await client.form.getByRole('button', { name: t('client.addLanguage') }).click();
  await client.form.getByRole('button', { name: t('client.addStatus') }).click();
  await client.form.getByRole('button', { name: t('client.addEntry') }).click();
  await client.uci.fill('12');
  await client.givenNames.fill('Wing\u200F-sze');
  await expect(workspace.saveStatus).toContainText(t('save.invalid', { count: 5 }).slice(0, 10));
  expect(await violations(page), 'client form with errors and every row kind').toEqual([]);

  await workspace.tab('timeline').click();
  expect(await violations(page), 'a tab not yet available').toEqual([]);

  await workspace.tab('client').click();
  await client.givenNames.fill('Wing-sze');
  await client.uci.fill('');
  await workspace.back();
  const { cases } = dossier;
  await expect(cases.heading).toBeVisible();
  expect(await violations(page), 'case list').toEqual([]);

  await cases.newCaseButton.click();
  await cases.dialog.getByRole('button', { name: t('newCase.create') }).click();
  await expect(cases.dialog.getByLabel(t('client.familyName'), { exact: true })).toHaveAttribute('aria-invalid', 'true');
  expect(await violations(page), 'new case dialog with an error').toEqual([]);
  await page.keyboard.press('Escape');

  await cases.startDelete(laiName);
  expect(await violations(page), 'delete dialog').toEqual([]);
  await page.keyboard.press('Escape');

  await dossier.goToSettings();
  await expect(dossier.settings.heading).toBeVisible();
  expect(await violations(page), 'settings').toEqual([]);

  await dossier.settings.lockNow();
  await expect(dossier.unlock.heading).toBeVisible();
  expect(await violations(page), 'unlock').toEqual([]);
  await dossier.unlock.unlock('wrong passphrase here');
  await expect(dossier.unlock.passphrase).toHaveAttribute('aria-invalid', 'true');
  expect(await violations(page), 'unlock with an error').toEqual([]);
  await dossier.unlock.unlock(PASSPHRASE);

  await dossier.switchLanguage('fr');
  await dossier.goToCases();
  await expect(dossier.cases.heading).toBeVisible();
  expect(await violations(page), 'case list in French').toEqual([]);
});

test('axe finds no violations on the detention tab, empty, with errors at its fields, and with limits, overrides and the banner', async ({
  dossier,
  page,
}) => {
  await createVault(dossier);
  await createCase(dossier, lai, laiName);
  const { workspace, t } = dossier;

  // Detention: empty, then with a start lacking its zone, a review before the detention, an unreadable amount and an interpreter mismatch.
  const detention = new DetentionPage(page, t);
  await detention.open();
  expect(await violations(page), 'empty detention tab').toEqual([]);
  const episode = await detention.enterEpisode({ start: { date: '2026-03-10', time: '14:30' }, grounds: ['FLIGHT'] });
  await detention.addReview({
    type: '48H',
    scheduled: { date: '2026-03-09', time: '09:30', zone: 'America/Toronto' },
    interpreterRequested: 'yue-Hant',
    interpreterProvided: 'cmn-Hans',
    startedAt: { date: '2026-03-09', time: '09:40' },
  });
  await detention.addSeizedItem({ description: 'Cash', value: 'a lot', noticeDate: '2026-03-10' });
  await expect(detention.zonedInput(detention.zoned(episode, 'detention.start'), 'zone')).toHaveAttribute('aria-invalid', 'true');
  expect(await violations(page), 'detention tab with errors at its fields').toEqual([]);

  // Corrected: the limits, their warnings and overrides, and the next-deadline banner.
  await detention.fillZoned(detention.zoned(episode, 'detention.start'), { date: '2026-03-10', time: '14:30', zone: 'America/Toronto' });
  await detention.fillZoned(detention.zoned(detention.reviewRow(0), 'detention.scheduled'), { date: '2026-03-12', time: '09:30' });
  await detention.fillZoned(detention.zoned(detention.reviewRow(0), 'detention.startedAt'), { date: '2026-03-12', time: '09:40' });
  await detention.field(detention.seizedRow(0), 'detention.seizedValue').fill('4800');
  await detention.fillZoned(detention.zoned(detention.seizedRow(0), 'detention.seizedAt'), {
    date: '2026-03-10',
    time: '14:30',
    zone: 'America/Toronto',
  });
  await detention.overrideRule('irpa-57-1-48h', 'disable', 'Waived by the member');
  await detention.correctHoliday('2026-03-18', 'add', 'Office closure', 'Closed by notice');
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));
  await expect(detention.deadlines.first()).toBeVisible();
  await expect(detention.banner).toBeVisible();
  expect(await violations(page), 'detention tab with limits, overrides and the banner').toEqual([]);

  // The case list shows the case's next limit as a badge.
  await workspace.back();
  await expect(dossier.cases.row(laiName).getByTestId('case-next-deadline')).toBeVisible();
  expect(await violations(page), 'case list with a next-deadline badge').toEqual([]);
});

test('axe finds no violations in interpreter mode, on the Statements tab with a refusal, in its hand-off dialogs, and in French', async ({
  dossier,
  page,
}, testInfo) => {
  await dossier.open();
  const interpreter = new InterpreterPage(page, dossier.t);
  await interpreter.choose.click();
  await expect(interpreter.heading).toBeVisible();
  await interpreter.openButton.click();
  await expect(interpreter.passphrase).toHaveAttribute('aria-invalid', 'true');
  expect(await violations(page), 'interpreter mode with errors').toEqual([]);
  await page.getByRole('button', { name: dossier.t('interpreter.back') }).click();
  await expect(interpreter.leaveDialog).toBeVisible();
  expect(await violations(page), 'leaving interpreter mode').toEqual([]);
  await interpreter.leaveDialog.getByRole('button', { name: dossier.t('interpreter.leaveConfirm') }).click();

  await expect(dossier.setup.heading).toBeVisible();
  await dossier.setup.createWithPassphrase(PASSPHRASE);
  await skipCounselStep(dossier);
  await createCase(dossier, lai, laiName);
  const { t } = dossier;
  const statements = new StatementsPage(page, t);
  await statements.open();
  await statements.addTranslator({ familyName: 'LAI', givenNames: 'Wing-yan', relationship: 'sister', isFamilyOfClient: true });
  await statements.addStatement({ title: 'Statement', lang: 'yue-Hant', paragraphs: [['我叫黎詠詩。', '']] });
  await statements.certify({ translator: 'LAI Wing-yan', destination: 'IRCC', certification: 'IRCC_AFFIDAVIT' });
  await expect(statements.field(statements.editor, 'statements.translator')).toHaveAttribute('aria-invalid', 'true');
  expect(await violations(page), 'statements tab with a refused translator').toEqual([]);

  await statements.form.getByRole('button', { name: t('statements.handoff.importButton') }).click();
  const importDialog = page.getByRole('dialog', { name: t('statements.handoff.importTitle') });
  await importDialog.getByRole('button', { name: t('statements.handoff.import'), exact: true }).click();
  await expect(importDialog.getByLabel(t('statements.handoff.file'), { exact: true })).toHaveAttribute('aria-invalid', 'true');
  expect(await violations(page), 'import dialog with errors').toEqual([]);
  await page.keyboard.press('Escape');
  await expect(importDialog).toHaveCount(0);

  await statements.editor.getByRole('button', { name: t('statements.handoff.send') }).click();
  const sendDialog = page.getByRole('dialog', { name: t('statements.handoff.sendTitle') });
  await sendDialog.getByRole('button', { name: t('statements.handoff.save') }).click();
  await expect(sendDialog.getByLabel(t('statements.handoff.passphrase'), { exact: true })).toHaveAttribute('aria-invalid', 'true');
  expect(await violations(page), 'send dialog with errors').toEqual([]);
  await page.keyboard.press('Escape');

  await dossier.switchLanguage('fr');
  await expect(new StatementsPage(page, dossier.t).form).toBeVisible();
  await expect(page.getByText(dossier.t('validation.translation.translator-is-family'))).toBeVisible();
  expect(await violations(page), 'statements tab in French').toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('statements-refused-fr.png'), fullPage: true });
});
