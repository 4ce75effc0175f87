import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { counsel, createVault, laiName } from './flows.ts';
import type { DossierApp } from './pages/app.ts';
import { DocumentsPage } from './pages/documents.ts';

/** The pictures of the tab are rewritten only on request (UPDATE_SCREENSHOTS=1), as in screenshots.spec.ts. */
const updateDocs = process.env['UPDATE_SCREENSHOTS'] === '1';
const proofDir = fileURLToPath(new URL('../../docs/proof/', import.meta.url));

// The day before Case 1's seven-day review: the review, and the admissibility hearing after it, are ahead.
test.use({ fixedNow: '2026-03-17T14:00:00.000Z' });

const earlyReview = {
  newFacts: ['Ms. Chan Kwok-wai has now been approved as a bondsperson and offers a $5,000 deposit.'],
  availableDates: ['2026-03-24', '2026-03-25', '2026-03-26'],
};

/** Case 1 as its case file holds it, with or without an early-review application prepared, and the counsel profile set. */
async function openCase1(dossier: DossierApp, page: Page, withEarlyReview: boolean): Promise<DocumentsPage> {
  await createVault(dossier);
  const fixture = JSON.parse(await readFile(new URL('../fixtures/cases/case1-lai.json', import.meta.url), 'utf8')) as {
    case: { detention: Record<string, unknown> };
  };
  if (withEarlyReview) fixture.case.detention['earlyReview'] = earlyReview;
  const results = await page.evaluate(
    async ({ file, profile }) => {
      const bridge = (globalThis as unknown as { dossier: Record<string, (input: unknown) => Promise<{ ok: boolean }>> }).dossier;
      return [await bridge['caseImport']?.({ file }), await bridge['counselProfileSet']?.(profile)];
    },
    { file: fixture, profile: { ...counsel, addressLines: counsel.address, address: undefined } },
  );
  expect(results.map((r) => r?.ok)).toEqual([true, true]);
  await dossier.goToSettings();
  await dossier.goToCases();
  await dossier.cases.open(laiName);
  await dossier.workspace.tab('documents').click();
  return new DocumentsPage(page, dossier.t);
}

/** axe over the app around the preview: the frame is sandboxed without scripts (as in settings-documents.spec.ts), and it is the document, not the UI. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .options({ iframes: false })
    .exclude('[data-testid="document-preview"]')
    .analyze();
  expect(results.passes.length, 'axe ran its rules').toBeGreaterThan(10);
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Text as a reader gets it: invisible joiners gone, non-breaking spaces and hyphens made plain, whitespace single. */
function plain(text: string): string {
  return text
    .replace(/\p{Cf}/gu, '')
    .replace(/[\u00A0\u202F]/gu, ' ')
    .replace(/\u2011/gu, '-')
    .replace(/[\u2019]/gu, "'")
    .replace(/\s+/gu, ' ');
}

function docxText(file: string): string {
  const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });
  return plain(
    xml
      .replace(/<w:noBreakHyphen\/>/gu, '-')
      .replace(/<w:(tab|br)\/>/gu, ' ')
      .replace(/<\/w:p>/gu, ' ')
      .replace(/<[^>]+>/gu, '')
      .replace(/&apos;/gu, "'")
      .replace(/&quot;/gu, '"')
      .replace(/&lt;/gu, '<')
      .replace(/&gt;/gu, '>')
      .replace(/&amp;/gu, '&'),
  );
}

const headings = {
  'interpreter-notice': {
    en: /Notice of need for an interpreter \(ID Rules, r\.17\)/u,
    fr: /Avis de besoin d'un interprète \(Règles de la SI, règle 17\)/u,
  },
  'early-review-application': {
    en: /Application for an early detention review \(ID Rules, r\.9\)/u,
    fr: /Demande de contrôle anticipé des motifs de détention/u,
  },
} as const;

