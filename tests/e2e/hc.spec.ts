import { execFileSync } from 'node:child_process';
import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { textPdf } from '../fixtures/exhibits/make-exhibits.ts';
import { bars, exceptionNarrative, exhibits, factors, forms, letters, mali, maliName, srisuk, srisukName } from './case2-data.ts';
import { expect, test } from './fixtures.ts';
import { createCase, createVault, setCounselProfile } from './flows.ts';
import type { DossierApp } from './pages/app.ts';
import { HcPage } from './pages/hc.ts';
import { fillCode } from './pages/code-picker.ts';

/** docs/screenshots is rewritten only on request (UPDATE_SCREENSHOTS=1); otherwise the picture goes to the test's output. */
const updateDocs = process.env['UPDATE_SCREENSHOTS'] === '1';
const docsDir = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

interface SlotFile {
  readonly group: string;
  readonly fileName: string;
  readonly bytes: number;
  readonly pages: number;
}

const flat = (text: string): string => text.replace(/\s+/gu, ' ');

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(results.passes.length, 'axe ran its rules').toBeGreaterThan(10);
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** The client's citizenship, language and entry, on the Client tab. */
async function fillClient(dossier: DossierApp): Promise<void> {
  const { workspace, t } = dossier;
  const client = workspace.client;
  const form = client.form;
  await form.getByRole('button', { name: t('client.addCitizenship') }).click();
  await fillCode(form.getByLabel(t('client.countryCode'), { exact: true }), 'TH');
  await form.getByRole('button', { name: t('client.addLanguage') }).click();
  await fillCode(form.getByLabel(t('client.langTag'), { exact: true }), 'th');
  await form.getByRole('checkbox', { name: t('client.ability.interpreterNeeded') }).check();
  await form.getByRole('button', { name: t('client.addEntry') }).click();
  const entry = form.getByRole('group', { name: t('client.entryN', { n: 1 }), exact: true });
  await client.fillDate(entry, { year: '2019', month: '8', day: '14', original: '2019-08-14' });
  await entry.getByLabel(t('client.port'), { exact: true }).fill('Toronto Pearson');
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));
}

// 2026-06-10: after the Federal Court refused leave (2026-01-20), before the 12-month bar ends.
test.use({ fixedNow: '2026-06-10T14:00:00.000Z' });

