import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures.ts';
import { createCase, createVault, lai, laiName } from './flows.ts';
import { TransferDialogs } from './pages/transfer.ts';

const passphrase = 'told by phone 8841';

test('a case exported as a sealed transfer from the case list comes back in as a copy under a new id', async ({
  dossier,
  harness,
  page,
}) => {
  const { cases, t } = dossier;
  await createVault(dossier);
  await createCase(dossier, lai, laiName);
  await dossier.workspace.back();
  const transfer = new TransferDialogs(page, t);

  const dialog = await transfer.openExport(cases.row(laiName));
  await expect(dialog.getByRole('radio', { name: t('transfer.sealed') })).toBeChecked();
  await dialog.getByRole('radio', { name: t('transfer.plain') }).check();
  await expect(dialog.getByTestId('plain-export-warning')).toHaveText(t('transfer.plainWarning'));
  await dialog.getByRole('radio', { name: t('transfer.sealed') }).check();
  await transfer.fillPassphraseTwice('short');
  await transfer.saveSealed();
  await expect(dialog.getByText(t('transfer.passphraseShort', { count: 10 }))).toBeVisible();
  await transfer.fillPassphraseTwice(passphrase);
  await page.screenshot({ path: path.join(harness.root, 'export-dialog.png') });

  const out = path.join(harness.root, 'saved');
  await mkdir(out, { recursive: true });
  const file = path.join(out, 'lai.dossiercase');
  harness.dialog.saveAs = file;
  await transfer.saveSealed();
  await expect(dialog).toBeHidden();
  await expect(cases.status).toContainText(t('transfer.exported', { file: harness.dialog.offered.at(-1) ?? '', count: 0 }));
  expect(harness.dialog.offered.at(-1)).toMatch(/^case-transfer-[0-9a-f]{8}\.dossiercase$/);
  const bytes = await readFile(file);
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('DSHB');
  expect(bytes.includes(Buffer.from('Wing-sze'))).toBe(false);

  await transfer.openImport();
  harness.dialog.files = [file];
  await transfer.importWith(passphrase);
  await expect(transfer.dialog).toBeHidden();
  await expect(cases.status).toContainText(t('transfer.importedRenamed', { name: laiName }));
  await expect(cases.rows).toHaveCount(2);
});
