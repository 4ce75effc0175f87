import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';
import { createVault, laiName } from './flows.ts';
import { ApplicationsSection } from './pages/applications.ts';
import { DetentionPage } from './pages/detention.ts';
import { WitnessInfo } from './pages/witness-info.ts';

// The day before Case 1's seven-day review.
test.use({ fixedNow: '2026-03-17T14:00:00.000Z' });

test('r.32 witness information is entered by keyboard, kept in the case, and shown in French', async ({ dossier, page }) => {
  await createVault(dossier);
  const fixture = JSON.parse(await readFile(new URL('../fixtures/cases/case1-lai.json', import.meta.url), 'utf8')) as unknown;
  const imported = await page.evaluate(async (file) => {
    const bridge = (globalThis as unknown as { dossier: Record<string, (input: unknown) => Promise<{ ok: boolean }>> }).dossier;
    return bridge['caseImport']?.({ file });
  }, fixture);
  expect(imported?.ok).toBe(true);
  await dossier.goToSettings();
  await dossier.goToCases();
  await dossier.cases.open(laiName);
  const { t, workspace } = dossier;
  await new DetentionPage(page, t).open();

  const apps = new ApplicationsSection(page, t);
  await apps.section.getByRole('button', { name: t('applications.add'), exact: true }).focus();
  await page.keyboard.press('Enter');
  await apps.field(apps.row(0, 'private-proceeding'), 'applications.kind').selectOption('witnesses');
  const row = apps.row(0, 'witnesses');
  await apps.field(row, 'applications.witness').fill('CHAN Mei-ling');
  const witness = new WitnessInfo(row, t);
  await witness.field('testimony').fill('She can house the person concerned and supervise her daily.');
  // By keyboard from the testimony: the minutes, then the means, each a Tab away.
  await page.keyboard.press('Tab');
  await page.keyboard.type('45');
  await expect(witness.field('minutes')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(witness.field('meansLabel')).toBeFocused();
  await witness.field('meansLabel').selectOption('videoconference');
  await witness.field('relationship').fill('her cousin');
  await witness.field('expert').focus();
  await page.keyboard.press('Space');
  await witness.field('qualifications').fill('Registered social worker.');
  await expect(row.getByLabel(t('applicationsMore.further'), { exact: true })).toBeVisible();
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));

  // Kept in the case through the save path.
  const stored = await page.evaluate(async () => {
    const bridge = (globalThis as unknown as { dossier: Record<string, (input: unknown) => Promise<unknown>> }).dossier;
    const list = (await bridge['caseList']?.({})) as { value: { id: string }[] };
    const got = (await bridge['caseGet']?.({ id: list.value[0]?.id })) as { value: { case: { detention: { applications: unknown[] } } } };
    return got.value.case.detention.applications[0];
  });
  expect(stored).toMatchObject({
    kind: 'witnesses',
    witness: 'CHAN Mei-ling',
    testimonyMinutes: 45,
    witnessMeans: 'videoconference',
    witnessRelationship: 'her cousin',
    expertWitness: true,
    expertQualifications: 'Registered social worker.',
  });
  await row.screenshot({ path: test.info().outputPath('witness-information-en.png') });

  await dossier.switchLanguage('fr');
  const fr = new WitnessInfo(new ApplicationsSection(page, dossier.t).row(0, 'witnesses'), dossier.t);
  await expect(fr.box).toBeVisible();
  await expect(fr.field('minutes')).toHaveValue('45');
  await expect(fr.field('meansLabel').locator('option:checked')).toHaveText('Par vidéoconférence');
  await fr.box.screenshot({ path: test.info().outputPath('witness-information-fr.png') });
});
