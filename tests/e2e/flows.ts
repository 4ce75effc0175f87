import { expect } from '@playwright/test';
import type { DossierApp } from './pages/app.ts';
import type { NewCase } from './pages/case-list.ts';
import { CounselStepPage } from './pages/counsel-step.ts';
import { CounselPage, type CounselDetails } from './pages/counsel.ts';

export const PASSPHRASE = 'harbour lantern quietly orchard';

/** Opens the app on a fresh folder and creates the vault with the test passphrase, leaving the counsel profile for later. */
export async function createVault(dossier: DossierApp): Promise<void> {
  await dossier.open();
  await expect(dossier.setup.heading).toBeVisible();
  await dossier.setup.createWithPassphrase(PASSPHRASE);
  await skipCounselStep(dossier);
}

/** Leaves the first-run counsel step for later and waits for the case list. */
export async function skipCounselStep(dossier: DossierApp): Promise<void> {
  await new CounselStepPage(dossier.page, dossier.t).skip();
  await expect(dossier.cases.heading).toBeVisible();
}

/** Creates a case from the list and waits for its workspace. */
export async function createCase(dossier: DossierApp, input: NewCase, expectedName: string): Promise<void> {
  await dossier.cases.createCase(input);
  await expect(dossier.workspace.heading).toHaveText(expectedName);
}

export const lai: NewCase = { kind: 'detention-review', familyName: 'LAI', givenNames: 'Wing-sze', nameInScript: '黎詠詩', script: 'Hant' };
export const laiName = 'LAI Wing-sze (黎詠詩)';

/** An invented counsel: every name and number is fictional. */
export const counsel: CounselDetails = {
  name: 'Marie-Ève Tremblay',
  title: 'Barrister and Solicitor',
  firm: 'Parkdale Community Legal Clinic',
  address: ['1266 Queen Street West', 'Toronto, Ontario M6K 1L3'],
  phone: '416-531-2411',
  email: 'mtremblay@example.org',
  lawSociety: 'Law Society of Ontario',
  lawSocietyNumber: '71234P',
};

/** Fills Settings → Counsel profile (packets open with a letter on the counsel's letterhead), then returns to the cases. */
export async function setCounselProfile(dossier: DossierApp): Promise<void> {
  await dossier.goToSettings();
  const profile = new CounselPage(dossier.page, dossier.t);
  await profile.open();
  await profile.fill(counsel);
  await profile.save.click();
  await expect(profile.status).toHaveText(dossier.t('counsel.saved'));
  await dossier.goToCases();
}

/** Opens the app on a fresh folder, creates the vault and fills the counsel profile in the first-run step. */
export async function createVaultWithCounsel(dossier: DossierApp): Promise<void> {
  await dossier.open();
  await expect(dossier.setup.heading).toBeVisible();
  await dossier.setup.createWithPassphrase(PASSPHRASE);
  const step = new CounselStepPage(dossier.page, dossier.t);
  await expect(step.heading).toBeVisible();
  const profile = new CounselPage(dossier.page, dossier.t);
  await profile.fill(counsel);
  await profile.save.click();
  await expect(profile.status).toHaveText(dossier.t('counsel.saved'));
  await step.continueButton.click();
  await expect(dossier.cases.heading).toBeVisible();
}