test('the r.17 interpreter notice and the r.9 early-review application are saved as PDF and DOCX, in English and in French', async ({
  dossier,
  page,
  harness,
}) => {
  test.setTimeout(180_000);
  const documents = await openCase1(dossier, page, true);
  const outDir = path.join(harness.root, 'saved');
  await mkdir(outDir, { recursive: true });
  // Case 1 is heard in English: the notice, first in the list, starts in English.
  await expect(documents.kind('interpreter-notice')).toBeChecked();
  await expect(documents.language('en')).toBeChecked();
  await expect(documents.target('hearing')).toHaveValue('');

  for (const kind of ['interpreter-notice', 'early-review-application'] as const) {
    await documents.kind(kind).check();
    for (const lang of ['en', 'fr'] as const) {
      await documents.language(lang).check();
      await expect(documents.preview.getByRole('heading', { level: 1 })).toHaveText(headings[kind][lang]);
      await expect(documents.preview.getByTestId('preview-sheet').first()).toBeVisible();
      for (const format of ['pdf', 'docx'] as const) {
        const file = path.join(outDir, `${kind}-${lang}.${format}`);
        harness.dialog.saveAs = file;
        await (format === 'pdf' ? documents.savePdf : documents.saveDocx).click();
        await expect(documents.saved).toContainText(file);
        const text = format === 'pdf' ? plain(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })) : docxText(file);
        // Both may become public: Case 1's pseudonym names her.
        expect(text).toContain('W.S.L.');
        expect(text).not.toContain('LAI Wing-sze');
        expect(text).toMatch(headings[kind][lang]);
      }
    }
  }
  // The dialog offered a name from what the document is, the client and the day.
  expect(harness.dialog.offered).toContain('Notice of need for an interpreter – W.S.L. – 2026-03-17.pdf');
  expect(harness.dialog.offered).toContain('Demande de contrôle anticipé – W.S.L. – 2026-03-17.docx');
  expect(harness.pageErrors).toEqual([]);
});

test('a target is chosen by name, and the preview follows it', async ({ dossier, page }) => {
  const documents = await openCase1(dossier, page, true);
  const { t } = dossier;
  const hearing = documents.target('hearing');
  await expect(hearing.getByRole('option')).toHaveText([
    t('documents.defaultTarget.hearing'),
    t('documents.hearingLabel', { type: t('detention.hearingTypes.48H'), when: 'Thu 2026-03-12 09:30' }),
    t('documents.hearingLabel', { type: t('detention.hearingTypes.7D'), when: 'Wed 2026-03-18 09:30' }),
    t('documents.hearingLabel', { type: t('detention.hearingTypes.ADMISSIBILITY'), when: 'Wed 2026-04-22 09:00' }),
  ]);
  await expect(documents.preview.locator('body')).toContainText('Seven-day review');
  await hearing.selectOption({
    label: t('documents.hearingLabel', { type: t('detention.hearingTypes.ADMISSIBILITY'), when: 'Wed 2026-04-22 09:00' }),
  });
  await expect(documents.preview.locator('body')).toContainText('Admissibility hearing');
  await documents.kind('bondsperson-declaration').check();
  await expect(documents.target('person').getByRole('option')).toHaveText([
    t('documents.defaultTarget.person'),
    'CHAN Kwok-wai',
    'HO Tina',
  ]);
});

test('what the case lacks is listed in the UI language, and its link opens the field', async ({ dossier, page }) => {
  const documents = await openCase1(dossier, page, false);
  await documents.kind('early-review-application').check();
  await expect(documents.problems).toContainText(dossier.t('validation.earlyReviewNewFacts'));
  await expect(documents.savePdf).toBeDisabled();
  await expect(documents.saveDocx).toBeDisabled();
  await dossier.switchLanguage('fr');
  const fr = new DocumentsPage(page, dossier.t);
  await expect(fr.problems).toContainText(dossier.t('validation.earlyReviewNewFacts'));
  expect(await violations(page)).toEqual([]);
  await fr.problems
    .getByRole('button', { name: new RegExp(dossier.t('documents.goTo'), 'u') })
    .first()
    .click();
  await expect(dossier.workspace.tab('releasePlan')).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('[data-field="detention.earlyReview"] :focus')).toHaveCount(1);
});

