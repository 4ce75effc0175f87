import { expect, test } from './fixtures.ts';
import { createCase, createVault, lai, laiName, PASSPHRASE } from './flows.ts';
import { case1Episode, review48 as case1Review48, review7 as case1Review7, toronto } from './case1-data.ts';
import { DetentionPage } from './pages/detention.ts';

test.beforeEach(async ({ dossier, page }) => {
  // The day after the arrest, in Toronto: the 48-hour review is tomorrow.
  await page.clock.setFixedTime(Date.UTC(2026, 2, 11, 16, 0));
  await createVault(dossier);
  await createCase(dossier, lai, laiName);
});

test("Case 1's detention entered through the UI gives the review and seizure limits, flags the interpreter, and counts the days", async ({
  dossier,
  page,
}, testInfo) => {
  const { t, workspace } = dossier;
  const detention = new DetentionPage(page, t);
  await detention.open();
  const episode = await detention.enterEpisode(case1Episode);
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));
  await expect(detention.daysInDetention(episode)).toHaveText(t('detention.daysOngoing', { count: 1, from: 'Tue 2026-03-10', hours: 21 }));

  // The 48-hour limit counts real hours from the zoned start: Thursday 14:30, local time.
  const limit48 = detention.deadline('irpa-57-1-48h');
  await expect(detention.dueLaw(limit48)).toHaveText('Thu 2026-03-12 14:30');
  await expect(detention.dueOffice(limit48)).toHaveText('Thu 2026-03-12');
  await expect(limit48.getByTestId('deadline-reading')).toHaveText(t('detention.statusUnconfirmed'));
  await expect(limit48.getByTestId('basis')).toHaveText('IRPA s.57(1)');

  // The banner: the next limit, one day away, shown as urgent.
  await expect(detention.banner).toContainText(t('detention.rules.irpa-57-1-48h'));
  await expect(detention.banner.getByTestId('next-deadline-law')).toHaveText(t('detention.banner.law', { due: 'Thu 2026-03-12 14:30' }));
  await expect(detention.banner.getByTestId('next-deadline-office')).toHaveText(t('detention.banner.office', { date: 'Thu 2026-03-12' }));
  await expect(detention.banner.getByTestId('next-deadline-left')).toHaveText(t('detention.banner.daysLeft', { count: 1 }));
  await expect(detention.banner).toHaveClass(/next-deadline-urgent/);

  const review48 = await detention.addReview(case1Review48);
  // The review took the detention's zone without being asked.
  await expect(detention.zonedInput(detention.zoned(review48, 'detention.scheduled'), 'zone')).toHaveValue(toronto);
  await expect(detention.interpreterFlag(review48)).toHaveText(
    new RegExp(`${t('detention.interpreterMismatch', { provided: 'Mandarin', requested: 'Cantonese' })}$`),
  );
  const review7 = await detention.addReview(case1Review7);
  await expect(detention.interpreterFlag(review7)).toHaveCount(0);

  await detention.addSeizedItem({ description: '2 mobile phones', noticeDate: '2026-03-10' });
  const cash = await detention.addSeizedItem({ description: 'Cash', value: '4,800', noticeDate: '2026-03-10' });
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));

  // 7-day review: due by the seventh day after the 48-hour review was held, and met by the review of the 18th.
  const limit7 = detention.deadline('irpa-57-2-7d');
  await expect(detention.dueLaw(limit7)).toHaveText('Thu 2026-03-19');
  await expect(limit7.getByTestId('deadline-state')).toHaveText(
    t('detention.metByHearing', { type: t('detention.hearingTypes.7D'), at: 'Wed 2026-03-18 09:30' }),
  );
  await expect(limit48.getByTestId('deadline-state')).toHaveText(
    t('detention.metByHearing', { type: t('detention.hearingTypes.48H'), at: 'Thu 2026-03-12 09:30' }),
  );
  // Released at the 7-day review: no 30-day review is owed.
  await expect(detention.deadline('irpa-57-2-30d')).toHaveCount(0);

  // Seizure: 60 days from the notice end on a Saturday, which IA s.26 does not move; the office aims for the Friday.
  const seizure = detention.deadline('irpr-254-seizure-return', 1);
  await expect(detention.dueLaw(seizure)).toHaveText('Sat 2026-05-09');
  await expect(detention.dueOffice(seizure)).toHaveText('Fri 2026-05-08');
  await expect(seizure.locator('[data-code="NOT_A_BUSINESS_DAY"]')).toHaveText(
    new RegExp(`${escape(t('detention.warnings.NOT_A_BUSINESS_DAY', { office: 'Fri 2026-05-08' }))}$`),
  );
  await expect(detention.seizedReturn(cash)).toContainText('Sat 2026-05-09');
  await expect(detention.seizedReturn(cash)).toContainText('Fri 2026-05-08');

  // Released on the 19th: the count stops there.
  await detention.enterEpisode({ ...case1Episode, end: { date: '2026-03-19', time: '16:00' }, endReason: 'released-ID' });
  await expect(detention.daysInDetention(episode)).toHaveText(
    t('detention.daysEnded', { count: 9, from: 'Tue 2026-03-10', to: 'Thu 2026-03-19', hours: 217 }),
  );
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));
  await page.screenshot({ path: testInfo.outputPath('detention-en.png'), fullPage: true });
});

