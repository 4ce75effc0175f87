import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures.ts';
import { createCase, createVault, lai, laiName } from './flows.ts';
import type { DossierApp } from './pages/app.ts';
import { fillCode } from './pages/code-picker.ts';

/**
 * The pictures in docs/screenshots are rewritten only on request (UPDATE_SCREENSHOTS=1), so an
 * ordinary run leaves the work tree clean; otherwise they go to the test's output folder.
 */
const updateDocs = process.env['UPDATE_SCREENSHOTS'] === '1';
const docsDir = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

test.use({ fixedNow: '2026-11-23T19:20:00.000Z' });

const others = [
  { kind: 'hc', familyName: 'SRISUK', givenNames: 'Malee', nameInScript: 'มาลี ศรีสุข', script: 'Thai' },
  { kind: 'detention-review', familyName: 'KIM', givenNames: 'Ji-eun', nameInScript: '김지은', script: 'Hang' },
  { kind: 'hc', familyName: 'AHMADI', givenNames: 'Maryam', nameInScript: 'مریم احمدی', script: 'Arab' },
  { kind: 'detention-review', familyName: 'NGUYỄN', givenNames: 'Thị Hoa' },
] as const;

async function fillLai(dossier: DossierApp): Promise<void> {
  const { workspace, t } = dossier;
  const client = workspace.client;
  const form = client.form;
  await client.fillDate(client.dateOfBirth, { year: '1994', month: '3', day: '14', original: '1994年3月14日' });
  await client.uci.fill('1234-5678');
  await form.getByRole('button', { name: t('client.addCitizenship') }).click();
  await fillCode(form.getByLabel(t('client.countryCode'), { exact: true }), 'HK');
  await form.getByRole('button', { name: t('client.addLanguage') }).click();
  await fillCode(form.getByLabel(t('client.langTag'), { exact: true }), 'yue-Hant-HK');
  await form.getByLabel(t('client.dialectLabel'), { exact: true }).fill('Hong Kong Cantonese');
  await form.getByRole('checkbox', { name: t('client.ability.reads') }).check();
  await form.getByRole('checkbox', { name: t('client.ability.interpreterNeeded') }).check();
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));
}

test('screenshots of the case list and the client form, in English and French', async ({ dossier, page }) => {
  const shotsDir = updateDocs ? docsDir : `${test.info().outputPath()}/`;
  await mkdir(shotsDir, { recursive: true });
  await dossier.open();
  await expect(dossier.setup.heading).toBeVisible();
  await dossier.setup.passphrase.fill('orchard 42 lamp');
  await page.screenshot({ path: test.info().outputPath('setup-en.png') });
  await createVault(dossier);
  await dossier.cases.newCaseButton.click();
  await dossier.cases.dialog.getByLabel(dossier.t('newCase.scriptName'), { exact: true }).fill('黎詠詩\u202E');
  await page.screenshot({ path: test.info().outputPath('new-case-en.png') });
  await page.keyboard.press('Escape');
  for (const input of others) {
    await dossier.cases.createCase(input);
    await expect(dossier.workspace.saveStatus).toBeVisible();
    await dossier.workspace.back();
  }
  await createCase(dossier, lai, laiName);
  await fillLai(dossier);
  await dossier.workspace.back();
  await expect(dossier.cases.rows).toHaveCount(5);

  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${shotsDir}case-list-en.png` });
  await dossier.cases.open(laiName);
  await expect(dossier.workspace.saveStatus).toHaveText(dossier.t('save.saved'));
  await dossier.workspace.client.familyName.focus();
  await page.screenshot({ path: `${shotsDir}client-form-en.png` });
  for (const [index, y] of [800, 1650].entries()) {
    await page.screenshot({
      path: test.info().outputPath(`client-form-en-${index + 2}.png`),
      fullPage: true,
      clip: { x: 0, y, width: 1280, height: 900 },
    });
  }

  await dossier.switchLanguage('fr');
  await expect(dossier.workspace.saveStatus).toHaveText(dossier.t('save.saved'));
  await dossier.workspace.client.familyName.focus();
  await page.screenshot({ path: `${shotsDir}client-form-fr.png` });
  await dossier.workspace.back();
  await expect(dossier.cases.rows).toHaveCount(5);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${shotsDir}case-list-fr.png` });
});

test.describe('the detention screens', () => {
  test.use({ fixedNow: '2026-03-17T14:00:00.000Z' });

  test('screenshots of the Detention and Release plan tabs for Case 1, the day before its seven-day review', async ({ dossier, page }) => {
    const shotsDir = updateDocs ? docsDir : `${test.info().outputPath()}/`;
    await mkdir(shotsDir, { recursive: true });
    await page.clock.setFixedTime(Date.UTC(2026, 2, 17, 14, 0));
    await createVault(dossier);
    // Case 1 as its case file holds it, without the hearing of the 18th and the release that followed.
    const fixture = JSON.parse(await readFile(new URL('../fixtures/cases/case1-lai.json', import.meta.url), 'utf8')) as {
      case: { detention: { hearings: { id: string }[]; episodes: Record<string, unknown>[] } };
    };
    fixture.case.detention.hearings = fixture.case.detention.hearings.filter((h) => h.id === 'h-48h');
    for (const episode of fixture.case.detention.episodes) {
      delete episode['end'];
      delete episode['endReason'];
    }
    const imported = await page.evaluate(async (file) => {
      const bridge = (globalThis as unknown as { dossier: Record<string, (input: unknown) => Promise<{ ok: boolean }>> }).dossier;
      return bridge['caseImport']?.({ file });
    }, fixture);
    expect(imported?.ok).toBe(true);
    await dossier.goToSettings();
    await dossier.goToCases();
    await expect(dossier.cases.rows).toHaveCount(1);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: test.info().outputPath('case-list-deadline.png') });
    await dossier.cases.open(laiName);
    const { workspace, t } = dossier;
    await workspace.tab('detention').click();
    await expect(page.getByRole('form', { name: t('detention.formLabel') })).toBeVisible();
    await page.screenshot({ path: `${shotsDir}detention-en.png` });
    await workspace.tab('releasePlan').click();
    await expect(page.getByRole('form', { name: t('releasePlan.formLabel') })).toBeVisible();
    await page.screenshot({ path: `${shotsDir}release-plan-en.png` });
  });
});
