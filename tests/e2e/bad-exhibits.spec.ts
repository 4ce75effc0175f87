import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { textPdf } from '../fixtures/exhibits/make-exhibits.ts';
import { expect, test } from './fixtures.ts';
import { createCase, createVault, lai, laiName, setCounselProfile } from './flows.ts';
import { BadExhibitsPage } from './pages/bad-exhibits.ts';

test.use({ fixedNow: '2026-11-23T19:20:00.000Z' });

test('an exhibit whose packet copy lost an attachment says so; a build that meets an unusable exhibit names it, and builds again without it from one button', async ({
  dossier,
  page,
  harness,
}, testInfo) => {
  test.setTimeout(120_000);
  await createVault(dossier);
  await setCounselProfile(dossier);
  await createCase(dossier, lai, laiName);
  const { workspace, t } = dossier;

  // The lease goes in first and its stored copy is then damaged on disk; the receipt is sound.
  await workspace.tab('exhibits').click();
  await workspace.exhibits.drop([{ name: 'Lease.pdf', mimeType: 'application/pdf', bytes: await textPdf('Lease', 1) }]);
  await expect(workspace.exhibits.row('Lease')).toBeVisible();
  const blobs = path.join(harness.vaultDir, 'blobs');
  const [blob = ''] = (await readdir(blobs, { recursive: true })).filter((name) => name.endsWith('.dsb'));
  const bytes = await readFile(path.join(blobs, blob));
  bytes[bytes.length - 20] = (bytes[bytes.length - 20] ?? 0) ^ 0xff;
  await writeFile(path.join(blobs, blob), bytes);
  // The receipt carries an attached file: imported, with the attachment removed from the packet copy and said so.
  const receipt = await readFile(path.resolve(import.meta.dirname, '../fixtures/exhibit-corpus/attachments.pdf'));
  await workspace.exhibits.drop([{ name: 'Receipt.pdf', mimeType: 'application/pdf', bytes: receipt }]);
  await expect(workspace.exhibits.rows).toHaveCount(2);
  const bad = new BadExhibitsPage(page, t);
  await expect(bad.packetCopyChanges).toContainText(`Receipt.pdf: ${t('packetCopy.ACTIVE_CONTENT_REMOVED')}`);
  await expect(bad.packetCopyChanges).toContainText('"notes.txt"');
  await page.screenshot({ path: testInfo.outputPath('packet-copy-changes-en.png'), fullPage: true });
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));

  await workspace.tab('packets').click();
  const packets = workspace.packets;
  await packets.preset.selectOption('detention-disclosure');
  const outDir = path.join(harness.root, 'packet-out');
  await mkdir(outDir);
  harness.dialog.directory = outDir;
  await packets.build.click();
  await expect(packets.outcome).toContainText('Lease', { timeout: 60_000 });
  await expect(bad.retry).toBeVisible();
  expect(await readdir(outDir)).toEqual([]);

  await bad.retry.click();
  await expect(packets.outcome).toContainText(t('packets.done', { count: 1 }), { timeout: 60_000 });
  const manifest = JSON.parse(await readFile(path.join(outDir, 'manifest.json'), 'utf8')) as {
    skipped: { title: string; code: string; message: string }[];
    inputs: { title: string }[];
  };
  // The first read set the damaged copy aside (CORRUPT), so the rebuild finds it missing (NOT_FOUND).
  expect(manifest.skipped.map((s) => [s.title, s.code])).toEqual([['Lease', 'NOT_FOUND']]);
  expect(manifest.skipped[0]?.message).toMatch(/^Exhibit "Lease": /u);
  await expect(bad.skipped).toContainText(`Lease — ${t('badExhibits.reason.NOT_FOUND')}`);
  await expect(bad.skipCheckbox).toBeChecked();
  await page.screenshot({ path: testInfo.outputPath('bad-exhibits-en.png'), fullPage: true });
  expect(manifest.inputs.map((i) => i.title)).toContain('Receipt');
});
