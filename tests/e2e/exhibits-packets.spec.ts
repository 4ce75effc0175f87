import { execFileSync } from 'node:child_process';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { scanJpeg, textPdf } from '../fixtures/exhibits/make-exhibits.ts';
import { expect, test } from './fixtures.ts';
import { counsel, createCase, createVault, lai, laiName, setCounselProfile } from './flows.ts';

/** Pictures for the docs are rewritten only on request (UPDATE_SCREENSHOTS=1), as in screenshots.spec.ts. */
const updateDocs = process.env['UPDATE_SCREENSHOTS'] === '1';
const docsDir = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test.use({ fixedNow: '2026-11-23T19:20:00.000Z' });

test('exhibits are added by drop and by the dialog, ordered by keyboard, and built into a checked packet; a build can be cancelled', async ({
  dossier,
  page,
  harness,
}, testInfo) => {
  test.setTimeout(120_000);
  await createVault(dossier);
  await setCounselProfile(dossier);
  await createCase(dossier, lai, laiName);
  const { workspace, t } = dossier;

  // Exhibits: an empty tab is accessible.
  await workspace.tab('exhibits').click();
  const exhibits = workspace.exhibits;
  await expect(exhibits.addFiles).toBeVisible();
  expect(await violations(page), 'empty exhibits tab').toEqual([]);

  // Dropped: a good PDF and a text file named .pdf, which is refused by name with the fix.
  await exhibits.drop([
    { name: 'Release letter.pdf', mimeType: 'application/pdf', bytes: await textPdf('Release letter', 2) },
    { name: 'notes.pdf', mimeType: 'application/pdf', bytes: new TextEncoder().encode('These are notes, not a PDF.') },
  ]);
  await expect(exhibits.row('Release letter')).toBeVisible();
  await expect(exhibits.row('Release letter').getByTestId('exhibit-pages')).toHaveText('2');
  await expect(exhibits.errors).toContainText('notes.pdf');
  await expect(exhibits.errors).toContainText(t('errors.UNSUPPORTED_FORMAT'));

  // Through the system dialog (a stub answering with a file the test wrote): a scanned JPEG.
  const scan = path.join(harness.root, 'Bail letter.jpg');
  await writeFile(scan, await scanJpeg('Bail letter'));
  harness.dialog.files = [scan];
  await exhibits.addFiles.click();
  await expect(exhibits.row('Bail letter')).toBeVisible();
  await expect(exhibits.row('Bail letter').getByTestId('exhibit-pages')).toHaveText('1');
  await expect(exhibits.row('Bail letter')).toContainText(t('exhibits.notSearchable', { count: 1 }));
  await expect(exhibits.rows).toHaveCount(2);
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));
  expect(await violations(page), 'exhibits tab with exhibits and an error').toEqual([]);
  await page.screenshot({
    path: updateDocs ? path.join(docsDir, 'exhibits-en.png') : testInfo.outputPath('exhibits-en.png'),
    fullPage: true,
  });

  // Packet: reorder by keyboard, announced, and the preview follows.
  await workspace.tab('packets').click();
  const packets = workspace.packets;
  // No detention is recorded in this case, so it files disclosure rather than a release plan.
  await packets.preset.selectOption('detention-disclosure');
  await expect(packets.orderItems).toHaveCount(2);
  await expect(packets.orderItems.first()).toContainText('Release letter');
  await packets.orderItem('Bail letter').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(packets.orderItems.first()).toContainText('Bail letter');
  await expect(packets.announcement).toHaveText(t('packets.moved', { title: 'Bail letter', position: 1, count: 2 }));
  await expect(packets.orderItem('Bail letter')).toBeFocused();
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));
  // The cover letter (no tab) and the chronology (Tab 1) open the packet, as in the build.
  await expect(packets.preview.getByRole('row').nth(1)).toContainText(t('packets.estimatedPages'));
  await expect(packets.preview.getByRole('row').nth(2).getByRole('cell').first()).toHaveText('1');
  await expect(packets.preview.getByRole('row').nth(3)).toContainText('Bail letter');
  await expect(packets.preview.getByRole('row').nth(3).getByRole('cell').first()).toHaveText('2');
  await expect(packets.preview.getByRole('row').nth(4)).toContainText('Release letter');
  expect(await violations(page), 'packets tab').toEqual([]);
  await page.screenshot({
    path: updateDocs ? path.join(docsDir, 'packets-en.png') : testInfo.outputPath('packets-en.png'),
    fullPage: true,
  });

  // Build into the folder the (stub) dialog picks; progress runs to the outcome.
  const outDir = path.join(harness.root, 'packet-out');
  await mkdir(outDir);
  harness.dialog.directory = outDir;
  await packets.build.click();
  await expect(packets.outcome).toContainText(t('packets.done', { count: 1 }), { timeout: 60_000 });
  expect(await violations(page), 'build outcome').toEqual([]);
  await packets.showInFolder.click();
  await expect.poll(() => harness.revealed).toEqual([path.join(outDir, 'manifest.json')]);
  await expect(packets.pastBuilds.getByRole('row')).toHaveCount(2);

  const pdfs = (await readdir(outDir)).filter((name) => name.endsWith('.pdf'));
  expect(pdfs).toHaveLength(1);
  const packet = path.join(outDir, pdfs[0] ?? '');
  execFileSync('qpdf', ['--check', packet]);
  const text = execFileSync('pdftotext', ['-layout', packet, '-'], { encoding: 'utf8' });
  // The packet opens with the cover letter on the counsel's letterhead, then the list of documents.
  const [cover = '', list = ''] = text.split('\f');
  expect(cover).toContain(counsel.firm);
  expect(list).toContain('List of documents');
  expect(list).toContain('Bail letter');
  expect(list).toContain('Release letter');
  expect(list.indexOf('Bail letter')).toBeLessThan(list.indexOf('Release letter'));
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [packet], { encoding: 'utf8' }))?.[1]);
  expect(pages).toBeGreaterThanOrEqual(4);
  expect(text).toContain(`Page ${pages} of ${pages}`);

  // A second build, cancelled at once: nothing written, the outcome says so. The session's warm
  // printer and the print cache make it too quick to catch, so the harness holds it before it
  // prints its list of documents; the order is changed first, so that list is printed anew.
  await packets.dismiss.click();
  await packets.orderItem('Bail letter').focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(packets.orderItems.first()).toContainText('Release letter');
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));
  const cancelDir = path.join(harness.root, 'cancelled-out');
  await mkdir(cancelDir);
  harness.dialog.directory = cancelDir;
  harness.buildPauseMs = 5_000;
  await packets.build.click();
  await expect(packets.progress).toBeVisible();
  await expect(packets.progress).toHaveAttribute('aria-valuenow', /\d+/);
  await packets.cancel.click();
  await expect(packets.outcome).toContainText(t('packets.cancelled'), { timeout: 60_000 });
  expect(await readdir(cancelDir)).toEqual([]);
});

