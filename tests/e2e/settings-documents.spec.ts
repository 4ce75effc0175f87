import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import sharp from 'sharp';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { createCase, createVault, lai, laiName, PASSPHRASE, counsel } from './flows.ts';
import { CounselPage } from './pages/counsel.ts';
import { TemplatesPage } from './pages/templates.ts';

/**
 * The preview frame is sandboxed without scripts, so axe cannot run inside it (and trying is
 * logged as an error): it checks the app around it. The preview is the document, not the UI.
 */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .options({ iframes: false })
    .exclude('[data-testid="template-preview"]')
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Pictures for the docs are rewritten only on request (UPDATE_SCREENSHOTS=1), as in screenshots.spec.ts. */
const updateDocs = process.env['UPDATE_SCREENSHOTS'] === '1';
const docsDir = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

test.use({ fixedNow: '2026-11-23T19:20:00.000Z' });

test('the counsel profile is validated, saved and kept; a template is previewed with a case, edited with its errors shown, saved and reset', async ({
  dossier,
  page,
  harness,
}, testInfo) => {
  test.setTimeout(120_000);
  await createVault(dossier);
  await createCase(dossier, lai, laiName);
  await dossier.goToSettings();
  const t = dossier.t;

  // Counsel profile: an empty save names the missing fields.
  const profile = new CounselPage(page, t);
  await profile.open();
  await expect(profile.status).toHaveText(t('counsel.empty'));
  await profile.save.click();
  await expect(profile.status).toHaveText(t('counsel.invalid', { count: 3 }));
  await expect(page.getByText(t('counsel.errors.name'))).toBeVisible();
  await expect(page.getByText(t('counsel.errors.firm'))).toBeVisible();
  await expect(page.getByText(t('counsel.errors.address'))).toBeVisible();
  await expect(profile.field('name')).toHaveAttribute('aria-invalid', 'true');
  expect(await violations(page), 'counsel profile with errors').toEqual([]);

  await profile.fill(counsel);
  await expect(profile.status).toHaveText(t('counsel.unsaved'));
  await profile.save.click();
  await expect(profile.status).toHaveText(t('counsel.saved'));
  await expect(page.getByText(t('counsel.errors.name'))).toHaveCount(0);
  expect(await violations(page), 'counsel profile saved').toEqual([]);
  await page.screenshot({
    path: updateDocs ? path.join(docsDir, 'settings-counsel-en.png') : testInfo.outputPath('settings-counsel-en.png'),
    fullPage: true,
  });

  // Signature image: chosen, cleaned by the main process and previewed; a file that is not an image is refused.
  const signatureInput = page.getByLabel(t('counsel.signature.label'), { exact: true });
  await signatureInput.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not an image') });
  await expect(page.getByText(t('counsel.signature.type'))).toBeVisible();
  const drawn = await sharp(
    Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="200"><path d="M30 150 C 90 10, 150 20, 190 120 S 300 180, 340 60 S 470 40, 570 140" stroke="#1a237e" stroke-width="8" fill="none"/></svg>',
    ),
  )
    .png()
    .toBuffer();
  await signatureInput.setInputFiles({ name: 'signature.png', mimeType: 'image/png', buffer: drawn });
  const preview = page.getByTestId('counsel-signature-preview').getByRole('img', { name: t('counsel.signature.alt') });
  await expect(preview).toBeVisible();
  await expect(preview).toHaveAttribute('src', /^data:image\/png;base64,/u);
  await expect(page.getByText(t('counsel.signature.type'))).toHaveCount(0);
  expect(await violations(page), 'counsel signature previewed').toEqual([]);

  // Still there after the app restarts.
  await harness.restartServices();
  await page.reload();
  await dossier.unlock.unlock(PASSPHRASE);
  await expect(dossier.cases.heading).toBeVisible();
  await dossier.goToSettings();
  await profile.open();
  await expect(profile.status).toHaveText(t('counsel.stored'));
  await expect(profile.field('firm')).toHaveValue(counsel.firm);
  await expect(profile.field('address')).toHaveValue(counsel.address.join('\n'));
  await expect(profile.field('lawSocietyNumber')).toHaveValue(counsel.lawSocietyNumber);
  await expect(page.getByTestId('counsel-signature-preview').getByRole('img', { name: t('counsel.signature.alt') })).toBeVisible();

  // Templates: the letter, built in, previewed with the case.
  const templates = new TemplatesPage(page, t);
  await templates.open();
  await templates.item('letter', 'en').click();
  await expect(templates.item('letter', 'en')).toHaveAttribute('aria-current', 'true');
  await expect(templates.item('letter', 'en')).toContainText(t('templates.builtIn'));
  await expect(templates.status).toHaveText(t('templates.builtIn'));
  await expect(templates.text).toHaveValue(/\{\{> letterhead\}\}/);
  await expect(templates.preview.locator('body')).toContainText(counsel.firm);
  await expect(templates.preview.locator('body')).toContainText('LAI Wing-sze');
  expect(await violations(page), 'templates, built-in letter').toEqual([]);
  await page.screenshot({
    path: updateDocs ? path.join(docsDir, 'settings-templates-en.png') : testInfo.outputPath('settings-templates-en.png'),
    fullPage: true,
  });

  // Duplicate, then misspell a field: the error names its line, and clicking it moves the caret there.
  await templates.button('duplicate').click();
  await expect(templates.text).toBeEditable();
  const builtIn = await templates.text.inputValue();
  const lines = builtIn.split('\n');
  const badLine = lines.findIndex((line) => line.startsWith('**Re: {{client.displayName}}')) + 1;
  expect(badLine).toBeGreaterThan(1);
  await templates.text.fill(builtIn.replace('**Re: {{client.displayName}}', '**Re: {{client.nmae}}'));
  await expect(templates.problems).toHaveCount(1);
  await expect(templates.problems.first()).toContainText(t('templates.at', { line: badLine, column: 7 }));
  await expect(templates.problems.first()).toContainText(t('templates.problem.unknownField', { field: '{{client.nmae}}' }));
  await expect(templates.previewFrame).toHaveCount(0);
  expect(await violations(page), 'template with an error').toEqual([]);

  // Saving now is refused with the same problem.
  await templates.button('save').click();
  await expect(templates.message).toHaveText(t('templates.refused', { count: 1 }));

  await templates.problems.first().click();
  await expect(templates.text).toBeFocused();
  const caretLine = await templates.text.evaluate((el) => {
    const area = el as unknown as { readonly value: string; readonly selectionStart: number };
    return area.value.slice(0, area.selectionStart).split('\n').length;
  });
  expect(caretLine).toBe(badLine);

  // Fixed and saved: the preview follows, the template is marked edited.
  const fixed = builtIn.replace('**Re: {{client.displayName}}**', '**Re: {{client.displayName}} (edited)**');
  await templates.text.fill(fixed);
  await expect(templates.problems).toHaveCount(0);
  await expect(templates.preview.locator('body')).toContainText('(edited)');
  await templates.button('save').click();
  await expect(templates.message).toHaveText(
    t('templates.saved', { name: t('templates.name', { name: t('templates.names.letter'), language: t('templates.lang.en') }) }),
  );
  await expect(templates.status).toHaveText(t('templates.edited'));
  await expect(templates.item('letter', 'en')).toContainText(t('templates.edited'));
  await expect(templates.text).not.toBeEditable();
  await expect(templates.text).toHaveValue(fixed);

  // Kept in the vault: still edited after the app restarts and the vault is unlocked again.
  await harness.restartServices();
  await page.reload();
  await dossier.unlock.unlock(PASSPHRASE);
  await dossier.goToSettings();
  await templates.open();
  await templates.item('letter', 'en').click();
  await expect(templates.status).toHaveText(t('templates.edited'));
  await expect(templates.text).toHaveValue(fixed);
  await expect(templates.preview.locator('body')).toContainText('(edited)');

  // Reset to default, confirmed in a dialog.
  await templates.button('reset').click();
  await expect(templates.dialog).toBeVisible();
  expect(await violations(page), 'reset dialog').toEqual([]);
  await templates.dialog.getByRole('button', { name: t('templates.resetConfirm') }).click();
  await expect(templates.dialog).toHaveCount(0);
  await expect(templates.status).toHaveText(t('templates.builtIn'));
  await expect(templates.text).toHaveValue(builtIn);
  await expect(templates.preview.locator('body')).not.toContainText('(edited)');
  await expect(templates.preview.locator('body')).toContainText(counsel.firm);
});

