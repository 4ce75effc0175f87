import { copyFile, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, startAppSession, test, type AppSession } from './fixtures.ts';
import { createCase, createVault, lai, laiName, setCounselProfile } from './flows.ts';
import { InterpreterPage } from './pages/interpreter.ts';
import { StatementsPage, type StatementInput, type TranslatorInput } from './pages/statements.ts';
import { START_URL } from './serve.ts';
import { stringsFor } from './strings.ts';
import { fillCode } from './pages/code-picker.ts';

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(results.passes.length, 'axe ran its rules').toBeGreaterThan(10);
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** What the two people agreed by phone. */
const BUNDLE_PASSPHRASE = 'jade ferry lantern seventeen';

/** A 1×1 PNG, standing in for a scanned signature. */
const SIGNATURE_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

interface InterpreterSession extends AppSession {
  /** Where the next folder dialog of this session answers. */
  readonly outbox: string;
}

/**
 * The interpreter's own machine: a second app session with a fresh, empty data folder, its own
 * services and its own browser profile. Nothing is shared with the advocate's session but the
 * bundle files and the passphrase.
 */
async function interpreterSession(): Promise<InterpreterSession> {
  const session = await startAppSession();
  const outbox = path.join(session.root, 'outbox');
  await mkdir(outbox);
  session.dialog.directory = outbox;
  return { ...session, outbox };
}

/** The interpreter sends the response back: it lands in the advocate's own folder. */
async function deliver(file: string, folder: string): Promise<string> {
  const target = path.join(folder, path.basename(file));
  await copyFile(file, target);
  return target;
}

async function onlyFile(folder: string, prefix: string): Promise<string> {
  const files = (await readdir(folder)).filter((name) => name.startsWith(prefix));
  expect(files, `one ${prefix} file in the folder`).toHaveLength(1);
  return path.join(folder, files[0] ?? '');
}

/** The advocate seals the open statement's request into `outbox`; returns the file. */
async function sendOpenStatement(statements: StatementsPage, page: Page, outbox: string, shot: string): Promise<string> {
  const { t } = statements;
  await statements.editor.getByRole('button', { name: t('statements.handoff.send') }).click();
  const dialog = page.getByRole('dialog', { name: t('statements.handoff.sendTitle') });
  await expect(dialog.getByText(t('statements.handoff.byPhone'))).toBeVisible();
  // A mistyped confirmation is caught before anything is written.
  await dialog.getByLabel(t('statements.handoff.passphrase'), { exact: true }).fill(BUNDLE_PASSPHRASE);
  await dialog.getByLabel(t('statements.handoff.confirm'), { exact: true }).fill(`${BUNDLE_PASSPHRASE}!`);
  await dialog.getByRole('button', { name: t('statements.handoff.save') }).click();
  await expect(dialog.getByText(t('statements.handoff.mismatch'))).toBeVisible();
  expect(await readdir(outbox)).toEqual([]);
  await dialog.getByLabel(t('statements.handoff.confirm'), { exact: true }).fill(BUNDLE_PASSPHRASE);
  expect(await violations(page), 'send dialog').toEqual([]);
  await page.screenshot({ path: shot });
  await dialog.getByRole('button', { name: t('statements.handoff.save') }).click();
  await expect(dialog.getByTestId('handoff-status')).toContainText('translation-request-');
  await dialog.getByRole('button', { name: t('statements.handoff.done') }).click();
  return onlyFile(outbox, 'translation-request-');
}

