import { mkdir, readdir, readFile, rename } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import { textPdf } from '../fixtures/exhibits/make-exhibits.ts';
import { expect, test } from './fixtures.ts';
import { createCase, createVault, lai, laiName, setCounselProfile } from './flows.ts';
import { DocumentsPage } from './pages/documents.ts';
import { ViewerPage } from './pages/viewer.ts';
import { allFiles, findPlaintext } from './vault-walk.ts';
import { docShot } from './doc-shots.ts';

test.use({ fixedNow: '2026-11-23T19:20:00.000Z' });

/** A word only the police report holds: found by the viewer's search, and looked for on disk afterwards. */
const WORD = 'Quetzalcoatl';

interface ManifestInput {
  readonly tab: string;
  readonly title: string;
  readonly firstPage: number;
}

test('the viewer shows an exhibit and the last built packet: Go to tab 3, a word found in it, in English and French; nothing of the exhibit on disk', async ({
  dossier,
  page,
  harness,
}, testInfo) => {
  test.setTimeout(150_000);
  await createVault(dossier);
  await setCounselProfile(dossier);
  await createCase(dossier, lai, laiName);
  const { workspace } = dossier;
  const report = await textPdf(`Police report ${WORD}`, 2);
  await workspace.tab('exhibits').click();
  await workspace.exhibits.drop([
    { name: 'Release letter.pdf', mimeType: 'application/pdf', bytes: await textPdf('Release letter', 2) },
    { name: 'Police report.pdf', mimeType: 'application/pdf', bytes: report },
  ]);
  await expect(workspace.exhibits.rows).toHaveCount(2);
  await expect(workspace.saveStatus).toHaveText(dossier.t('save.saved'));

  // The exhibit, from its row: pages drawn, the word found on both pages, Escape closes.
  let viewer = new ViewerPage(page, dossier.t);
  await workspace.exhibits.row('Police report').getByTestId('exhibit-view').click();
  await expect(viewer.loadedPages.first()).toBeVisible();
  await expect(viewer.pageNumber).toHaveValue('1');
  await page.keyboard.press('Control+f');
  await expect(viewer.search).toBeFocused();
  await page.keyboard.type(WORD.toLowerCase());
  await page.keyboard.press('Enter');
  await expect(viewer.searchStatus).toHaveText(dossier.t('viewer.hitCount', { current: 1, count: 2 }));
  await expect(viewer.currentHit).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(viewer.dialog).toBeHidden();

  // A generated document, printed in memory: the chronology, from the Documents tab.
  await workspace.tab('documents').click();
  const documents = new DocumentsPage(page, dossier.t);
  await documents.kind('timeline').check();
  await documents.section.getByRole('button', { name: dossier.t('viewer.viewAsPdf') }).click();
  await expect(viewer.loadedPages.first()).toBeVisible({ timeout: 30_000 });
  await expect(viewer.dialog).toContainText(dossier.t('viewer.shows.document'));
  await page.keyboard.press('Escape');
  await expect(viewer.dialog).toBeHidden();

  // Build the packet, then view it from the Packets tab.
  await workspace.tab('packets').click();
  const packets = workspace.packets;
  await packets.preset.selectOption('detention-disclosure');
  const outDir = path.join(harness.root, 'packet-out');
  await mkdir(outDir);
  harness.dialog.directory = outDir;
  await packets.build.click();
  await expect(packets.outcome).toContainText(dossier.t('packets.done', { count: 1 }), { timeout: 60_000 });
  const manifest = JSON.parse(await readFile(path.join(outDir, 'manifest.json'), 'utf8')) as { inputs: ManifestInput[] };
  const tab3 = manifest.inputs.find((i) => i.tab === '3');
  expect(tab3?.title).toBe('Police report');

  for (const language of ['en', 'fr'] as const) {
    if (language === 'fr') await dossier.switchLanguage('fr');
    viewer = new ViewerPage(page, dossier.t);
    await page.getByRole('button', { name: dossier.t('viewer.viewLastPacket') }).click();
    await expect(viewer.integrity).toHaveText(dossier.t('viewer.integrity.verified'));
    await expect(viewer.loadedPages.first()).toBeVisible();
    await expect(viewer.bookmarks).toContainText('Police report');
    // Page Down turns a page; Go to tab 3 lands on its first page.
    await viewer.column.focus();
    await page.keyboard.press('PageDown');
    await expect(viewer.pageNumber).toHaveValue('2');
    await viewer.goToTabNumber('3');
    await expect(viewer.pageNumber).toHaveValue(String(tab3?.firstPage));
    await viewer.search.fill(WORD);
    await viewer.search.press('Enter');
    await expect(viewer.searchStatus).toHaveText(dossier.t('viewer.hitCount', { current: 1, count: 2 }));
    await expect(viewer.pageNumber).toHaveValue(String(tab3?.firstPage));
    await expect(viewer.currentHit).toBeInViewport();
    await expect(viewer.loadedPages.filter({ visible: true }).first()).toBeVisible();
    await page.screenshot({ path: docShot(testInfo, `viewer-${language}.png`) });
    if (language === 'en') {
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      // The thumbnails, one button a page, the current one marked.
      await viewer.sideTab('thumbnails').click();
      await expect(viewer.thumbnails.nth(Number(tab3?.firstPage) - 1)).toHaveAttribute('aria-current', 'page');
    }
    await viewer.dialog.getByRole('button', { name: dossier.t('viewer.close') }).click();
    await expect(viewer.dialog).toBeHidden();
  }

  // A packet file moved away from its build folder is named as such, with the fix.
  const volume = (await readdir(outDir)).find((name) => name.endsWith('.pdf')) ?? '';
  await rename(path.join(outDir, volume), path.join(harness.root, 'moved.pdf'));
  await page.getByRole('button', { name: dossier.t('viewer.viewLastPacket') }).click();
  await expect(page.getByTestId('viewer-error')).toHaveText(dossier.t('viewer.errors.packetMissing'));
  await page.keyboard.press('Escape');
  await expect(viewer.dialog).toBeHidden();

  // Nothing of the viewed exhibit in clear on disk (outside the packet folder the user chose).
  await harness.restartServices();
  const walk = await findPlaintext(harness.root, [WORD]);
  const outside = (file: string) => !file.startsWith('packet-out') && file !== 'moved.pdf';
  expect(walk.hits.filter((hit) => outside(hit.file))).toEqual([]);
  const slices = [0.3, 0.5, 0.7].map((at) =>
    Buffer.from(report.subarray(Math.floor(report.length * at), Math.floor(report.length * at) + 48)),
  );
  const leaks: string[] = [];
  for (const file of await allFiles(harness.root)) {
    if (!outside(path.relative(harness.root, file))) continue;
    const content = await readFile(file).catch(() => Buffer.alloc(0));
    if (slices.some((slice) => content.includes(slice))) leaks.push(path.relative(harness.root, file));
  }
  expect(leaks).toEqual([]);
});
