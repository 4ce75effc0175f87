import { copyFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures.ts';
import { createVault, lai, PASSPHRASE } from './flows.ts';
import type { DossierApp } from './pages/app.ts';
import { MatterPage, type MatterDetails } from './pages/matter.ts';

/** The panel's pictures go to docs/proof only on request (UPDATE_SCREENSHOTS=1); otherwise to the test's output. */
const updateDocs = process.env['UPDATE_SCREENSHOTS'] === '1';
const proofDir = fileURLToPath(new URL('../../docs/proof/', import.meta.url));

/** Opens the new case dialog, checks its language of proceedings, gives the IRB file number, creates the case. */
async function newCaseWithNumber(dossier: DossierApp, irb: string, expectedLanguage: 'en' | 'fr'): Promise<void> {
  const { cases, t } = dossier;
  await cases.newCaseButton.click();
  const dialog = cases.dialog;
  await dialog.getByLabel(t('client.familyName'), { exact: true }).fill(lai.familyName ?? '');
  await dialog.getByLabel(t('client.givenNames'), { exact: true }).fill(lai.givenNames ?? '');
  await expect(dialog.getByLabel(t('matter.newCase.language'), { exact: true })).toHaveValue(expectedLanguage);
  await dialog.getByLabel(t('matter.newCase.irbFileNumber'), { exact: true }).fill(irb);
  await dialog.getByRole('button', { name: t('newCase.create') }).click();
  await expect(dossier.workspace.heading).toHaveText('LAI Wing-sze');
}

/** Restarts the services over the same vault, unlocks, and opens the case's File tab again. */
async function reopen(dossier: DossierApp, restart: () => Promise<void>): Promise<MatterPage> {
  await restart();
  await dossier.page.reload();
  await dossier.unlock.unlock(PASSPHRASE);
  await dossier.cases.open('LAI Wing-sze');
  const matter = new MatterPage(dossier.page, dossier.t);
  await matter.tab.click();
  return matter;
}

async function expectKept(matter: MatterPage, details: MatterDetails): Promise<void> {
  await expect(matter.field('matter.forum')).toHaveValue('IRB-ID');
  await expect(matter.field('matter.region')).toHaveValue(details.region);
  await expect(matter.field('matter.language')).toHaveValue(details.language);
  await expect(matter.field('matter.issuer.IRB')).toHaveValue(details.irb);
  await expect(matter.field('matter.issuer.CBSA')).toHaveValue(details.cbsa);
  await expect(matter.field('matter.uci')).toHaveValue(details.uci);
  await expect(matter.field('matter.member')).toHaveValue(details.member);
  await expect(matter.field('matter.hearingMode')).toHaveValue(details.mode);
  await expect(matter.field('matter.hearingPlace')).toHaveValue(details.place);
}

async function shoot(dossier: DossierApp, name: string): Promise<void> {
  const path = test.info().outputPath(name);
  await dossier.page.screenshot({ path, fullPage: true });
  if (updateDocs) {
    await mkdir(proofDir, { recursive: true });
    await copyFile(path, `${proofDir}${name}`);
  }
}

test('the File tab keeps the matter entered in English, the UCI in its one place on the client', async ({ dossier, harness }) => {
  await createVault(dossier);
  const { t, workspace } = dossier;
  await newCaseWithNumber(dossier, '0003-B6-01234', 'en');
  const matter = new MatterPage(dossier.page, t);
  await matter.tab.click();
  await expect(matter.field('matter.issuer.IRB')).toHaveValue('0003-B6-01234');
  await expect(matter.field('matter.forum').locator('option:checked')).toHaveText('Immigration Division (IRB)');

  // A UCI that is not one is refused with the catalog's wording, on the field.
  await matter.field('matter.uci').fill('12');
  await expect(matter.field('matter.uci')).toHaveAccessibleDescription(/A UCI has 8 or 10 digits/);
  const details: MatterDetails = {
    region: 'Central',
    language: 'en',
    irb: '0003-B6-01234',
    cbsa: '3366-7711',
    uci: '1234-5678',
    member: 'K. Okafor',
    mode: 'video',
    place: 'Toronto Immigration Holding Centre',
  };
  await matter.fill(details);
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));
  await shoot(dossier, 'matter-panel-en.png');

  // The UCI is the client's: the Client tab shows the same value.
  await workspace.tab('client').click();
  await expect(workspace.client.uci).toHaveValue('1234-5678');

  await expectKept(await reopen(dossier, () => harness.restartServices()), details);
});

test("in French, a new case takes Settings' document language and the File tab keeps what was entered", async ({ dossier, harness }) => {
  await dossier.open();
  await dossier.switchLanguage('fr');
  await dossier.setup.createWithPassphrase(PASSPHRASE);
  const settings = await dossier.goToSettings();
  await dossier.page.getByRole('combobox', { name: dossier.t('settings.documentLanguage'), exact: true }).selectOption('fr');
  await expect(settings.heading).toHaveText('Paramètres');
  await dossier.goToCases();

  const { t, workspace } = dossier;
  await newCaseWithNumber(dossier, '0003-B6-04567', 'fr');
  const matter = new MatterPage(dossier.page, t);
  await expect(matter.tab).toHaveText('Affaire');
  await matter.tab.click();
  await expect(matter.form.getByRole('heading', { name: 'Numéros de dossier' })).toBeVisible();
  await expect(matter.field('matter.forum').locator('option:checked')).toHaveText('Section de l’immigration (CISR)');
  const details: MatterDetails = {
    region: 'Eastern',
    language: 'fr',
    irb: '0003-B6-04567',
    cbsa: '4455-9900',
    uci: '8765-4321',
    member: 'J. Gagnon',
    mode: 'in-person',
    place: 'Centre de surveillance de l’immigration de Laval',
  };
  await matter.fill(details);
  await expect(workspace.saveStatus).toHaveText('Enregistré');
  await shoot(dossier, 'matter-panel-fr.png');

  await expectKept(await reopen(dossier, () => harness.restartServices()), details);
});