/** In interpreter mode: open the request, translate every paragraph, sign, export; returns the response file. */
async function translateAsInterpreter(
  session: InterpreterSession,
  requestFile: string,
  translations: readonly string[],
  expected: { readonly lang: string; readonly dir: 'ltr' | 'rtl'; readonly name: string },
  shot: (name: string) => string,
): Promise<string> {
  const { page } = session;
  const t = stringsFor('en');
  const interpreter = new InterpreterPage(page, t);
  await page.goto(START_URL);
  await expect(page.getByRole('heading', { level: 1, name: t('setup.title') })).toBeVisible();
  await interpreter.choose.click();
  await expect(interpreter.heading).toBeVisible();
  // No case list, no vault: the interpreter's machine keeps nothing of the case.
  await expect(page.getByRole('navigation')).toHaveCount(0);
  expect(await violations(page), 'interpreter mode: open a request').toEqual([]);
  await page.screenshot({ path: shot('interpreter-open') });

  await interpreter.open(requestFile, 'not the passphrase at all');
  await expect(interpreter.error).toHaveText(t('statements.handoff.errors.WRONG_PASSPHRASE'));
  await interpreter.passphrase.fill(BUNDLE_PASSPHRASE);
  await interpreter.openButton.click();
  await expect(interpreter.workHeading).toBeVisible();
  await expect(interpreter.items).toHaveCount(1);
  const original = interpreter.cell('original', 1);
  await expect(original).toHaveAttribute('lang', expected.lang);
  await expect(original).toHaveAttribute('dir', expected.dir);
  for (const [i] of translations.entries()) {
    await expect(interpreter.cell('translation', i + 1)).toHaveValue('');
    await expect(interpreter.items.getByTestId('paragraph-row').nth(i).getByText(t('statements.pending'), { exact: true })).toBeVisible();
  }
  // The translator's name arrives from the advocate's registry; the declaration's wording from the rules.
  await expect(interpreter.field('statements.declaration.translatorName')).toHaveValue(expected.name);
  await expect(interpreter.field('statements.declaration.accuracy')).not.toHaveValue('');
  expect(await violations(page), 'interpreter mode: translating').toEqual([]);
  await page.screenshot({ path: shot('interpreter-translate'), fullPage: true });

  // Exporting with a paragraph left is refused, naming how many remain.
  await interpreter.exportButton.click();
  await expect(page.getByText(t('interpreter.problems.untranslated', { count: translations.length }))).toBeVisible();
  for (const [i, text] of translations.entries()) await interpreter.cell('translation', i + 1).fill(text);
  // Closing the request would lose the work: it asks first.
  await page.getByRole('button', { name: t('interpreter.openAnother') }).click();
  const closing = page.getByRole('dialog', { name: t('interpreter.closeTitle') });
  await closing.getByRole('button', { name: t('interpreter.keepWorking') }).click();
  await expect(closing).toHaveCount(0);
  await expect(interpreter.cell('translation', 1)).toHaveValue(translations[0] ?? '');
  await interpreter.field('interpreter.typedSignature').fill(expected.name);
  await interpreter.signatureImage.setInputFiles({ name: 'signature.png', mimeType: 'image/png', buffer: SIGNATURE_PNG });
  await expect(page.getByRole('img', { name: t('interpreter.signature.alt') })).toBeVisible();
  await page.screenshot({ path: shot('interpreter-signed'), fullPage: true });
  await interpreter.exportButton.click();
  await expect(interpreter.status).toContainText('translation-response-');
  return onlyFile(session.outbox, 'translation-response-');
}

/** The advocate imports the response; `accept` answers the changed-source question when it is asked. */
async function importResponse(statements: StatementsPage, page: Page, file: string): Promise<void> {
  const { t } = statements;
  await statements.form.getByRole('button', { name: t('statements.handoff.importButton') }).click();
  const dialog = page.getByRole('dialog', { name: t('statements.handoff.importTitle') });
  await dialog.getByLabel(t('statements.handoff.file'), { exact: true }).setInputFiles(file);
  await dialog.getByLabel(t('statements.handoff.passphrase'), { exact: true }).fill(BUNDLE_PASSPHRASE);
  await dialog.getByRole('button', { name: t('statements.handoff.import'), exact: true }).click();
}