test('Case 2 from an empty vault, through the UI alone: the 12-month bar lifted by the child, factors and their evidence, gaps that appear and go, six letters and the forms', async ({
  dossier,
  page,
  harness,
}, testInfo) => {
  test.setTimeout(300_000);
  await page.clock.setFixedTime(Date.UTC(2026, 5, 10, 14, 0));
  await createVault(dossier);
  await setCounselProfile(dossier);
  await createCase(dossier, srisuk, srisukName);
  const { workspace, t } = dossier;
  await fillClient(dossier);

  const hc = new HcPage(page, t);
  await hc.open();
  await expect(hc.form).toBeVisible();
  // Nothing recorded: nothing bars, and filing stays no protection against removal.
  await expect(hc.result('twelve-month-bar')).toHaveText(t('hc.bars.result.clear'));
  await expect(hc.barredAlert).toHaveCount(0);
  await expect(hc.form.getByTestId('hc-stay-caution')).toContainText(t('hc.bars.noStay.title'));
  await expect(hc.form.getByTestId('hc-stay-caution')).toContainText('IRPR s.233');
  await expect(hc.finding('pending-claim-amendment')).toContainText(t('hc.bars.notInForce'));
  await expect(hc.finding('trp-bar')).toContainText(t('hc.bars.unconfirmed'));

  // The bars: leave refused on 2026-01-20 bars an H&C request until 2027-01-20 (IA s.28).
  await hc.setBars(bars);
  await expect(hc.result('twelve-month-bar')).toHaveText(t('hc.bars.result.barred'));
  await expect(hc.finding('twelve-month-bar').getByTestId('hc-bar-text')).toHaveText(/^Barred until 2027-01-20:/u);
  await expect(hc.finding('twelve-month-bar').getByTestId('hc-bar-ends')).toHaveText('2027-01-20');
  await expect(hc.finding('twelve-month-bar').getByTestId('hc-first-filing-day')).toHaveText('2027-01-21');
  await expect(hc.finding('twelve-month-bar')).toContainText('IRPA s.25(1.2)(c); months counted under IA s.28');
  await expect(hc.barredAlert).toContainText(t('hc.bars.barredTitle'));
  await expect(hc.result('trp-bar')).toHaveText(t('hc.bars.result.flag'));
  await expect(hc.result('claim-ineligible-one-year')).toHaveText(t('hc.bars.result.clear'));
  await expect(hc.result('pending-hc')).toHaveText(t('hc.bars.result.clear'));
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));

  // The daughter, then the best-interests exception: the bar turns "excepted" once it is claimed.
  await hc.addPerson(mali);
  const exception = await hc.addException('BIOC');
  await expect(hc.result('twelve-month-bar')).toHaveText(t('hc.bars.result.excepted'));
  await expect(hc.barredAlert).toHaveCount(0);
  await expect(hc.finding('twelve-month-bar').getByTestId('hc-bar-exception')).toContainText('IRPA s.25(1.21)(b)');
  await expect(hc.gap('hc.exceptionChildMissing')).toBeVisible();
  await expect(hc.gap('hc.exceptionWithoutEvidence')).toBeVisible();
  await hc.field(exception, 'hc.exceptions.child').selectOption({ label: `${maliName} — ${mali.relationship}` });
  await hc.field(exception, 'hc.exceptions.narrative').fill(exceptionNarrative);
  await expect(hc.gap('hc.exceptionChildMissing')).toHaveCount(0);
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));

  // The exhibits: each proves nothing until it is linked.
  await workspace.tab('exhibits').click();
  await workspace.exhibits.drop(
    await Promise.all(
      Object.values(exhibits).map(async (title) => ({ name: `${title}.pdf`, mimeType: 'application/pdf', bytes: await textPdf(title, 1) })),
    ),
  );
  await expect(workspace.exhibits.rows).toHaveCount(Object.keys(exhibits).length);
  await hc.open();
  await expect(hc.gap('hc.exhibitUnlinked')).toHaveCount(Object.keys(exhibits).length);
  await expect(hc.mapRow(exhibits.school)).toContainText(t('hc.map.provesNothing'));

  // The factors. Hardship first without evidence: a gap, with a way to the field it concerns.
  await hc.addFactor('ESTABLISHMENT', factors.ESTABLISHMENT.narrative, factors.ESTABLISHMENT.exhibits);
  await hc.addFactor('BIOC', factors.BIOC.narrative, factors.BIOC.exhibits);
  await hc.addFactor('HARDSHIP', factors.HARDSHIP.narrative);
  const hardshipGap = hc.gap('hc.factorWithoutEvidence');
  await expect(hardshipGap).toContainText(t('hc.map.factor', { factor: t('hc.factors.kinds.HARDSHIP') }));
  await expect(hardshipGap).toContainText(t('hc.gaps.factorWithoutEvidence'));
  await hardshipGap.getByRole('button', { name: new RegExp(`^${t('hc.goToField')}`, 'u') }).click();
  await expect(hc.field(hc.factorExhibits('HARDSHIP'), 'releasePlan.exhibits.choose')).toBeFocused();
  await hc.linkExhibits(hc.factorExhibits('HARDSHIP'), factors.HARDSHIP.exhibits);
  await expect(hc.gap('hc.factorWithoutEvidence')).toHaveCount(0);
  await hc.linkExhibits(hc.group(exception, t('hc.exceptions.exhibits')), [exhibits.school, exhibits.psych]);
  await expect(hc.gap('hc.exceptionWithoutEvidence')).toHaveCount(0);
  await expect(hc.mapRow(exhibits.school)).toContainText(t('hc.map.factor', { factor: t('hc.factors.kinds.BIOC') }));
  await expect(hc.mapRow(exhibits.school)).toContainText(t('hc.map.exception', { n: 1, exception: t('hc.exceptions.kinds.BIOC') }));
  // Only the abbot's letter is left, until the register links it.
  await expect(hc.gap('hc.exhibitUnlinked')).toHaveCount(1);
  await expect(hc.mapRow(exhibits.abbot)).toContainText(t('hc.map.provesNothing'));

  // The six letters of support, in the order of the index, then one moved and moved back.
  for (const letter of letters) await hc.addLetter(letter);
  await expect(hc.letterCards).toHaveCount(6);
  await expect(hc.gap('hc.exhibitUnlinked')).toHaveCount(0);
  await expect(hc.mapRow(exhibits.abbot)).toContainText(t('hc.map.letter', { n: 2, author: 'Phra Khru Somchai' }));
  // Ploy's letter is in Thai with no translation; the abbot's translation is not in the case yet.
  await expect(hc.gap('hc.letterUntranslated')).toContainText(t('hc.map.letter', { n: 5, author: 'Ploy Chaiyasit' }));
  await expect(hc.gap('hc.letterTranslationUnchecked')).toContainText(t('hc.map.letter', { n: 2, author: 'Phra Khru Somchai' }));
  await hc
    .letter(5)
    .getByRole('button', { name: new RegExp(`^${t('hc.letters.moveUp')}`, 'u') })
    .click();
  await expect(hc.letter(4)).toHaveAccessibleName(`${t('hc.letters.letterN', { n: 4 })} — Ploy Chaiyasit`);
  await expect(hc.letter(4).getByRole('button', { name: new RegExp(`^${t('hc.letters.moveUp')}`, 'u') })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(hc.letter(4).getByRole('button', { name: new RegExp(`^${t('hc.letters.moveDown')}`, 'u') })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(hc.letter(5).getByRole('button', { name: new RegExp(`^${t('hc.letters.moveDown')}`, 'u') })).toBeFocused();
  await expect(hc.letter(5)).toHaveAccessibleName(`${t('hc.letters.letterN', { n: 5 })} — Ploy Chaiyasit`);
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));

  // An exhibit removed on the Exhibits tab: its links show as a gap to drop, and the case still saves.
  await workspace.tab('exhibits').click();
  await workspace.exhibits
    .row(exhibits.esl)
    .getByRole('button', { name: new RegExp(`^${t('common.remove')}`, 'u') })
    .click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: t('exhibits.removeConfirm') })
    .click();
  await expect(workspace.exhibits.rows).toHaveCount(Object.keys(exhibits).length - 1);
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));
  await hc.open();
  const missing = hc.gap('hc.exhibitMissing');
  await expect(missing).toContainText(t('hc.gaps.exhibitMissing'));
  await expect(missing).toContainText(t('hc.map.factor', { factor: t('hc.factors.kinds.ESTABLISHMENT') }));
  await expect(hc.factorExhibits('ESTABLISHMENT')).toContainText(t('releasePlan.exhibits.missing'));
  await missing.getByRole('button', { name: new RegExp(`^${t('hc.gaps.removeLink')}`, 'u') }).click();
  await expect(hc.gap('hc.exhibitMissing')).toHaveCount(0);
  await expect(hc.factorExhibits('ESTABLISHMENT')).not.toContainText(t('releasePlan.exhibits.missing'));
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));

  // A narrative past 100,000 characters: counted, refused with a clear error, and nothing typed is lost.
  await hc.addFactor('OTHER', 'Volunteer work at the temple kitchen.');
  const other = hc.factorNarrative('OTHER');
  const long = 'Volunteer work at the temple kitchen. '.repeat(2700);
  await other.fill(long);
  await expect(hc.factor('OTHER').getByTestId('narrative-count')).toBeVisible();
  await expect(hc.factor('OTHER')).toContainText(t('hc.narrative.tooLong', { over: '2,600', max: '100,000' }));
  await expect(other).toHaveAttribute('aria-invalid', 'true');
  await expect(workspace.saveStatus).toHaveText(t('save.invalid', { count: 1 }));
  await expect(other).toHaveValue(long);
  await other.fill(long.slice(0, 95_000));
  await expect(hc.factor('OTHER').getByTestId('narrative-count')).toHaveText(t('hc.narrative.count', { shown: '95,000', max: '100,000' }));
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));
  await hc
    .factor('OTHER')
    .getByRole('button', { name: new RegExp(`^${t('common.remove')}`, 'u') })
    .click();
  await expect(hc.factor('OTHER')).toHaveCount(0);

  // The forms checklist.
  for (const form of forms) await hc.setForm(form.code, form.status, 'note' in form ? form.note : undefined);
  await expect(hc.form.getByTestId('hc-forms-progress')).toHaveText(t('hc.forms.progress', { done: 8, total: 8 }));
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));

  // What is left: the two letters in Thai, until their translations are in the case.
  await expect(hc.gaps).toHaveCount(2);
  await expect(hc.gapSummary).toHaveText(t('hc.gaps.summary', { errors: 1, warnings: 1 }));

  expect(await violations(page), 'the H&C tab, filled').toEqual([]);
  const shotsDir = updateDocs ? docsDir : `${testInfo.outputPath()}/`;
  await mkdir(shotsDir, { recursive: true });
  await page.mouse.move(0, 0);
  await workspace.heading.scrollIntoViewIfNeeded();
  await hc.tab.focus();
  await page.screenshot({ path: `${shotsDir}hc-en.png` });
  await page.screenshot({ path: testInfo.outputPath('hc-en-full.png'), fullPage: true });

  // Everything was saved: the case reopens as it was left.
  await workspace.back();
  await dossier.cases.open(srisukName);
  await hc.open();
  await expect(hc.result('twelve-month-bar')).toHaveText(t('hc.bars.result.excepted'));
  await expect(hc.letterCards).toHaveCount(6);
  await expect(hc.letter(6)).toHaveAccessibleName(`${t('hc.letters.letterN', { n: 6 })} — Dana Whitfield`);
  await expect(hc.field(hc.formRow('IMM5283'), 'hc.forms.status', { code: 'IMM 5283' })).toHaveValue('done');
  await expect(hc.factorNarrative('BIOC')).toHaveValue(factors.BIOC.narrative);

  // The application for the portal, from the Packets tab: one file per slot, each under the cap.
  await workspace.tab('packets').click();
  const packets = workspace.packets;
  await expect(packets.preset).toHaveValue('hc-application');
  const outDir = path.join(harness.root, 'case2-out');
  await mkdir(outDir);
  harness.dialog.directory = outDir;
  await packets.build.click();
  await expect(page.getByTestId('slot-files')).toBeVisible({ timeout: 180_000 });
  await page.screenshot({ path: testInfo.outputPath('hc-packets.png'), fullPage: true });
  const manifest = JSON.parse(await readFile(path.join(outDir, 'manifest.json'), 'utf8')) as {
    preset: string;
    caps: { maxBytes: number };
    files: SlotFile[];
  };
  expect(manifest.preset).toBe('hc-application');
  const files = manifest.files;
  await expect(packets.outcome).toContainText(t('packets.doneFiles', { count: files.length }));
  expect(files.map((f) => f.group)).toEqual(['submission', 'establishment', 'bioc', 'hardship', 'letters']);
  expect(manifest.caps.maxBytes).toBeLessThanOrEqual(4_000_000);
  const text: Record<string, string> = {};
  for (const file of files) {
    const full = path.join(outDir, file.fileName);
    expect((await stat(full)).size, file.fileName).toBe(file.bytes);
    expect(file.bytes, file.fileName).toBeLessThanOrEqual(manifest.caps.maxBytes);
    execFileSync('qpdf', ['--check', full]);
    text[file.group] = flat(execFileSync('pdftotext', [full, '-'], { encoding: 'utf8' }));
    await expect(page.getByTestId('slot-files')).toContainText(file.fileName);
  }
  const submission = text['submission'] ?? '';
  expect(submission).toContain('Application for permanent residence from within Canada on humanitarian and compassionate grounds');
  expect(submission).toContain('SRISUK');
  expect(submission).toContain(factors.BIOC.narrative);
  // The exception's narrative runs onto the next page, whose number is stamped between its lines.
  expect(submission).toContain(exceptionNarrative.slice(0, 60));
  expect(submission).toContain('counted under section 28 of the Interpretation Act, that period ends on January 20, 2027');
  expect(text['establishment']).toContain(exhibits.employer);
  expect(text['bioc']).toContain(exhibits.psych);
  expect(text['hardship']).toContain(exhibits.country);
  const index = text['letters'] ?? '';
  expect(index).toContain('Index of letters of support');
  for (const letter of letters) expect(index).toContain(letter.author);
  // Ploy's letter has no translation and no exhibit: the build names it as a point to check.
  await expect(packets.outcome).toContainText(t('hc.gaps.letterUntranslated'));

  // The same tab in French.
  await hc.open();
  await dossier.switchLanguage('fr');
  const fr = new HcPage(page, dossier.t);
  await expect(fr.result('twelve-month-bar')).toHaveText(dossier.t('hc.bars.result.excepted'));
  await expect(fr.form.getByTestId('hc-stay-caution')).toContainText('RIPR, art. 233');
  expect(await violations(page), 'the H&C tab in French').toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('hc-fr-full.png'), fullPage: true });
});

