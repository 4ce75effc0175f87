import { expect, test } from './fixtures.ts';
import { createCase, createVault, lai, laiName } from './flows.ts';
import { ClockPage } from './pages/clock.ts';

const toronto = 'America/Toronto';

for (const language of ['en', 'fr'] as const) {
  test(`${language}: a Laval detention counts Québec's holidays; the 7-day review due on the Fête nationale names it and the next sitting`, async ({
    dossier,
    page,
  }, testInfo) => {
    // Tuesday 16 June 2026, noon in Montréal.
    await page.clock.setFixedTime(Date.UTC(2026, 5, 16, 16, 0));
    await createVault(dossier);
    if (language === 'fr') await dossier.switchLanguage('fr');
    await createCase(dossier, lai, laiName);
    const { t, workspace } = dossier;
    const clock = new ClockPage(page, t);
    await clock.open();
    const episode = await clock.enterEpisode({
      start: { date: '2026-06-15', time: '10:00', zone: toronto },
      facility: { name: "Centre de surveillance de l'immigration, Laval", type: 'IHC', zone: toronto },
      region: 'Eastern',
    });
    await clock.addReview({ type: '48H', scheduled: { date: '2026-06-17', time: '09:30' }, outcome: 'DETAINED' });
    await expect(workspace.saveStatus).toHaveText(t('save.saved'));

    await expect(clock.calendar).toHaveAttribute('data-region', 'QC');
    await expect(clock.calendar).toContainText(
      t('clock.calendarUsed', { region: t('detention.holidayRegions.QC'), source: t('clock.sources.place') }),
    );
    const seven = clock.deadline('irpa-57-2-7d');
    await expect(clock.nextSitting(seven)).toContainText('Fête nationale du Québec');
    await expect(clock.nextSitting(seven)).toContainText('2026-06-25');
    await expect(clock.dueOffice(seven)).toContainText('2026-06-23');
    if (language === 'en') {
      await expect(clock.nextSitting(seven)).toHaveText('Thu 2026-06-25, after Fête nationale du Québec (Wed 2026-06-24)');
      await expect(clock.dueLaw(seven)).toHaveText('Thu 2026-06-25');
    }
    await expect(clock.settingsSection.getByRole('combobox', { name: t('detention.holidayRegion') })).toContainText(
      t('clock.regionFromPlace', { region: t('detention.holidayRegions.QC') }),
    );
    await page.getByTestId('deadlines').screenshot({ path: testInfo.outputPath(`clock-${language}.png`) });

    // The facility's province, typed as Ontario, disagrees with the Laval its name gives: shown, not settled silently.
    await clock.setFacilityPlace(episode, { city: 'Laval', province: 'ON' });
    await expect(workspace.saveStatus).toHaveText(t('save.saved'));
    await expect(clock.calendar).toHaveAttribute('data-region', 'ON');
    await expect(clock.mismatch('facility-name')).toHaveText(
      t('clock.mismatch.facility-name', { facility: t('detention.holidayRegions.ON'), named: t('detention.holidayRegions.QC') }),
    );
    await clock.calendar.screenshot({ path: testInfo.outputPath(`clock-mismatch-${language}.png`) });
  });
}