const laiStatement: StatementInput = {
  title: 'Statement of LAI Wing-sze',
  lang: 'yue-Hant',
  dialect: 'Cantonese (Yue)',
  method: 'handwritten',
  dateWritten: { year: '2026', month: '3', day: '16', original: '2026年3月16日' },
  paragraphs: [
    ['我叫黎詠詩，一九九一年十一月二日出生。', ''],
    ['我去年十二月以旅客身份來到加拿大。', ''],
  ],
};
const laiEnglish = ['My name is LAI Wing-sze. I was born on 2 November 1991.', 'I came to Canada last December as a visitor.'];
const wong: TranslatorInput = {
  familyName: 'WONG',
  givenNames: 'Mei-ling',
  pairs: [{ from: 'yue-Hant', to: 'en', dialects: 'Cantonese' }],
  association: { name: 'ATIO', memberNo: 'ATIO-10442', certified: true },
};

test.use({ fixedNow: '2026-03-17T14:00:00.000Z' });

test('Case 1’s statement goes to the interpreter and back: a sealed request, interpreter mode in a fresh session, a signed response, and a changed original shown before anything is attached', async ({
  dossier,
  page,
  harness,
}, testInfo) => {
  test.setTimeout(240_000);
  const shot = (name: string) => testInfo.outputPath(`${name}.png`);
  const outbox = path.join(harness.root, 'outbox');
  await mkdir(outbox);
  harness.dialog.directory = outbox;

  await createVault(dossier);
  await createCase(dossier, lai, laiName);
  const { t, workspace } = dossier;
  const statements = new StatementsPage(page, t);
  await statements.open();
  await statements.addTranslator(wong);
  await statements.addStatement(laiStatement);
  await statements.certify({ translator: 'WONG Mei-ling', certification: 'ID_DECLARATION' });
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));
  const requestFile = await sendOpenStatement(statements, page, outbox, shot('advocate-send'));

  const session = await interpreterSession();
  let responseFile: string;
  try {
    const answered = await translateAsInterpreter(
      session,
      requestFile,
      laiEnglish,
      { lang: 'yue-Hant', dir: 'ltr', name: 'Mei-ling WONG' },
      shot,
    );
    responseFile = await deliver(answered, harness.root);
    expect(session.blocked, 'the interpreter session makes no request outside the app').toEqual([]);
    expect(session.pageErrors, 'no page errors in the interpreter session').toEqual([]);
  } finally {
    await session.close();
  }

  // Meanwhile the advocate corrected paragraph 2: the import shows the change and attaches nothing until accepted.
  const corrected = '我去年十二月二十日以旅客身份來到溫哥華。';
  await statements.cell('original', 2).fill(corrected);
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));
  await importResponse(statements, page, responseFile);
  const dialog = page.getByRole('dialog', { name: t('statements.handoff.importTitle') });
  const diff = dialog.getByTestId('paragraph-diff');
  await expect(diff).toContainText(corrected);
  await expect(diff).toContainText('我去年十二月以旅客身份來到加拿大。');
  expect(await violations(page), 'changed-source question').toEqual([]);
  await page.screenshot({ path: shot('advocate-changed-source') });
  await dialog.getByRole('button', { name: t('statements.handoff.keepCurrent') }).click();
  await expect(dialog).toHaveCount(0);
  await expect(statements.cell('translation', 1)).toHaveValue('');

  await importResponse(statements, page, responseFile);
  await dialog.getByRole('button', { name: t('statements.handoff.attachAnyway') }).click();
  await expect(statements.form.getByTestId('statements-status')).toHaveText(
    t('statements.handoff.attached', { titles: laiStatement.title }),
  );
  await expect(statements.cell('translation', 1)).toHaveValue(laiEnglish[0] ?? '');
  await expect(statements.cell('translation', 2)).toHaveValue(laiEnglish[1] ?? '');
  await expect(statements.field(statements.editor, 'statements.declaration.typedSignature')).toHaveValue('Mei-ling WONG');
  await expect(statements.editor.getByText(t('statements.declaration.signedWithImage'))).toBeVisible();
  await expect(statements.translatorCards).toHaveCount(1);
  await expect(workspace.saveStatus).not.toHaveText(t('save.invalid', { count: 1 }));
  await page.screenshot({ path: shot('advocate-attached'), fullPage: true });
});

