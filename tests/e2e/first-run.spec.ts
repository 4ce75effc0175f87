import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createConfSettings } from '../../src-main/services/settings-conf.ts';
import { expect, test } from './fixtures.ts';
import { InterpreterPage } from './pages/interpreter.ts';
import { skipCounselStep } from './flows.ts';
import { findPlaintext } from './vault-walk.ts';

const PASSPHRASE = 'harbour lantern quietly orchard';

/** How the app's settings file says this copy is used, read as the next start would read it. */
function storedMode(root: string): string | undefined {
  return createConfSettings(path.join(root, 'settings')).get().appMode;
}

test('first run: create the vault and a case, restart, unlock, find it by any name, nothing in plaintext on disk', async ({
  dossier,
  harness,
  context,
}) => {
  await dossier.open();
  const { setup } = dossier;
  await expect(setup.heading).toBeVisible();
  await expect(setup.noKeychainNotice).toBeVisible();
  await setup.createWithPassphrase(PASSPHRASE);
  await skipCounselStep(dossier);

  const cases = dossier.cases;
  await expect.poll(() => storedMode(harness.root)).toBe('advocate');
  await cases.createCase({ kind: 'detention-review', familyName: 'LAI', givenNames: 'Wing-sze', nameInScript: '黎詠詩', script: 'Hant' });

  const workspace = dossier.workspace;
  await expect(workspace.heading).toHaveText('LAI Wing-sze (黎詠詩)');
  const client = workspace.client;
  await expect(client.familyName).toHaveValue('LAI');
  await expect(client.nameInScriptRow(0).getByLabel(dossier.t('client.nameInScript'), { exact: true })).toHaveAttribute('lang', 'zh-Hant');
  await client.fillDate(client.dateOfBirth, { year: '1994', month: '3', day: '14', original: '1994年3月14日' });
  await expect(client.gregorianRange).toHaveText(dossier.t('date.gregorianDay', { date: 'March 14, 1994' }));
  await expect(workspace.saveStatus).toHaveText(dossier.t('save.saved'));

  await harness.restartServices();
  await dossier.page.reload();
  const unlock = dossier.unlock;
  await expect(unlock.heading).toBeVisible();
  await unlock.unlock(PASSPHRASE);
  await expect(cases.heading).toBeVisible();

  await cases.searchFor('黎詠詩');
  await expect(cases.rows).toHaveCount(1);
  await expect(cases.row('LAI Wing-sze (黎詠詩)')).toBeVisible();
  await cases.searchFor('wing');
  await expect(cases.rows).toHaveCount(1);
  await cases.searchFor('nobody-by-this-name');
  await expect(cases.rows).toHaveCount(0);
  await cases.searchFor('wing');
  await cases.open('LAI Wing-sze (黎詠詩)');

  await expect(client.familyName).toHaveValue('LAI');
  await expect(client.givenNames).toHaveValue('Wing-sze');
  const row = client.nameInScriptRow(0);
  await expect(row.getByLabel(dossier.t('client.nameInScript'), { exact: true })).toHaveValue('黎詠詩');
  await expect(row.getByLabel(dossier.t('client.scriptCode'), { exact: true })).toHaveValue(dossier.t('scriptNames.Hant'));
  await expect(client.dateInput(client.dateOfBirth, 'year')).toHaveValue('1994');
  await expect(client.dateInput(client.dateOfBirth, 'month')).toHaveValue('3');
  await expect(client.dateInput(client.dateOfBirth, 'day')).toHaveValue('14');
  await expect(client.dateInput(client.dateOfBirth, 'original')).toHaveValue('1994年3月14日');

  // Close the browser so that everything it keeps (cache, Local Storage, session) is on disk too.
  await context.close();
  const walk = await findPlaintext(harness.root, ['黎詠詩', 'Wing-sze', 'LAI Wing-sze', '1994年3月14日']);
  expect(walk.files).toBeGreaterThan(0);
  expect(walk.hits).toEqual([]);
});

test('interpreter mode is remembered: once chosen it opens directly after a restart, until the interpreter confirms leaving it for setup', async ({
  dossier,
  harness,
}) => {
  const { page, setup, t } = dossier;
  const interpreter = new InterpreterPage(page, t);
  await dossier.open();
  await expect(setup.heading).toBeVisible();
  expect(storedMode(harness.root)).toBeUndefined();
  await interpreter.choose.click();
  await expect(interpreter.heading).toBeVisible();
  await expect.poll(() => storedMode(harness.root)).toBe('interpreter');

  await harness.restartServices();
  await page.reload();
  await expect(interpreter.heading).toBeVisible();
  await expect(interpreter.heading).toBeFocused();
  await expect(setup.heading).toHaveCount(0);
  await expect(page.getByRole('navigation')).toHaveCount(0);

  // Leaving asks first; staying changes nothing.
  await page.getByRole('button', { name: t('interpreter.back') }).click();
  await expect(interpreter.leaveDialog).toBeVisible();
  await expect(interpreter.leaveDialog.getByRole('button', { name: t('interpreter.stay') })).toBeFocused();
  await interpreter.leaveDialog.getByRole('button', { name: t('interpreter.stay') }).click();
  await expect(interpreter.leaveDialog).toHaveCount(0);
  await expect(interpreter.heading).toBeVisible();
  expect(storedMode(harness.root)).toBe('interpreter');

  await interpreter.leave();
  await expect(setup.heading).toBeVisible();
  await expect.poll(() => storedMode(harness.root)).not.toBe('interpreter');

  await harness.restartServices();
  await page.reload();
  await expect(setup.heading).toBeVisible();
  await expect(interpreter.heading).toHaveCount(0);
});

test('the plaintext walk finds names written in UTF-8 or UTF-16LE (control for the test above)', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'dossier-walk-'));
  try {
    await writeFile(path.join(dir, 'a.bin'), Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from('lai wing-sze', 'utf8')]));
    await writeFile(path.join(dir, 'b.bin'), Buffer.from('x黎詠詩y', 'utf16le'));
    const walk = await findPlaintext(dir, ['黎詠詩', 'Wing-sze']);
    expect(walk.hits.map((hit) => `${hit.file}:${hit.needle}:${hit.encoding}`).toSorted()).toEqual([
      'a.bin:Wing-sze:utf8',
      'b.bin:黎詠詩:utf16le',
    ]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