test('the H&C tab by keyboard alone: a factor and an exception added, the child chosen, focus kept where the work is', async ({
  dossier,
  page,
}) => {
  await page.clock.setFixedTime(Date.UTC(2026, 5, 10, 14, 0));
  await createVault(dossier);
  await createCase(dossier, srisuk, srisukName);
  const { t } = dossier;
  const hc = new HcPage(page, t);
  await hc.open();
  await hc.setBars(bars);
  await hc.addPerson(mali);

  // The factor picker, then "Add the factor": focus lands in the new narrative.
  const factors = hc.section('hc.factors.title');
  await hc.field(factors, 'hc.factors.kind').focus();
  await page.keyboard.press('End');
  await expect(hc.field(factors, 'hc.factors.kind')).toHaveValue('OTHER');
  await page.keyboard.press('Tab');
  await expect(factors.getByRole('button', { name: t('hc.factors.add') })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(hc.factorNarrative('OTHER')).toBeFocused();
  await page.keyboard.type('Volunteer work at the temple kitchen.');

  // The exception: BIOC is the default; focus lands on the child, chosen by arrow key.
  const exceptions = hc.section('hc.exceptions.title');
  await exceptions.getByRole('button', { name: t('hc.exceptions.add') }).focus();
  await page.keyboard.press('Enter');
  const exception = hc.exception(1, 'BIOC');
  await expect(hc.field(exception, 'hc.exceptions.child')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(hc.field(exception, 'hc.exceptions.child')).toHaveValue(/^p-/u);
  await expect(hc.result('twelve-month-bar')).toHaveText(t('hc.bars.result.excepted'));
  await expect(hc.gap('hc.exceptionChildMissing')).toHaveCount(0);
  await expect(dossier.workspace.saveStatus).toHaveText(t('save.saved'));
});