test('a Persian statement goes out and comes back: right to left in interpreter mode, Latin names and the file number kept as typed', async ({
  dossier,
  page,
  harness,
}, testInfo) => {
  test.setTimeout(240_000);
  const shot = (name: string) => testInfo.outputPath(`persian-${name}.png`);
  const outbox = path.join(harness.root, 'outbox');
  await mkdir(outbox);
  harness.dialog.directory = outbox;

  await createVault(dossier);
  await createCase(
    dossier,
    { kind: 'detention-review', familyName: 'REZAEI', givenNames: 'Shirin', nameInScript: 'شیرین رضایی', script: 'Arab' },
    'REZAEI Shirin (شیرین رضایی)',
  );
  const { t } = dossier;
  const statements = new StatementsPage(page, t);
  await statements.open();
  await statements.addTranslator({ familyName: 'KARIMI', givenNames: 'Arash', pairs: [{ from: 'fa-IR', to: 'en', dialects: 'Farsi' }] });
  const persian = [
    'در تاریخ ۱۵ اسفند ۱۴۰۴ مأموران CBSA مرا در محل کارم بازداشت کردند. شماره پرونده من 0003-B6-04567 است.',
    'آقای Daniel MORRIS، صاحب‌کار سابقم، گفت که اگر با پلیس حرف بزنم مرا اخراج می‌کند.',
  ];
  await statements.addStatement({
    title: 'Statement of REZAEI Shirin',
    lang: 'fa-IR',
    dialect: 'Persian (Farsi)',
    paragraphs: persian.map((p) => [p, ''] as const),
  });
  await statements.certify({ translator: 'KARIMI Arash', certification: 'ID_DECLARATION' });
  const requestFile = await sendOpenStatement(statements, page, outbox, shot('advocate-send'));

  const english = [
    'On 15 Esfand 1404 (6 March 2026) CBSA officers arrested me at my workplace. My file number is 0003-B6-04567.',
    'Mr. Daniel MORRIS, my former employer, said that he would fire me if I spoke to the police.',
  ];
  const session = await interpreterSession();
  let responseFile: string;
  try {
    const answered = await translateAsInterpreter(session, requestFile, english, { lang: 'fa-IR', dir: 'rtl', name: 'Arash KARIMI' }, shot);
    responseFile = await deliver(answered, harness.root);
    // The original reaches the interpreter exactly as typed.
    const sent = new InterpreterPage(session.page, t).cell('original', 1);
    await expect(sent).toHaveText(persian[0] ?? '');
    // Read right to left, with the Latin letters and the file number isolated in their own order.
    await expect(sent.locator('span[dir="ltr"]')).toHaveText(['CBSA', '0003-B6-04567']);
    expect(session.pageErrors).toEqual([]);
  } finally {
    await session.close();
  }

  await importResponse(statements, page, responseFile);
  await expect(statements.form.getByTestId('statements-status')).toHaveText(
    t('statements.handoff.attached', { titles: 'Statement of REZAEI Shirin' }),
  );
  await expect(statements.cell('original', 1)).toHaveValue(persian[0] ?? '');
  await expect(statements.cell('translation', 1)).toHaveValue(english[0] ?? '');
  await expect(statements.cell('translation', 2)).toHaveValue(english[1] ?? '');
  await page.screenshot({ path: shot('advocate-attached'), fullPage: true });
});