test('a packet numbered with Bates numbers from a chosen start, with DOCX of the generated documents', async ({
  dossier,
  page,
  harness,
}) => {
  test.setTimeout(120_000);
  await createVault(dossier);
  await setCounselProfile(dossier);
  await createCase(dossier, lai, laiName);
  const { workspace, t } = dossier;
  await workspace.tab('exhibits').click();
  await workspace.exhibits.drop([{ name: 'Release letter.pdf', mimeType: 'application/pdf', bytes: await textPdf('Release letter', 2) }]);
  await expect(workspace.exhibits.row('Release letter')).toBeVisible();
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));

  await workspace.tab('packets').click();
  const packets = workspace.packets;
  await packets.preset.selectOption('detention-disclosure');
  await expect(packets.labelKind('page-of')).toBeChecked();
  await expect(packets.batesPrefix).toBeHidden();

  // Bates by keyboard: the arrow keys move through the radio group.
  await packets.labelKind('page-of').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(packets.labelKind('bates')).toBeChecked();
  await expect(packets.batesPrefix).toBeVisible();
  await packets.chooseBates('APP-', 6);
  await expect(packets.batesExample).toContainText('APP-000001');

  // Invalid values are named next to their fields, and the build is refused until they are fixed.
  await packets.batesPrefix.fill('APP/');
  await packets.startNumber.fill('0');
  await expect(packets.batesPrefix).toHaveAttribute('aria-invalid', 'true');
  await expect(packets.numberingOptions).toContainText(t('packets.errors.prefix'));
  await expect(packets.numberingOptions).toContainText(t('packets.errors.startNumber'));
  await expect(packets.batesExample).toBeHidden();
  expect(await violations(page), 'numbering options with errors').toEqual([]);
  await packets.build.click();
  await expect(packets.optionsRefused).toHaveText(t('packets.errors.refused'));
  await expect(packets.batesPrefix).toBeFocused();
  await expect(packets.outcome).toBeHidden();

  await packets.batesPrefix.fill('APP-');
  await packets.startNumber.fill('5');
  await expect(packets.batesExample).toContainText('APP-000005');
  await expect(packets.optionsRefused).toBeHidden();
  await packets.option('docx').check();
  await expect(packets.option('numberList')).toBeChecked();
  expect(await violations(page), 'numbering options').toEqual([]);

  const outDir = path.join(harness.root, 'bates-out');
  await mkdir(outDir);
  harness.dialog.directory = outDir;
  await packets.build.click();
  await expect(packets.outcome).toContainText(t('packets.done', { count: 1 }), { timeout: 60_000 });

  const files = await readdir(outDir);
  const pdfs = files.filter((name) => name.endsWith('.pdf'));
  expect(pdfs).toHaveLength(1);
  expect(files.filter((name) => name.endsWith('.docx')).length).toBeGreaterThan(0);
  const text = execFileSync('pdftotext', ['-layout', path.join(outDir, pdfs[0] ?? ''), '-'], { encoding: 'utf8' });
  expect(text).toContain('APP-000005');
  expect(text).not.toContain('APP-000001');
  expect(text).not.toMatch(/Page \d+ of \d+/u);
});