test('a review dated before the detention is refused at its date, and saved once corrected', async ({ dossier, page }) => {
  const { t, workspace } = dossier;
  const detention = new DetentionPage(page, t);
  await detention.open();
  await detention.enterEpisode(case1Episode);
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));

  const review = await detention.addReview({ type: '48H', scheduled: { date: '2026-03-09', time: '09:30' }, outcome: 'DETAINED' });
  const scheduled = detention.zoned(review, 'detention.scheduled');
  const date = detention.zonedInput(scheduled, 'date');
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(date).toHaveAccessibleDescription(new RegExp(escape(t('detention.errors.reviewBeforeDetention'))));
  await expect(scheduled.getByText(t('detention.errors.reviewBeforeDetention'))).toBeVisible();
  await expect(workspace.saveStatus).toHaveText(t('save.invalid', { count: 1 }));
  // The limits stay those of the saved case, and say so.
  await expect(detention.staleNotice).toHaveText(t('detention.deadlinesStale'));
  await expect(detention.deadline('irpa-57-1-48h').getByTestId('deadline-state')).toHaveText(t('detention.open'));

  await date.fill('2026-03-12');
  await expect(date).not.toHaveAttribute('aria-invalid', 'true');
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));
  await expect(detention.staleNotice).toHaveCount(0);
  await expect(detention.deadline('irpa-57-1-48h').getByTestId('deadline-state')).toHaveText(
    t('detention.metByHearing', { type: t('detention.hearingTypes.48H'), at: 'Thu 2026-03-12 09:30' }),
  );
});

test('a detention start without a time zone is refused at the zone, and nothing typed is lost', async ({ dossier, page, harness }) => {
  const { t, workspace } = dossier;
  const detention = new DetentionPage(page, t);
  await detention.open();
  const row = await detention.enterEpisode({
    start: { date: '2026-03-10', time: '14:30' },
    authority: 'IRPA55(2)(a)',
    grounds: ['FLIGHT'],
    facility: { name: 'Toronto Immigration Holding Centre' },
  });
  const start = detention.zoned(row, 'detention.start');
  const zone = detention.zonedInput(start, 'zone');
  await expect(zone).toHaveAttribute('aria-invalid', 'true');
  await expect(zone).toHaveAccessibleDescription(t('detention.errors.zoneRequired'));
  // Only the zones are missing: the start's and the facility's.
  await expect(workspace.saveStatus).toHaveText(t('save.invalid', { count: 2 }));
  await expect(detention.zonedInput(start, 'date')).not.toHaveAttribute('aria-invalid', 'true');

  // Leaving the tab keeps the draft, as typed.
  await workspace.tab('client').click();
  await detention.open();
  await expect(detention.zonedInput(start, 'date')).toHaveValue('2026-03-10');
  await expect(detention.zonedInput(start, 'time')).toHaveValue('14:30');
  await expect(detention.field(row, 'detention.facilityName')).toHaveValue('Toronto Immigration Holding Centre');
  await expect(detention.groundBox(row, 'FLIGHT')).toBeChecked();

  // The facility's zone becomes the start's, and the case saves with the time as typed.
  await detention.field(row, 'detention.facilityZone').selectOption(toronto);
  await expect(zone).toHaveValue(toronto);
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));
  await expect(detention.dueLaw(detention.deadline('irpa-57-1-48h'))).toHaveText('Thu 2026-03-12 14:30');

  await harness.restartServices();
  await page.reload();
  await dossier.unlock.unlock(PASSPHRASE);
  await dossier.cases.open(laiName);
  await detention.open();
  await expect(detention.zonedInput(start, 'date')).toHaveValue('2026-03-10');
  await expect(detention.zonedInput(start, 'time')).toHaveValue('14:30');
  await expect(zone).toHaveValue(toronto);
  await expect(detention.field(row, 'detention.authority')).toHaveValue('IRPA55(2)(a)');
  await expect(detention.groundBox(row, 'FLIGHT')).toBeChecked();
});

