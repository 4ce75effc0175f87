import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Channel } from '../../src-main/ipc/contract.ts';
import { invokeChannel } from '../../src-main/ipc/invoke.ts';
import { createNodeServices } from '../../src-main/services/node-services.ts';
import { createMemorySettings } from '../../src-main/services/settings-conf.ts';
import { expect, test } from './fixtures.ts';
import { InterpreterPage } from './pages/interpreter.ts';
import { START_URL } from './serve.ts';

const BUNDLE_PASSPHRASE = 'shared by phone 4417';
const DRAFTS_PASSPHRASE = 'my own drafts passphrase';
const TRANSLATION = 'My name is LAI Wing-sze.';

/** The advocate's side, in this process: case 1's client statement sealed as a translation request. */
async function requestFile(folder: string): Promise<string> {
  const advocate = createNodeServices({
    dataDir: path.join(folder, 'advocate'),
    settings: createMemorySettings(),
    scrypt: { N: 2 ** 10, r: 8, p: 1 },
  });
  const call = async (channel: Channel, input?: unknown) => {
    const result = await invokeChannel(advocate.handlers, channel, input, { onActivity: advocate.onActivity });
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as { base64?: string };
  };
  try {
    await call('vaultCreate', { method: 'passphrase', passphrase: 'correct horse battery staple' });
    await call('caseImport', {
      file: JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../fixtures/cases/case1-lai.json'), 'utf8')) as unknown,
    });
    const exported = await call('handoffExport', { caseId: 'case1-lai-wing-sze', itemId: 'st-client-1', passphrase: BUNDLE_PASSPHRASE });
    const file = path.join(folder, 'translation-request.dossier');
    writeFileSync(file, Buffer.from(exported.base64 ?? '', 'base64'));
    return file;
  } finally {
    await advocate.dispose();
  }
}

test('interpreter mode keeps the translation as a draft across a restart, and deletes it after export on confirmation', async ({
  dossier,
  harness,
  page,
}, testInfo) => {
  const folder = mkdtempSync(path.join(tmpdir(), 'dossier-request-'));
  try {
    const file = await requestFile(folder);
    const t = dossier.t;
    const interpreter = new InterpreterPage(page, t);
    await dossier.open();
    await interpreter.choose.click();

    // First use: the drafts get a passphrase of their own.
    const drafts = page.getByRole('form', { name: t('vaultLife.drafts.title') });
    await drafts.getByLabel(t('vaultLife.drafts.passphrase'), { exact: true }).fill(DRAFTS_PASSPHRASE);
    await expect(drafts.getByText(t('setup.strength.strong'))).toBeVisible();
    await drafts.screenshot({ path: testInfo.outputPath('drafts-new-passphrase.png') });
    await drafts.getByLabel(t('vaultLife.drafts.confirm'), { exact: true }).fill(DRAFTS_PASSPHRASE);
    await drafts.getByLabel(t('vaultLife.drafts.confirm'), { exact: true }).press('Enter');
    await expect(page.getByTestId('interpreter-drafts')).toContainText(t('vaultLife.drafts.none'));

    await interpreter.open(file, BUNDLE_PASSPHRASE);
    await expect(interpreter.workHeading).toBeVisible();
    await interpreter.cell('translation', 1).fill(TRANSLATION);
    await expect(page.getByTestId('draft-status')).toContainText(
      t('vaultLife.drafts.saved', { time: '' })
        .replace(/\s*\.$/u, '')
        .trim(),
    );

    // A restart: the work comes back once the drafts are unlocked and the request opened again.
    await harness.restartServices();
    await page.goto(START_URL);
    await drafts.getByLabel(t('vaultLife.drafts.passphrase'), { exact: true }).fill('not my passphrase');
    await drafts.getByLabel(t('vaultLife.drafts.passphrase'), { exact: true }).press('Enter');
    await expect(drafts.getByRole('alert')).toHaveText(t('vaultLife.drafts.wrong'));
    await drafts.getByLabel(t('vaultLife.drafts.passphrase'), { exact: true }).fill(DRAFTS_PASSPHRASE);
    await drafts.getByLabel(t('vaultLife.drafts.passphrase'), { exact: true }).press('Enter');
    await expect(page.getByTestId('interpreter-drafts')).toContainText(
      t('vaultLife.drafts.continue', { title: '', date: '' }).split('“')[0] ?? '',
    );
    await page.screenshot({ path: 'test-results/interpreter-drafts.png', fullPage: true });
    await interpreter.open(file, BUNDLE_PASSPHRASE);
    await expect(interpreter.cell('translation', 1)).toHaveValue(TRANSLATION);

    // Exported, then the draft is deleted once the interpreter confirms.
    const outbox = path.join(folder, 'outbox');
    mkdirSync(outbox);
    harness.dialog.directory = outbox;
    for (let n = 2; (await interpreter.cell('translation', n).count()) > 0; n += 1)
      await interpreter.cell('translation', n).fill(`Paragraph ${n}.`);
    await interpreter.field('interpreter.typedSignature').fill('Mei-ling Wong');
    await interpreter.exportButton.click();
    await expect(interpreter.status).toContainText('translation-response-');
    await page.getByRole('button', { name: t('vaultLife.drafts.delete') }).click();
    await page
      .getByRole('dialog', { name: t('vaultLife.drafts.deleteTitle') })
      .getByRole('button', { name: t('vaultLife.drafts.deleteConfirm') })
      .click();
    await expect(page.getByText(t('vaultLife.drafts.deleted'))).toBeVisible();
    await page.getByRole('button', { name: t('interpreter.openAnother') }).click();
    await expect(page.getByTestId('interpreter-drafts')).toContainText(t('vaultLife.drafts.none'));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
