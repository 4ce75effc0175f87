import { redactionExhibit } from '../fixtures/redaction/make-redaction-exhibit.ts';
import { expect, test } from './fixtures.ts';
import { createCase, createVault, lai, laiName, setCounselProfile } from './flows.ts';
import { RedactionPage } from './pages/redaction.ts';
import { docShot } from './doc-shots.ts';

test.use({ fixedNow: '2026-11-23T19:20:00.000Z' });

test('an exhibit is redacted from its row: marks by search, pattern, typed area and mouse, one removed, applied after confirmation', async ({
  dossier,
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await createVault(dossier);
  await setCounselProfile(dossier);
  await createCase(dossier, lai, laiName);
  const { workspace, t } = dossier;
  await workspace.tab('exhibits').click();
  const exhibits = workspace.exhibits;
  await exhibits.drop([{ name: 'CBSA notes.pdf', mimeType: 'application/pdf', bytes: await redactionExhibit(1) }]);
  await expect(exhibits.row('CBSA notes')).toBeVisible();

  await exhibits
    .row('CBSA notes')
    .getByRole('button', { name: t('redaction.redactButton') })
    .click();
  const redaction = new RedactionPage(page, t);
  await expect(redaction.pageImage).toBeVisible();

  await redaction.markHits('kestrel vandermolen');
  await expect(redaction.status).toHaveText(t('redaction.hitsMarked', { count: 1 }));
  await redaction.markPattern('email');
  await expect(redaction.marks).toHaveCount(2);
  // The picture, typed in points from the top-left corner: the keyboard way.
  await redaction.markArea({ page: 1, x: 72, y: 322, width: 360, height: 90 });
  await expect(redaction.marks).toHaveCount(3);
  // Listed as it was typed: the same corner and the same points.
  await expect(page.getByTestId('redaction-mark-list')).toContainText(
    t('looseEnds.markArea', { x: '72', y: '322', width: '360', height: '90' }),
  );
  await redaction.draw({ x: 0.6, y: 0.7 }, { x: 0.8, y: 0.75 });
  await expect(redaction.marks).toHaveCount(4);
  await page.screenshot({ path: docShot(testInfo, 'redaction-marks-en.png'), fullPage: true });

  // The last mark drawn is removed before applying.
  await redaction.marks
    .last()
    .getByRole('button', { name: new RegExp(t('common.remove')) })
    .click();
  await expect(redaction.marks).toHaveCount(3);

  await redaction.dialog.getByRole('button', { name: t('redaction.apply') }).click();
  await expect(page.getByTestId('redaction-confirm')).toContainText(t('redaction.confirmExplain', { count: 3 }));
  await page
    .getByTestId('redaction-confirm')
    .getByRole('button', { name: t('redaction.applyConfirm') })
    .click();
  await expect(redaction.status).toHaveText(t('redaction.applied'));
  await expect(page.getByTestId('redaction-no-marks')).toBeVisible();
  await expect(redaction.pageImage).toBeVisible();
  await page.screenshot({ path: docShot(testInfo, 'redaction-applied-en.png'), fullPage: true });

  await redaction.dialog.getByRole('button', { name: t('redaction.close') }).click();
  await expect(exhibits.row('CBSA notes')).toContainText(t('redaction.redactedBadge'));
});
