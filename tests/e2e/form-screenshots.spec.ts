import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures.ts';
import { counsel, createVault, laiName, PASSPHRASE } from './flows.ts';
import type { DossierApp } from './pages/app.ts';
import { CounselPage } from './pages/counsel.ts';
import { CounselStepPage } from './pages/counsel-step.ts';
import { PlanNavPage } from './pages/plan-nav.ts';
import { ReleasePlanPage } from './pages/release-plan.ts';

/** Proof pictures of the first-run profile step and the release plan's table of contents; docs/proof/ only on request. */
const updateDocs = process.env['UPDATE_SCREENSHOTS'] === '1';
const proofDir = fileURLToPath(new URL('../../docs/proof/', import.meta.url));
const shotsDir = (): string => (updateDocs ? proofDir : `${test.info().outputPath()}/`);

for (const lang of ['en', 'fr'] as const) {
  test(`screenshot of the first-run counsel profile step (${lang})`, async ({ dossier, page }) => {
    await mkdir(shotsDir(), { recursive: true });
    await dossier.open();
    if (lang === 'fr') await dossier.switchLanguage('fr');
    await dossier.setup.createWithPassphrase(PASSPHRASE);
    const step = new CounselStepPage(page, dossier.t);
    await expect(step.heading).toBeFocused();
    const profile = new CounselPage(page, dossier.t);
    await profile.field('name').fill(counsel.name);
    await profile.field('firm').fill(counsel.firm);
    await page.screenshot({ path: `${shotsDir()}form-first-run-${lang}.png`, fullPage: true });
  });
}

async function openCase1(dossier: DossierApp): Promise<void> {
  const file = JSON.parse(await readFile(new URL('../fixtures/cases/case1-lai.json', import.meta.url), 'utf8')) as unknown;
  const imported = await dossier.page.evaluate(async (caseFile) => {
    const bridge = (globalThis as unknown as { dossier: Record<string, (input: unknown) => Promise<{ ok: boolean }>> }).dossier;
    return bridge['caseImport']?.({ file: caseFile });
  }, file);
  expect(imported?.ok).toBe(true);
  await dossier.goToSettings();
  await dossier.goToCases();
  await dossier.cases.open(laiName);
}

for (const lang of ['en', 'fr'] as const) {
  test(`screenshots of the release plan with its table of contents (${lang})`, async ({ dossier, page }) => {
    await mkdir(shotsDir(), { recursive: true });
    await createVault(dossier);
    if (lang === 'fr') await dossier.switchLanguage('fr');
    await openCase1(dossier);
    const plan = new ReleasePlanPage(page, dossier.t);
    await plan.open();
    const nav = new PlanNavPage(page, dossier.t);
    await expect(nav.nav).toBeVisible();
    // One problem to count: a household member typed in without a name.
    const residence = plan.section('releasePlan.residence.title');
    await residence.getByRole('button', { name: dossier.t('releasePlan.residence.addMember') }).click();
    const relations = residence.getByLabel(dossier.t('releasePlan.residence.memberRelation'), { exact: true });
    await relations.last().fill(lang === 'fr' ? 'cousine' : 'cousin');
    await expect(nav.link('releasePlan.residence.title')).toContainText(dossier.t('form.plan.problems', { count: 1 }));
    await nav.link('releasePlan.residence.title').press('Enter');
    await page.screenshot({ path: `${shotsDir()}form-release-plan-${lang}.png` });
    await nav.hideAll.click();
    await nav.link('releasePlan.conditions.title').press('Enter');
    await page.mouse.move(0, 0);
    await page.screenshot({ path: `${shotsDir()}form-release-plan-hidden-${lang}.png`, fullPage: true });
  });
}