test('the counsel profile and templates screens are accessible in French and work from the keyboard', async ({ dossier, page }) => {
  await createVault(dossier);
  await createCase(dossier, lai, laiName);
  await dossier.switchLanguage('fr');
  await dossier.goToSettings();
  const t = dossier.t;

  const profile = new CounselPage(page, t);
  await profile.open();
  await expect(profile.status).toHaveText(t('counsel.empty'));
  await profile.save.click();
  await expect(page.getByText(t('counsel.errors.firm'))).toBeVisible();
  expect(await violations(page), 'profil du conseil avec erreurs').toEqual([]);
  await profile.fill(counsel);
  await profile.field('lawSocietyNumber').press('Enter');
  await expect(profile.status).toHaveText(t('counsel.saved'));
  expect(await violations(page), 'profil du conseil').toEqual([]);

  // Tabs by arrow keys, then the template list by Tab and Enter.
  await profile.tab.focus();
  await page.keyboard.press('ArrowRight');
  const templates = new TemplatesPage(page, t);
  await expect(templates.tab).toBeFocused();
  await expect(templates.tab).toHaveAttribute('aria-selected', 'true');
  await templates.item('letter', 'fr').focus();
  await page.keyboard.press('Enter');
  await expect(templates.item('letter', 'fr')).toHaveAttribute('aria-current', 'true');
  await expect(templates.preview.locator('body')).toContainText(counsel.firm);
  await expect(templates.preview.locator('html')).toHaveAttribute('lang', 'fr');
  expect(await violations(page), 'modèles').toEqual([]);

  await templates.button('duplicate').focus();
  await page.keyboard.press('Enter');
  await expect(templates.text).toBeEditable();
  const text = await templates.text.inputValue();
  await templates.text.fill(text.replace('{{client.displayName}}**', '{{client.nmae}}**'));
  await expect(templates.problems.first()).toContainText(t('templates.problem.unknownField', { field: '{{client.nmae}}' }));
  expect(await violations(page), 'modèle avec une erreur').toEqual([]);
});
