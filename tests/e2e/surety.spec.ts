import { expect, test } from './fixtures.ts';
import { createCase, createVault, lai, laiName } from './flows.ts';
import { expectDay, dayField } from './pages/day-field.ts';
import { ReleasePlanPage } from './pages/release-plan.ts';
import { SuretyPage } from './pages/surety.ts';

test.use({ fixedNow: '2026-03-17T14:00:00.000Z' });

test("a rejected bondsperson keeps the Minister's objection and counsel's answer, and the home shared with them is flagged", async ({
  dossier,
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await createVault(dossier);
  await createCase(dossier, lai, laiName);
  const { t } = dossier;
  const plan = new ReleasePlanPage(page, t);
  const surety = new SuretyPage(page, t);
  await plan.open();

  const card = await plan.addBondsperson({
    familyName: 'Ho',
    givenNames: 'Tina',
    status: 'PR',
    relationship: 'friend',
    livesWithClient: true,
    deposit: '3,000',
    determination: 'rejected',
  });
  await surety.recordObjection(card, {
    by: 'minister',
    date: '2026-03-12',
    basis: 'A material benefit from the sexual services of another',
    citation: 'Criminal Code, s. 286.2',
    answer: 'Ms. Ho works at another spa and has never received money from the client.',
  });
  await expect(surety.warnings).toContainText(t('validation.surety.rejectedSharedHome', { name: 'HO Tina' }));
  await surety.objection(card).screenshot({ path: testInfo.outputPath('surety-objection.png') });
  await surety.warnings.screenshot({ path: testInfo.outputPath('surety-warnings.png') });

  // Kept in the case: away to another tab and back, every field is as entered.
  await page.getByRole('tab', { name: t('tabs.exhibits'), exact: true }).click();
  await plan.open();
  const scope = surety.objection(plan.bondsperson(1));
  await expect(scope.getByLabel(t('surety.by'), { exact: true })).toHaveValue('minister');
  await expectDay(dayField(scope, t('surety.date')), '2026-03-12');
  await expect(scope.getByLabel(t('surety.citation'), { exact: true })).toHaveValue('Criminal Code, s. 286.2');
  await expect(scope.getByLabel(t('surety.answer'), { exact: true })).toHaveValue(/never received money/u);

  // Accepted after all: nothing leans on a rejected bondsperson any more.
  await plan.field(plan.bondsperson(1), 'releasePlan.person.determination').selectOption('accepted');
  await expect(surety.warnings).toHaveCount(0);
});
