import { expect, test } from './fixtures.ts';
import { createCase, createVault, lai, laiName, PASSPHRASE } from './flows.ts';
import { PlanNavPage } from './pages/plan-nav.ts';
import { ReleasePlanPage } from './pages/release-plan.ts';

test('the release plan table of contents: by keyboard to a section, its problems counted, sections hidden to keep the page short', async ({
  dossier,
  page,
}) => {
  await createVault(dossier);
  await createCase(dossier, lai, laiName);
  const { t, workspace } = dossier;
  const plan = new ReleasePlanPage(page, t);
  await plan.open();
  const nav = new PlanNavPage(page, t);
  await expect(nav.nav).toBeVisible();

  // From the first link, Tab walks the links in order; Enter moves focus to the section's heading.
  await nav.link('releasePlan.bondspersons').focus();
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Tab');
  await expect(nav.link('releasePlan.conditions.title')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(nav.sectionHeading('releasePlan.conditions.title')).toBeFocused();

  // A household member typed in but left without a name: one problem, counted at the residence link.
  const residence = plan.section('releasePlan.residence.title');
  await residence.getByRole('button', { name: t('releasePlan.residence.addMember') }).click();
  await residence.getByLabel(t('releasePlan.residence.memberRelation'), { exact: true }).fill('cousin');
  await expect(nav.link('releasePlan.residence.title')).toContainText(t('form.plan.problems', { count: 1 }));
  await expect(nav.link('releasePlan.conditions.title')).toContainText(t('form.plan.ok'));
  await expect(workspace.saveStatus).toHaveText(t('save.invalid', { count: 1 }));

  // Hide every section: the page is short; a link opens its section again and focuses it.
  const tall = await nav.pageHeight();
  await nav.hideAll.press('Enter');
  await expect(nav.show('releasePlan.residence.title')).toBeVisible();
  const short = await nav.pageHeight();
  expect(short).toBeLessThan(tall / 2);
  expect(short).toBeLessThan(2_000);
  await nav.link('releasePlan.residence.title').press('Enter');
  await expect(nav.sectionHeading('releasePlan.residence.title')).toBeFocused();
  await expect(nav.hide('releasePlan.residence.title')).toBeVisible();
  await expect(nav.show('releasePlan.conditions.title')).toBeVisible();
  await nav.show('releasePlan.conditions.title').press('Enter');
  await expect(nav.hide('releasePlan.conditions.title')).toBeVisible();
});

test('an untouched new row is no error and is not saved; an invalid bondsperson is kept as a draft through a restart, with its message', async ({
  dossier,
  page,
  harness,
}) => {
  await createVault(dossier);
  await createCase(dossier, lai, laiName);
  const { t, workspace } = dossier;
  const plan = new ReleasePlanPage(page, t);
  await plan.open();

  // New rows, not typed in: nothing is marked, the case saves.
  const residence = plan.section('releasePlan.residence.title');
  await residence.getByRole('button', { name: t('releasePlan.residence.addMember') }).click();
  await plan.form.getByRole('button', { name: t('releasePlan.addBondsperson') }).click();
  await expect(plan.bondsperson(1)).toBeVisible();
  await expect(plan.form.locator('[aria-invalid="true"]')).toHaveCount(0);
  await plan.field(residence, 'releasePlan.residence.address').fill('14 Elmwood Crescent, Richmond Hill, ON');
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));

  // A bondsperson whose guarantee the rules refuse: the case is not saved, what was typed is kept.
  const card = plan.bondsperson(1);
  await plan.fillBondsperson(card, { familyName: 'Ng', givenNames: 'Siu-ming', status: 'TR', guarantee: '2,000', sourceOfFunds: 'Wages' });
  const guarantee = plan.field(card, 'releasePlan.offer.guarantee');
  await expect(guarantee).toHaveAttribute('aria-invalid', 'true');
  const message = await guarantee.getAttribute('aria-describedby');
  expect(message).not.toBeNull();
  await expect(workspace.saveStatus).toHaveText(t('save.invalid', { count: 1 }));
  await expect(page.getByTestId('save-note')).toHaveText(t('form.keptDraft'));

  await harness.restartServices();
  await page.reload();
  await dossier.unlock.unlock(PASSPHRASE);
  await dossier.cases.open(laiName);
  await plan.open();
  const reopened = plan.bondsperson(1);
  await expect(plan.field(reopened, 'client.familyName')).toHaveValue('Ng');
  const kept = plan.field(reopened, 'releasePlan.offer.guarantee');
  await expect(kept).toHaveValue(/2,?000/u);
  await expect(kept).toHaveAttribute('aria-invalid', 'true');
  await expect(kept).toHaveAccessibleDescription(/IRPR s\.47\(2\)\(a\)/u);
  await expect(workspace.saveStatus).toHaveText(t('save.invalid', { count: 1 }));
  await expect(page.getByTestId('save-note')).toHaveText(t('form.keptDraft'));
  // The untouched household row was never part of the case; the address typed beside it was saved.
  await expect(plan.field(residence, 'releasePlan.residence.address')).toHaveValue('14 Elmwood Crescent, Richmond Hill, ON');
  await expect(residence.getByLabel(t('releasePlan.residence.memberRelation'), { exact: true })).toHaveCount(0);

  // Corrected, it goes into the case and the draft is gone.
  await kept.fill('');
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));
  await expect(page.getByTestId('save-note')).toHaveCount(0);
});
