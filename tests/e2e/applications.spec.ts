import { expect, test } from './fixtures.ts';
import { case1Episode, review48, review7 } from './case1-data.ts';
import { createCase, createVault, lai, laiName, PASSPHRASE } from './flows.ts';
import { ApplicationsSection } from './pages/applications.ts';
import { DetentionPage } from './pages/detention.ts';

test('the r.45 prompt records an application by keyboard; its time limit is counted, kept in the vault, and shown in French', async ({
  dossier,
  page,
  harness,
}) => {
  // Entering the detention by hand takes most of the time on a loaded machine.
  test.setTimeout(180_000);
  // Sunday 15 March 2026, noon in Toronto: after the 48-hour review, before the seven-day one.
  await page.clock.setFixedTime(Date.UTC(2026, 2, 15, 16, 0));
  await createVault(dossier);
  await createCase(dossier, lai, laiName);
  const { t, workspace } = dossier;
  const detention = new DetentionPage(page, t);
  await detention.open();
  await detention.enterEpisode(case1Episode);
  await detention.addReview(review48);
  const { outcome: _held, ...upcoming } = review7;
  await detention.addReview(upcoming);
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));

  // The Minister framed her as a trafficking victim at the 48-hour review: the section prompts for r.45.
  const apps = new ApplicationsSection(page, t);
  await expect(apps.prompts).toHaveAttribute('data-code', 'privacy.trafficking');
  await apps.recordR45.focus();
  await page.keyboard.press('Enter');
  const row = apps.row(0, 'private-proceeding');
  await expect(row).toBeVisible();
  await expect(apps.prompts).toHaveCount(0);

  // Grounds and relief by keyboard; the reasons typed as paragraphs.
  await apps.field(row, 'applications.grounds.trafficking').focus();
  await page.keyboard.press('Space');
  await apps.field(row, 'applications.relief.private-hearing').focus();
  await page.keyboard.press('Space');
  await apps.field(row, 'applications.reasons').fill('Those said to control her could attend a public hearing.');
  await apps.field(row, 'applications.statusLabel').selectOption('filed');
  await apps.field(row, 'applications.filedOn').fill('2026-03-16');
  await apps.field(row, 'applications.filedOn').blur();
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));

  // The seven-day review is the next hearing: r.45(4)(a), as soon as possible, met by the filing.
  await expect(apps.limit(row)).toContainText('ID Rules r.45(4)(a)');
  await expect(detention.deadline('idr-45-private-asap')).toBeVisible();

  // Kept in the vault: after a restart the application is still there.
  await harness.restartServices();
  await page.reload();
  await dossier.unlock.unlock(PASSPHRASE);
  await dossier.cases.open('LAI Wing-sze');
  await detention.open();
  await expect(apps.field(apps.row(0, 'private-proceeding'), 'applications.statusLabel')).toHaveValue('filed');

  await dossier.switchLanguage('fr');
  const fr = new ApplicationsSection(page, dossier.t);
  await expect(fr.section.getByRole('heading', { name: dossier.t('applications.title') })).toBeVisible();
  await expect(fr.limit(fr.row(0, 'private-proceeding'))).toContainText('Règles de la SI, al. 45(4)a)');
  await fr.section.screenshot({ path: test.info().outputPath('applications-fr.png') });
});
