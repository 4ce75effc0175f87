import { scanJpeg } from '../fixtures/exhibits/make-exhibits.ts';
import { expect, test } from './fixtures.ts';
import { createCase, createVault, lai, laiName } from './flows.ts';
import { EvidencePage } from './pages/evidence.ts';
import { docShot } from './doc-shots.ts';

test.use({ fixedNow: '2026-11-23T19:20:00.000Z' });

test('a scanned exhibit is made searchable from its row by keyboard, and the case search box finds its words with the page', async ({
  dossier,
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await createVault(dossier);
  await createCase(dossier, lai, laiName);
  const { workspace, t } = dossier;
  const evidence = new EvidencePage(page, t);

  await workspace.tab('exhibits').click();
  await workspace.exhibits.drop([{ name: 'Warehouse notice.jpg', mimeType: 'image/jpeg', bytes: await scanJpeg('Warehouse notice') }]);
  await expect(workspace.exhibits.row('Warehouse notice')).toContainText(t('exhibits.notSearchable', { count: 1 }));

  // By keyboard: focus the row's button, open the dialog, choose the language by name, start.
  await evidence.ocrButton('Warehouse notice').focus();
  await page.keyboard.press('Enter');
  await expect(evidence.ocrDialog).toBeVisible();
  await evidence.ocrLanguage.selectOption({ label: t('evidence.lang_eng') });
  await evidence.ocrStart.focus();
  await page.keyboard.press('Enter');
  await expect(evidence.ocrDialog.getByRole('status')).toContainText(
    t('evidence.ocrDone', { count: 1, confidence: '' }).split('(')[0] ?? '',
    { timeout: 60_000 },
  );
  await page.screenshot({ path: docShot(testInfo, 'ocr-dialog-en.png'), fullPage: true });
  await evidence.ocrDialog.getByRole('button', { name: t('evidence.close') }).click();
  await expect(workspace.exhibits.row('Warehouse notice')).not.toContainText(t('exhibits.notSearchable', { count: 1 }));

  await evidence.searchBox.fill('warehouse');
  await page.keyboard.press('Enter');
  await expect(evidence.hits.first()).toContainText(t('evidence.hitExhibit', { title: 'Warehouse notice', page: 1 }));
  await page.screenshot({ path: docShot(testInfo, 'case-search-en.png'), fullPage: true });
});
