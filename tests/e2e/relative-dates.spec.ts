import { expect, test } from './fixtures.ts';
import { createCase, createVault } from './flows.ts';
import { RelativeDates } from './pages/relative-dates.ts';

const srisuk = { kind: 'hc', familyName: 'SRISUK', givenNames: 'Kanokwan' } as const;

test.use({ fixedNow: '2026-11-23T19:20:00.000Z' });

test('an event told as shortly after another is linked from the form by keyboard and sits right after it', async ({
  dossier,
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await createVault(dossier);
  await createCase(dossier, srisuk, 'SRISUK Kanokwan');
  const { workspace, t } = dossier;
  await workspace.tab('timeline').click();
  const timeline = new RelativeDates(page, t);

  await timeline.add.click();
  await timeline.fill({ words: '3 March 2026', category: 'arrest', summary: 'Arrested at work.' });
  await timeline.save.click();
  await timeline.add.click();
  await timeline.fill({ words: '4 March 2026', category: 'other', summary: 'Moved to the holding centre.' });
  await timeline.save.click();

  await timeline.add.click();
  await timeline.words.fill('après son arrestation');
  // Keyboard only: the side and the anchor are native selects, moved with the arrow keys.
  await timeline.side.focus();
  await page.keyboard.press('ArrowDown');
  await expect(timeline.side).toHaveValue('shortly-after');
  await timeline.anchor.focus();
  await expect(timeline.anchor.locator('option')).toHaveCount(2);
  await timeline.anchor.selectOption({ index: 0 });
  await expect(timeline.anchor.locator('option:checked')).toContainText('Arrested at work.');
  await timeline.field('timeline.form.summary').fill('Called her sister.');
  await page.screenshot({ path: testInfo.outputPath('relative-form.png') });
  await page.keyboard.press('Tab');
  await timeline.save.click();

  await expect(timeline.rows).toHaveCount(3);
  await expect(timeline.rows.nth(0)).toContainText('Arrested at work.');
  await expect(timeline.rows.nth(1)).toContainText('Called her sister.');
  await expect(timeline.rows.nth(1)).toContainText('après son arrestation');
  await expect(timeline.rows.nth(2)).toContainText('Moved to the holding centre.');
  await expect(timeline.note('Called her sister.')).toHaveText(t('relativeDates.row.shortly-after', { event: 'Arrested at work.' }));
  await page.screenshot({ path: testInfo.outputPath('relative-table.png'), fullPage: true });
});
