import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { textPdf } from '../fixtures/exhibits/make-exhibits.ts';
import { expect, test } from './fixtures.ts';
import { createCase, createVault, setCounselProfile } from './flows.ts';
import { TimelinePage } from './pages/timeline.ts';

/** The picture of the drawn timeline is rewritten only on request (UPDATE_SCREENSHOTS=1), as in screenshots.spec.ts. */
const updateDocs = process.env['UPDATE_SCREENSHOTS'] === '1';
const proofDir = fileURLToPath(new URL('../../docs/proof/', import.meta.url));

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

const srisuk = { kind: 'hc', familyName: 'SRISUK', givenNames: 'Kanokwan', nameInScript: 'กนกวรรณ ศรีสุข', script: 'Thai' } as const;

test.use({ fixedNow: '2026-11-23T19:20:00.000Z' });

test('three uncertain events entered through the UI are sorted, drawn and checked, and the chronology is filed', async ({
  dossier,
  page,
  harness,
}, testInfo) => {
  test.setTimeout(180_000);
  await createVault(dossier);
  await setCounselProfile(dossier);
  // An H&C file: a Thai-speaking client whose account dates events in the Buddhist Era and by festivals.
  await createCase(dossier, srisuk, 'SRISUK Kanokwan (กนกวรรณ ศรีสุข)');
  const { workspace, t } = dossier;

  // A three-page statement to cite.
  await workspace.tab('exhibits').click();
  await workspace.exhibits.drop([
    { name: 'Client statement.pdf', mimeType: 'application/pdf', bytes: await textPdf('Client statement', 3) },
  ]);
  await expect(workspace.exhibits.row('Client statement')).toBeVisible();
  const statement = t('timeline.form.exhibitPages', { title: 'Client statement', count: 3 });

  // An entry recorded on the client's page shows on the timeline by itself.
  await workspace.tab('client').click();
  const form = workspace.client.form;
  await form.getByRole('button', { name: t('client.addEntry') }).click();
  const entry = form.getByRole('group', { name: t('client.entryN', { n: 1 }), exact: true });
  await workspace.client.fillDate(entry, { year: '2019', month: '8', day: '14', original: '2019-08-14' });
  await entry.getByLabel(t('client.port'), { exact: true }).fill('Toronto Pearson');
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));

  await workspace.tab('timeline').click();
  const timeline = new TimelinePage(page, t);
  await expect(timeline.rows).toHaveCount(1);
  await expect(timeline.rows.first()).toContainText(t('timeline.derived.entryAt', { port: 'Toronto Pearson' }));
  await expect(timeline.rows.first()).toContainText(t('timeline.row.recordedIn', { tab: t('tabs.client') }));
  await expect(timeline.rows.first().getByRole('button', { name: t('timeline.row.edit') })).toHaveCount(0);
  await expect(timeline.checks).toContainText(t('timeline.checks.none'));
  expect(await violations(page), 'empty timeline').toEqual([]);

  // 1. A Buddhist Era year, "about": proposed from the Thai words and converted.
  await timeline.add.click();
  await expect(timeline.words).toBeFocused();
  await timeline.words.fill('ประมาณ พ.ศ. 2562');
  await expect(timeline.proposal).toContainText(t('calendar.buddhist'));
  await expect(timeline.proposal).toContainText('about 2019');
  await timeline.fill({
    words: 'ประมาณ พ.ศ. 2562',
    category: 'work',
    summary: 'Recruited in Udon Thani; the recruiter kept her passport.',
    assertedBy: 'Client',
    sources: [{ exhibit: statement, pages: '1' }],
  });
  await expect(timeline.gregorian).toContainText('about 2019');
  expect(await violations(page), 'event form').toEqual([]);
  await timeline.save.click();
  await expect(timeline.dialog).toBeHidden();
  await expect(timeline.announcement).toHaveText(t('timeline.saved'));

  // 2. A season, first with a two-digit year: a clear error, and nothing typed is lost.
  await timeline.add.click();
  await timeline.fill({
    words: "winter '23",
    category: 'work',
    summary: 'Wages stopped the winter after she arrived.',
    assertedBy: 'Client',
    sources: [{ exhibit: statement, pages: '2-5' }],
  });
  await expect(timeline.proposal).toContainText(t('timeline.notes.two-digit-year'));
  await timeline.save.click();
  await expect(timeline.formInvalid).toBeVisible();
  await expect(timeline.date).toContainText(t('validation.year'));
  await expect(timeline.field('timeline.form.summary')).toHaveValue('Wages stopped the winter after she arrived.');
  expect(await violations(page), 'event form with errors').toEqual([]);
  await timeline.words.fill('winter 2023');
  await timeline.useProposal.click();
  await expect(timeline.proposal).toContainText(t('timeline.notes.season-spans-years'));
  await expect(timeline.gregorian).toContainText('1 December 2022 – 31 March 2023');
  await timeline.save.click();
  await expect(timeline.dialog).toBeHidden();

  // 3. Disputed, with two accounts: the client's, around Chuseok (lunar: the range by hand), and the Minister's.
  await timeline.add.click();
  await timeline.fill({
    words: 'around Chuseok 2024',
    earliest: '2024-09-10',
    latest: '2024-09-25',
    category: 'abuse',
    summary: 'The owner took her passport and kept it.',
    assertedBy: 'Client',
    sources: [{ exhibit: statement, pages: '3' }],
  });
  await expect(timeline.proposal).toContainText(t('timeline.notes.lunar-no-conversion'));
  await timeline.field('timeline.form.disputed').check();
  await timeline.addAccount(1, {
    who: "Minister's counsel",
    words: 'March 2025',
    summary: 'She handed the passport to CBSA herself at the arrest.',
  });
  await timeline.save.click();
  await expect(timeline.dialog).toBeHidden();
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));

  // Sorted by date: BE 2562 (any day of 2019) before the entry on 2019-08-14, then winter 2022–23, then Chuseok 2024.
  await expect(timeline.rows).toHaveCount(4);
  await expect(timeline.rows.nth(0)).toContainText('ประมาณ พ.ศ. 2562');
  await expect(timeline.rows.nth(1)).toContainText('2019-08-14');
  await expect(timeline.rows.nth(2)).toContainText('winter 2023');
  await expect(timeline.rows.nth(3)).toContainText('around Chuseok 2024');
  await expect(timeline.rows.nth(3)).toContainText('10 September 2024 – 25 September 2024');
  const disputedRow = timeline.row('The owner took her passport');
  await expect(disputedRow.getByTestId('competing-accounts')).toContainText("Minister's counsel");
  await expect(disputedRow.getByTestId('competing-accounts')).toContainText('March 2025');
  await expect(disputedRow).toContainText(t('timeline.row.disputed'));

  // Sorted by dispute, then by category descending; filtered to the disputed event, then by text.
  await timeline.sortBy('colDisputed').click();
  await expect(timeline.rows.first()).toContainText('The owner took her passport');
  await timeline.sortBy('colCategory').click();
  await timeline.sortBy('colCategory').click();
  await expect(page.getByRole('columnheader', { name: t('timeline.table.colCategory') })).toHaveAttribute('aria-sort', 'descending');
  await expect(timeline.rows.first()).toContainText(t('timeline.category.work'));
  await timeline.filter('timeline.table.disputed').selectOption('yes');
  await expect(timeline.rows).toHaveCount(1);
  await timeline.filter('timeline.table.disputed').selectOption('all');
  await timeline.filter('timeline.table.filing').selectOption('yes');
  await expect(timeline.rows).toHaveCount(3);
  await timeline.filter('timeline.table.filing').selectOption('all');
  await timeline.filter('timeline.table.search').fill('wages');
  await expect(timeline.rows).toHaveCount(1);
  await timeline.filter('timeline.table.search').fill('');
  await timeline.sortBy('colDate').click();
  await expect(timeline.rows.first()).toContainText('ประมาณ พ.ศ. 2562');

  // Drawn: three marks, the disputed one marked in words, the years without events shortened and labelled.
  await expect(timeline.marks).toHaveCount(4);
  await expect(timeline.marks.nth(3)).toContainText(`⚑ ${t('timeline.chart.disputedMark')}`);
  await expect(timeline.gaps).toHaveCount(2);
  await expect(timeline.gaps.first()).toContainText(t('timeline.chart.gap', { span: '' }).trim());

  // Checks: page 5 of a three-page exhibit is an error; fixing the pin cite clears it.
  await expect(timeline.checks).toContainText(t('timeline.checks.codes.PIN_BEYOND_PAGES', { page: 5, pages: 3 }));
  await expect(timeline.checks).toContainText(t('timeline.checks.errors', { count: 1 }));

  // Keyboard: the drawing moves from event to event, and Enter opens the selected one.
  await timeline.chart.focus();
  await page.keyboard.press('Home');
  await expect(timeline.selected).toContainText('Recruited in Udon Thani');
  await page.keyboard.press('ArrowDown');
  await expect(timeline.selected).toContainText('Toronto Pearson');
  await page.keyboard.press('Enter');
  await expect(timeline.dialog).toBeHidden();
  await page.keyboard.press('ArrowDown');
  await expect(timeline.selected).toContainText('Wages stopped');
  expect(await violations(page), 'timeline with events and a finding').toEqual([]);
  await timeline.chartCard.screenshot({
    path: updateDocs ? path.join(proofDir, 'timeline-drawn.png') : testInfo.outputPath('timeline-drawn.png'),
  });
  await page.screenshot({ path: testInfo.outputPath('timeline-tab.png'), fullPage: true });
  await page.keyboard.press('Enter');
  await expect(timeline.dialog).toBeVisible();
  await timeline.source(1).getByLabel(t('timeline.form.pages'), { exact: true }).fill('2-3');
  await timeline.save.click();
  await expect(timeline.dialog).toBeHidden();
  await expect(timeline.checks).toContainText(t('timeline.checks.none'));
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));

  // In French: the same timeline, every word from the French catalogue.
  await dossier.switchLanguage('fr');
  const french = new TimelinePage(page, dossier.t);
  await expect(page.getByRole('heading', { name: dossier.t('timeline.title'), exact: true })).toBeVisible();
  await expect(french.chartCard).toBeVisible();
  await expect(french.rows.nth(1)).toContainText(dossier.t('timeline.derived.entryAt', { port: 'Toronto Pearson' }));
  await expect(french.row('The owner took her passport')).toContainText(dossier.t('timeline.row.disputed'));
  await expect(french.checks).toContainText(dossier.t('timeline.checks.none'));
  expect(await violations(page), 'timeline in French').toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('timeline-fr.png'), fullPage: true });
  await dossier.switchLanguage('en');

  // Filed: the packet's chronology lists the three events as written, with their Gregorian ranges.
  await workspace.tab('packets').click();
  const outDir = path.join(harness.root, 'packet-out');
  await mkdir(outDir);
  harness.dialog.directory = outDir;
  // The bundle as one PDF: this case records no H&C factors, which the portal application needs.
  await workspace.packets.preset.selectOption('hc');
  await workspace.packets.build.click();
  await expect(workspace.packets.outcome).toContainText(t('packets.done', { count: 1 }), { timeout: 90_000 });
  const pdf = path.join(outDir, (await readdir(outDir)).find((name) => name.endsWith('.pdf')) ?? '');
  const manifest = JSON.parse(await readFile(path.join(outDir, 'manifest.json'), 'utf8')) as {
    inputs: { title: string; tab: string; firstPage: number; lastPage: number }[];
  };
  const filed = manifest.inputs.find((input) => input.title.startsWith('Chronology'));
  const cited = manifest.inputs.find((input) => input.title === 'Client statement');
  // One column of the chronology's table at a time (the letter page's 1-inch margins, columns of 20/16/39/25 %),
  // so lines of neighbouring cells never interleave; line breaks folded into spaces, none kept around a dash.
  const column = (fromPt: number, toPt: number): string =>
    execFileSync(
      'pdftotext',
      [
        '-f',
        String(filed?.firstPage),
        '-l',
        String(filed?.lastPage),
        '-x',
        String(fromPt),
        '-y',
        '0',
        '-W',
        String(toPt - fromPt),
        '-H',
        '792',
        pdf,
        '-',
      ],
      { encoding: 'utf8' },
    )
      .replace(/\s+/gu, ' ')
      .replace(/\s*–\s*/gu, '–');
  const dates = column(72, 162);
  for (const expected of [
    'ประมาณ พ.ศ. 2562 (2019-01-01–2019-12-31)',
    'winter 2023 (2022-12-01–2023-03-31)',
    'around Chuseok 2024 (2024-09-10–2024-09-25)',
  ])
    expect(dates, expected).toContain(expected);
  // The words as written, with no qualifier put in front of them.
  expect(dates).not.toContain('c. ประมาณ');
  expect(column(244, 420)).toContain(
    "The owner took her passport and kept it. According to: Client Disputed. Another account, given by Minister's counsel March 2025 (2025-03-01–2025-03-31) She handed the passport to CBSA herself at the arrest.",
  );
  // The statement's pages 1, 2–3 and 3 cited at the packet pages they landed on, in the H&C packet's Bates style.
  const bates = (page: number): string => `APP-${String((cited?.firstPage ?? 0) + page - 1).padStart(6, '0')}`;
  const tab = `Tab ${cited?.tab ?? '?'},`;
  expect(column(426, 540)).toContain(`${tab} p. ${bates(1)} ${tab} pp. ${bates(2)}–${bates(3)} ${tab} p. ${bates(3)}`);
});