test('the holiday region and overrides change the limits, each override with its reason shown', async ({ dossier, page }) => {
  const { t, workspace } = dossier;
  const detention = new DetentionPage(page, t);
  await detention.open();
  await detention.enterEpisode(case1Episode);
  await detention.addReview({ type: '48H', scheduled: { date: '2026-03-12', time: '09:30' }, outcome: 'DETAINED' });
  await detention.addSeizedItem({ description: 'Cash', noticeDate: '2026-03-10' });
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));
  // The facility's name (Toronto Immigration Holding Centre) gives the province, not the time zone.
  await expect(detention.field(detention.form, 'detention.holidayRegion')).toContainText(
    t('clock.regionFromPlace', { region: t('detention.holidayRegions.ON') }),
  );

  // A day the office is closed, added with a reason: the 7-day limit moves past it (IA s.26).
  await detention.correctHoliday('2026-03-19', 'add', 'Office closure', 'Tribunal closed by notice');
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));
  const limit7 = detention.deadline('irpa-57-2-7d');
  await expect(detention.dueLaw(limit7)).toHaveText('Fri 2026-03-20');
  await expect(limit7.locator('[data-code="ROLLED_FORWARD"]')).toContainText('Thu 2026-03-19');

  // A rule override needs its reason: refused at the field until one is given.
  const override = await detention.overrideRule('irpa-57-2-7d', 'no-roll', '');
  const reason = detention.field(override, 'detention.overrideReason');
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(reason).toHaveAccessibleDescription(new RegExp(escape(t('detention.errors.reasonRequired'))));
  await expect(workspace.saveStatus).toHaveText(t('save.invalid', { count: 1 }));
  await reason.fill('The member counts the closure as a sitting day');
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));
  await expect(detention.dueLaw(limit7)).toHaveText('Thu 2026-03-19');
  await expect(detention.dueOffice(limit7)).toHaveText('Wed 2026-03-18');
  await expect(limit7.getByTestId('deadline-reading')).toHaveText(
    t('detention.statusOverridden', { reason: 'The member counts the closure as a sitting day' }),
  );

  // A rule switched off gives no limit at all.
  await detention.overrideRule('irpr-254-seizure-return', 'disable', 'Things returned at release');
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));
  await expect(detention.deadline('irpr-254-seizure-return')).toHaveCount(0);

  // The region can be chosen over the one the zone implies.
  await detention.setHolidayRegion('QC');
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));
  await expect(detention.field(detention.form, 'detention.holidayRegion')).toHaveValue('QC');
  await expect(detention.dueLaw(limit7)).toHaveText('Thu 2026-03-19');

  // A hearing set on Good Friday is saved, with a warning on the limits before it.
  await detention.addReview({ type: 'ADMISSIBILITY', scheduled: { date: '2026-04-03', time: '09:30' } });
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));
  await expect(detention.deadline('idr-26-disclosure').locator('[data-code="HEARING_ON_HOLIDAY"]')).toHaveText(
    new RegExp(`${escape(t('detention.warnings.HEARING_ON_HOLIDAY', { hearing: 'Fri 2026-04-03' }))}$`),
  );
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