test('a document filed under the pseudonym says where typed text still gives the real name, masked, in English and French', async ({
  dossier,
  page,
}) => {
  const documents = await openCase1(dossier, page, false);
  await documents.kind('release-plan').check();
  await expect(documents.checks).toContainText('Ms. [—] has every reason to appear');
  await expect(documents.checks).not.toContainText('Lai');
  // Still a document that can be saved: the advocate decides.
  await expect(documents.savePdf).toBeEnabled();
  await dossier.switchLanguage('fr');
  const fr = new DocumentsPage(page, dossier.t);
  await expect(fr.checks).toContainText('Un pseudonyme est prévu pour les dépôts');
  await page.screenshot({ path: test.info().outputPath('documents-real-name-fr.png') });
  expect(await violations(page)).toEqual([]);
  await fr.checks
    .getByRole('button', { name: new RegExp(dossier.t('documents.goTo'), 'u') })
    .first()
    .click();
  await expect(dossier.workspace.tab('client')).toHaveAttribute('aria-selected', 'true');
});

test('the tab works with the keyboard alone', async ({ dossier, page, harness }) => {
  const documents = await openCase1(dossier, page, true);
  // Start again from the case's heading, as when the case opens, and go by keys only.
  await dossier.workspace.tab('client').click();
  await page.getByRole('heading', { level: 1 }).focus();
  for (let i = 0; i < 12; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.locator('[role="tab"]:focus').count()) break;
  }
  await expect(dossier.workspace.tab('client')).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await expect(dossier.workspace.tab('documents')).toBeFocused();
  await expect(dossier.workspace.tab('documents')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Tab');
  await expect(documents.kind('interpreter-notice')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(documents.kind('early-review-application')).toBeChecked();
  // The early review can be printed from a recorded r.9 application: its picker comes next.
  await page.keyboard.press('Tab');
  await expect(documents.target('application')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(documents.language('en')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(documents.language('fr')).toBeChecked();
  await expect(documents.preview.getByRole('heading', { level: 1 })).toHaveText(headings['early-review-application'].fr);
  await expect(documents.savePdf).toBeEnabled();
  await page.keyboard.press('Tab');
  await expect(documents.savePdf).toBeFocused();
  const file = path.join(harness.root, 'par-clavier.pdf');
  harness.dialog.saveAs = file;
  await page.keyboard.press('Enter');
  await expect(documents.saved).toContainText(file);
  expect(plain(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }))).toMatch(headings['early-review-application'].fr);
});

test('screenshots of the tab with a preview, in English and in French', async ({ dossier, page }) => {
  const shotsDir = updateDocs ? proofDir : `${test.info().outputPath()}/`;
  await mkdir(shotsDir, { recursive: true });
  const documents = await openCase1(dossier, page, true);
  await expect(documents.preview.getByRole('heading', { level: 1 })).toHaveText(headings['interpreter-notice'].en);
  expect(await violations(page)).toEqual([]);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${shotsDir}documents-tab-en.png`, fullPage: true });
  await dossier.switchLanguage('fr');
  const fr = new DocumentsPage(page, dossier.t);
  await fr.kind('early-review-application').check();
  await fr.language('fr').check();
  await expect(fr.preview.getByRole('heading', { level: 1 })).toHaveText(headings['early-review-application'].fr);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${shotsDir}documents-tab-fr.png`, fullPage: true });
  // Further down the sheet: where a full page of text runs on, and the signature.
  await fr.preview.locator('.signature').last().scrollIntoViewIfNeeded();
  await fr.previewFrame.screenshot({ path: test.info().outputPath('documents-preview-end-fr.png') });
});
