import { writeFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { bookmarkedPdf } from '../fixtures/exhibits/make-disclosure.ts';
import { expect, test } from './fixtures.ts';
import { createCase, createVault, lai, laiName } from './flows.ts';
import { EvidencePage } from './pages/evidence.ts';
import { SplitPage } from './pages/split.ts';
import { ViewerPage } from './pages/viewer.ts';
import { docShot } from './doc-shots.ts';

test.use({ fixedNow: '2026-11-23T19:20:00.000Z' });

test('a disclosure with three bookmarks is split into three exhibits by keyboard, a bad date refused on its field; a page found by the case search opens in the viewer; the dialog in French', async ({
  dossier,
  page,
  harness,
}, testInfo) => {
  test.setTimeout(120_000);
  await createVault(dossier);
  await createCase(dossier, lai, laiName);
  const { workspace } = dossier;
  const file = testInfo.outputPath('cbsa-disclosure.pdf');
  await writeFile(
    file,
    await bookmarkedPdf('Disclosure', 9, [
      ['Arrest report', 0],
      ['Officer notes', 2],
      ['Detention review', 4],
    ]),
  );
  harness.dialog.files = [file];
  await workspace.tab('exhibits').click();

  const split = new SplitPage(page, dossier.t);
  await split.open.focus();
  await page.keyboard.press('Enter');
  await expect(split.dialog).toBeVisible();
  await expect(split.thumbnails).toHaveCount(9);
  await expect(split.dialog.locator('img')).toHaveCount(9);
  // One click by bookmarks (focused first), then a date typed wrong and refused on its field.
  await expect(split.byBookmarks(3)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(split.field(2, 'splitPartTitle')).toHaveValue('Officer notes');
  await expect(split.field(3, 'splitFirst')).toHaveValue('5');
  await expect(split.thumbnail(3)).toHaveAttribute('aria-pressed', 'true');
  await split.field(2, 'splitPartDate').fill('2025-02-30');
  await split.splitButton(3).click();
  await expect(split.field(2, 'splitPartDate')).toHaveAttribute('aria-invalid', 'true');
  await expect(split.part(2)).toContainText(dossier.t('evidence.splitDateInvalid'));
  await page.screenshot({ path: docShot(testInfo, 'split-en.png') });
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await split.field(2, 'splitPartDate').fill('2025-02-14');
  await split.splitButton(3).focus();
  await page.keyboard.press('Enter');
  await expect(split.dialog).toBeHidden();
  await expect(workspace.exhibits.rows).toHaveCount(3);
  for (const title of ['Arrest report', 'Officer notes', 'Detention review'])
    await expect(workspace.exhibits.row(title)).toContainText(title);
  await expect(workspace.exhibits.row('Officer notes').getByTestId('exhibit-pages')).toHaveText('2');
  await expect(workspace.exhibits.row('Detention review').getByTestId('exhibit-pages')).toHaveText('5');

  // The case search finds a page of the split file in its exhibit, and View opens the viewer there.
  const evidence = new EvidencePage(page, dossier.t);
  await evidence.searchBox.fill('Disclosure page 8');
  await page.keyboard.press('Enter');
  await expect(evidence.hits).toHaveCount(1);
  await expect(evidence.hits.first()).toContainText(dossier.t('evidence.hitExhibit', { title: 'Detention review', page: 4 }));
  await evidence.hits
    .first()
    .getByRole('button', { name: dossier.t('viewer.view') })
    .click();
  const viewer = new ViewerPage(page, dossier.t);
  await expect(viewer.dialog).toBeVisible();
  await expect(viewer.pageNumber).toHaveValue('4');
  await page.screenshot({ path: docShot(testInfo, 'search-view-en.png') });
  await viewer.dialog.getByTestId('viewer-close').click();

  // In French: a page clicked starts a new exhibit; Cancel closes the file without adding any.
  await dossier.switchLanguage('fr');
  const fr = new SplitPage(page, dossier.t);
  await fr.open.click();
  await expect(fr.dialog).toBeVisible();
  await fr.thumbnail(4).click();
  await expect(fr.field(2, 'splitFirst')).toHaveValue('4');
  await expect(fr.splitButton(2)).toBeVisible();
  await page.screenshot({ path: docShot(testInfo, 'split-fr.png') });
  await fr.cancel.click();
  await expect(fr.dialog).toBeHidden();
  await expect(workspace.exhibits.rows).toHaveCount(3);
});

test('a long disclosure loads its thumbnails as they scroll into view, blanks of the page size before', async ({
  dossier,
  page,
  harness,
}, testInfo) => {
  await createVault(dossier);
  await createCase(dossier, lai, laiName);
  const file = testInfo.outputPath('long-disclosure.pdf');
  await writeFile(file, await bookmarkedPdf('Disclosure', 300, []));
  harness.dialog.files = [file];
  await dossier.workspace.tab('exhibits').click();

  const split = new SplitPage(page, dossier.t);
  await split.open.click();
  await expect(split.thumbnails).toHaveCount(300);
  await expect(split.thumbnail(1).locator('img')).toBeVisible();
  // Only the first screenfuls are asked for; the rest wait as blanks shaped like a letter page.
  const loaded = await split.dialog.locator('img').count();
  expect(loaded).toBeLessThan(100);
  await expect(split.thumbnail(300).getByTestId('split-thumbnail-blank')).toHaveCSS('aspect-ratio', '612 / 792');
  await split.thumbnail(300).scrollIntoViewIfNeeded();
  await expect(split.thumbnail(300).locator('img')).toBeVisible();
  await expect(split.thumbnail(150).getByTestId('split-thumbnail-blank')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('split-lazy.png') });
  // The keyboard still reaches every page: Tab moves from one page's button to the next.
  await split.thumbnail(299).focus();
  await page.keyboard.press('Tab');
  await expect(split.thumbnail(300)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(split.thumbnail(300)).toHaveAttribute('aria-pressed', 'true');
});
