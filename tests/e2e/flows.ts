import { expect } from '@playwright/test';
import type { DossierApp } from './pages/app.ts';
import type { NewCase } from './pages/case-list.ts';

export const PASSPHRASE = 'harbour lantern quietly orchard';

/** Opens the app on a fresh folder and creates the vault with the test passphrase. */
export async function createVault(dossier: DossierApp): Promise<void> {
  await dossier.open();
  await expect(dossier.setup.heading).toBeVisible();
  await dossier.setup.createWithPassphrase(PASSPHRASE);
  await expect(dossier.cases.heading).toBeVisible();
}

/** Creates a case from the list and waits for its workspace. */
export async function createCase(dossier: DossierApp, input: NewCase, expectedName: string): Promise<void> {
  await dossier.cases.createCase(input);
  await expect(dossier.workspace.heading).toHaveText(expectedName);
}

export const lai: NewCase = { kind: 'detention-review', familyName: 'LAI', givenNames: 'Wing-sze', nameInScript: '黎詠詩', script: 'Hant' };
export const laiName = 'LAI Wing-sze (黎詠詩)';