test('a generated document, the client’s prep sheet, goes to the interpreter the same way and comes back as a document translation', async ({
  dossier,
  page,
  harness,
}, testInfo) => {
  test.setTimeout(180_000);
  const outbox = path.join(harness.root, 'outbox');
  await mkdir(outbox);
  harness.dialog.directory = outbox;
  await createVault(dossier);
  await createCase(dossier, lai, laiName);
  const { t } = dossier;
  const statements = new StatementsPage(page, t);
  await statements.open();
  const documents = statements.form.getByRole('region', { name: t('statements.documents.title') });
  await expect(documents.getByText(t('statements.documents.none'))).toBeVisible();
  await statements.field(documents, 'statements.documents.document').selectOption('client-prep-sheet');
  await fillCode(statements.field(documents, 'statements.documents.target'), 'yue-Hant');
  await documents.getByRole('button', { name: t('statements.handoff.send') }).click();
  const dialog = page.getByRole('dialog', { name: t('statements.handoff.sendTitle') });
  await expect(dialog.getByText(t('statements.documents.kinds.client-prep-sheet'))).toBeVisible();
  await dialog.getByLabel(t('statements.handoff.passphrase'), { exact: true }).fill(BUNDLE_PASSPHRASE);
  await dialog.getByLabel(t('statements.handoff.confirm'), { exact: true }).fill(BUNDLE_PASSPHRASE);
  await dialog.getByRole('button', { name: t('statements.handoff.save') }).click();
  // The prep sheet is written on counsel's letterhead: without a counsel profile there is nothing to send, and nothing is written.
  await expect(dialog.getByTestId('handoff-error')).toHaveText(t('statements.handoff.errors.counselProfile'));
  expect(await readdir(outbox)).toEqual([]);
  await dialog.getByRole('button', { name: t('common.cancel') }).click();
  await setCounselProfile(dossier);
  await dossier.cases.open(laiName);
  await statements.open();
  await fillCode(statements.field(documents, 'statements.documents.target'), 'yue-Hant');
  await documents.getByRole('button', { name: t('statements.handoff.send') }).click();
  await dialog.getByLabel(t('statements.handoff.passphrase'), { exact: true }).fill(BUNDLE_PASSPHRASE);
  await dialog.getByLabel(t('statements.handoff.confirm'), { exact: true }).fill(BUNDLE_PASSPHRASE);
  await dialog.getByRole('button', { name: t('statements.handoff.save') }).click();
  await expect(dialog.getByTestId('handoff-status')).toContainText('translation-request-');
  await dialog.getByRole('button', { name: t('statements.handoff.done') }).click();
  const requestFile = await onlyFile(outbox, 'translation-request-');

  const session = await interpreterSession();
  let responseFile: string;
  try {
    const interpreter = new InterpreterPage(session.page, t);
    await session.page.goto(START_URL);
    await interpreter.choose.click();
    await interpreter.open(requestFile, BUNDLE_PASSPHRASE);
    await expect(interpreter.workHeading).toBeVisible();
    const rows = interpreter.items.getByTestId('paragraph-row');
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    // The document is English, read to the client in Cantonese: the translation cells are set in Chinese.
    await expect(interpreter.cell('translation', 1)).toHaveAttribute('lang', 'yue-Hant');
    for (let n = 1; n <= count; n += 1) {
      const original = await interpreter.cell('original', n).textContent();
      if ((original ?? '').trim() !== '') await interpreter.cell('translation', n).fill(`第${n}段`);
    }
    await interpreter.field('client.familyName').fill('WONG');
    await interpreter.field('client.givenNames').fill('Mei-ling');
    await interpreter.field('statements.declaration.translatorName').fill('Mei-ling WONG');
    await session.page.screenshot({ path: testInfo.outputPath('prep-sheet-interpreter.png'), fullPage: true });
    await interpreter.exportButton.click();
    await expect(interpreter.status).toContainText('translation-response-');
    responseFile = await deliver(await onlyFile(session.outbox, 'translation-response-'), harness.root);
    expect(session.pageErrors).toEqual([]);
  } finally {
    await session.close();
  }

  await importResponse(statements, page, responseFile);
  await expect(statements.form.getByTestId('statements-status')).toHaveText(
    t('statements.handoff.attached', { titles: t('statements.documents.kinds.client-prep-sheet') }),
  );
  await expect(documents.getByTestId('document-translations')).toContainText(t('statements.documents.kinds.client-prep-sheet'));
  await expect(documents.getByTestId('document-translations')).toContainText('WONG Mei-ling');
});