test('without a folder chosen nothing is built, and the file input takes over when there is no system dialog answer', async ({
  dossier,
  harness,
}) => {
  await createVault(dossier);
  await createCase(dossier, lai, laiName);
  const { workspace, t } = dossier;
  await workspace.tab('exhibits').click();
  const input = dossier.page.getByTestId('exhibit-file-input');
  await input.setInputFiles({
    name: 'Letter of support.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from(await textPdf('Support', 1)),
  });
  await expect(workspace.exhibits.row('Letter of support')).toBeVisible();
  await workspace.tab('packets').click();
  harness.dialog.directory = null;
  await workspace.packets.build.click();
  await expect(dossier.page.getByText(t('packets.noFolder'))).toBeVisible();
});

test('a file attached to an exhibit the case already describes keeps its id and links; the dialog and the file input both attach', async ({
  dossier,
  page,
  harness,
}) => {
  await createVault(dossier);
  await createCase(dossier, lai, laiName);
  const { workspace, t } = dossier;
  // Two exhibits described before their files arrive (as an imported case file holds them), one linked from the timeline.
  await workspace.back();
  const saved = await page.evaluate(async () => {
    const bridge = (globalThis as unknown as { dossier: Record<string, (input: unknown) => Promise<unknown>> }).dossier;
    const call = async <T>(name: string, input: unknown): Promise<T> => {
      const fn = bridge[name];
      if (!fn) throw new Error(`No bridge function ${name}`);
      return (await fn(input)) as T;
    };
    const list = await call<{ value: { id: string }[] }>('caseList', { query: '', includeArchived: false });
    const got = await call<{ value: { case: Record<string, unknown>; revision: number } }>('caseGet', { id: list.value[0]?.id ?? '' });
    const exhibits = [
      { id: 'x-chan-t4', title: 'T4 slips of CHAN Kwok-wai', supports: ['FLIGHT'] },
      { id: 'x-chan-bank', title: 'Bank letter for CHAN Kwok-wai', supports: [] },
    ];
    const timeline = [
      {
        id: 't-arrest',
        when: { calendar: 'gregorian', original: '2026-03-10', year: 2026, month: 3, day: 10, qualifier: 'exact', confidence: 'high' },
        category: 'arrest',
        summary: 'Arrested by CBSA.',
        sources: [{ exhibitId: 'x-chan-t4', pages: '1' }],
      },
    ];
    return call<{ ok: boolean }>('caseSave', { case: { ...got.value.case, exhibits, timeline }, revision: got.value.revision });
  });
  expect(saved.ok).toBe(true);
  await dossier.cases.open(laiName);
  await workspace.tab('exhibits').click();
  const t4 = workspace.exhibits.row('T4 slips of CHAN Kwok-wai');
  await expect(t4.getByTestId('exhibit-pages')).toHaveText(t('exhibits.noFile'));

  // Through the system dialog.
  const file = path.join(harness.root, 't4.pdf');
  await writeFile(file, await textPdf('T4 slips', 2));
  harness.dialog.files = [file];
  await t4.getByRole('button', { name: t('exhibits.attachFile') }).click();
  await expect(t4.getByTestId('exhibit-pages')).toHaveText('2');
  await expect(workspace.exhibits.rows).toHaveCount(2);

  // A dialog closed without a choice attaches nothing; the file input (the way in without a system dialog) attaches to the exhibit chosen.
  harness.dialog.files = [];
  const bank = workspace.exhibits.row('Bank letter for CHAN Kwok-wai');
  await bank.getByRole('button', { name: t('exhibits.attachFile') }).click();
  await expect(bank.getByTestId('exhibit-pages')).toHaveText(t('exhibits.noFile'));
  await page
    .getByTestId('exhibit-attach-input')
    .setInputFiles({ name: 'bank.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await textPdf('Bank letter', 3)) });
  await expect(bank.getByTestId('exhibit-pages')).toHaveText('3');
  await expect(workspace.exhibits.rows).toHaveCount(2);
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));

  // The ids held: the timeline's source still points at the T4s, now with a file.
  const stored = await page.evaluate(async () => {
    const bridge = (globalThis as unknown as { dossier: Record<string, (input: unknown) => Promise<unknown>> }).dossier;
    const list = (await bridge['caseList']?.({ query: '', includeArchived: false })) as { value: { id: string }[] };
    return (await bridge['caseGet']?.({ id: list.value[0]?.id ?? '' })) as {
      value: { case: { exhibits: { id: string; blobId?: string }[]; timeline: { sources: { exhibitId: string }[] }[] } };
    };
  });
  expect(stored.value.case.exhibits.map((e) => [e.id, e.blobId !== undefined])).toEqual([
    ['x-chan-t4', true],
    ['x-chan-bank', true],
  ]);
  expect(stored.value.case.timeline[0]?.sources[0]?.exhibitId).toBe('x-chan-t4');
});
