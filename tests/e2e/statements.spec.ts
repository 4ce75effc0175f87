import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { createCase, createVault, lai, laiName, PASSPHRASE } from './flows.ts';
import { dayField, fillDay } from './pages/day-field.ts';
import { StatementsPage } from './pages/statements.ts';

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(results.passes.length, 'axe ran its rules').toBeGreaterThan(10);
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Case 1's handwritten statement (domain facts §10) and its English translation. */
const laiStatement = {
  title: 'Statement of LAI Wing-sze',
  lang: 'yue-Hant',
  dialect: 'Cantonese (Yue)',
  method: 'handwritten' as const,
  dateWritten: { year: '2026', month: '3', day: '16', original: '2026年3月16日' },
  paragraphs: [
    ['我叫黎詠詩，一九九一年十一月二日出生。', 'My name is LAI Wing-sze. I was born on 2 November 1991.'],
    ['我去年十二月以旅客身份來到加拿大。', 'I came to Canada last December as a visitor.'],
  ] as const,
};

const wong = {
  familyName: 'WONG',
  givenNames: 'Mei-ling',
  relationship: 'none',
  phone: '416-555-0199',
  pairs: [{ from: 'yue-Hant', to: 'en' as const, dialects: 'Cantonese' }],
  association: { name: 'ATIO', memberNo: 'ATIO-10442', certified: true, stamp: 'Certified Translator · ATIO 10442' },
};

test.use({ fixedNow: '2026-03-17T14:00:00.000Z' });

test('Case 1’s statement entered side by side with its translation by WONG Mei-ling, certified for the ID; the client’s sister is refused for IRCC with the rule cited', async ({
  dossier,
  page,
  harness,
}, testInfo) => {
  test.setTimeout(180_000);
  await createVault(dossier);
  await createCase(dossier, lai, laiName);
  const { workspace, t } = dossier;
  const statements = new StatementsPage(page, t);
  await statements.open();
  await expect(statements.form.getByText(t('statements.empty'))).toBeVisible();
  await expect(statements.form.getByText(t('translators.empty'))).toBeVisible();
  expect(await violations(page), 'empty Statements tab').toEqual([]);

  const wongCard = await statements.addTranslator(wong);
  await expect(wongCard).toHaveAccessibleName(`${t('translators.translatorN', { n: 1 })} — WONG Mei-ling`);
  await expect(wongCard.getByText(t('translators.certifiedBadge'), { exact: true })).toBeVisible();

  await statements.addStatement(laiStatement);
  await expect(statements.paragraphRows).toHaveCount(2);
  // The original is set in its language so input methods and fonts behave, left to right for Chinese.
  const original = statements.cell('original', 1);
  await expect(original).toHaveAttribute('lang', 'yue-Hant');
  await expect(original).toHaveAttribute('dir', 'ltr');
  await expect(statements.cell('translation', 1)).toHaveAttribute('lang', 'en');
  await expect(statements.editor.getByTestId('translation-progress')).toHaveText(t('statements.progressDone', { count: 2 }));

  // A third paragraph typed without its translation is visibly pending; removing it keeps both sides aligned.
  // By keyboard: Add paragraph puts the caret in the new row's original.
  await statements.editor.getByRole('button', { name: t('statements.addParagraph') }).focus();
  await page.keyboard.press('Enter');
  await expect(statements.cell('original', 3)).toBeFocused();
  await page.keyboard.type('我想留在加拿大。');
  await expect(statements.paragraphRows.nth(2).getByText(t('statements.pending'), { exact: true })).toBeVisible();
  await expect(statements.cell('translation', 3)).toHaveAttribute('placeholder', t('statements.pendingPlaceholder'));
  await expect(statements.editor.getByTestId('translation-progress')).toHaveText(t('statements.progress', { done: 2, total: 3 }));
  await statements.editor.getByRole('button', { name: t('statements.removeParagraph', { n: 3 }) }).click();
  const confirm = page.getByRole('dialog', { name: t('statements.removeParagraphTitle', { n: 3 }) });
  await confirm.getByRole('button', { name: t('statements.removeParagraphConfirm') }).click();
  await expect(statements.paragraphRows).toHaveCount(2);
  await expect(statements.cell('translation', 2)).toHaveValue(laiStatement.paragraphs[1][1]);

  // The translation: WONG, for the Immigration Division (the case's forum), with the ID declaration.
  await statements.certify({ translator: 'WONG Mei-ling', certification: 'ID_DECLARATION' });
  await expect(statements.findings).toContainText(
    t('statements.findings.accepts', {
      destination: t('statements.destinations.IRB-ID'),
      kinds: [t('statements.certifications.ID_DECLARATION'), t('statements.certifications.RPD_DECLARATION')].join(
        t('statements.findings.or'),
      ),
    }),
  );
  // The declaration still lacks its parts, and says which, citing ID Rules r.25(3).
  await expect(statements.findingItems.filter({ hasText: 'ID Rules r.25(3)' }).first()).toBeVisible();
  await statements.editor.getByRole('button', { name: t('statements.declaration.fill') }).click();
  await expect(statements.field(statements.editor, 'statements.declaration.translatorName')).toHaveValue('WONG Mei-ling');
  await expect(statements.field(statements.editor, 'statements.declaration.languageAndDialect')).toHaveValue(/Cantonese/);
  await statements.field(statements.editor, 'statements.declaration.typedSignature').fill('WONG Mei-ling');
  await fillDay(dayField(statements.editor, t('statements.declaration.signedAt')), '2026-03-16');
  await expect(statements.findings.getByText(t('statements.findings.none'))).toBeVisible();
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));
  expect(await violations(page), 'statement with its certification').toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('statements-case1-en.png'), fullPage: true });

  // The client's sister as a translator, for IRCC: refused at the translator field, with the rule cited.
  await statements.addTranslator({ familyName: 'LAI', givenNames: 'Wing-yan', relationship: 'sister', isFamilyOfClient: true });
  await statements.certify({ translator: 'LAI Wing-yan', destination: 'IRCC', certification: 'IRCC_AFFIDAVIT' });
  const refusal = t('validation.translation.translator-is-family');
  await expect(statements.field(statements.editor, 'statements.translator')).toHaveAttribute('aria-invalid', 'true');
  await expect(statements.editor.getByText(refusal)).toBeVisible();
  const refused = statements.findingItems.filter({ hasText: t('statements.findings.rules.ircc-translator-is-family') });
  await expect(refused).toContainText(t('statements.findings.effect.refuse'));
  await expect(refused).toContainText('IRCC application guides');
  await expect(workspace.saveStatus).toContainText(t('save.invalid', { count: 1 }).slice(0, 10));
  expect(await violations(page), 'a refused translator').toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('statements-refused-en.png'), fullPage: true });

  // WONG for IRCC: a certified member needs no affidavit; the ID declaration alone is refused there.
  await statements.certify({ translator: 'WONG Mei-ling' });
  await expect(statements.findingItems.filter({ hasText: t('statements.findings.rules.ircc-member-needs-no-affidavit') })).toBeVisible();
  await statements.certify({ certification: 'ID_DECLARATION' });
  await expect(statements.editor.getByText(t('validation.translation.certification-not-accepted'))).toBeVisible();
  await statements.certify({ destination: 'IRB-ID' });
  await expect(statements.findings.getByText(t('statements.findings.none'))).toBeVisible();
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));

  // Everything typed survives a restart.
  await harness.restartServices();
  await page.reload();
  await dossier.unlock.unlock(PASSPHRASE);
  await dossier.cases.open(laiName);
  await statements.open();
  await expect(statements.rows).toHaveCount(1);
  await statements.rows
    .first()
    .getByRole('button', { name: new RegExp(`^${t('statements.edit')}`) })
    .click();
  await expect(statements.cell('original', 2)).toHaveValue(laiStatement.paragraphs[1][0]);
  await expect(statements.cell('translation', 1)).toHaveValue(laiStatement.paragraphs[0][1]);
  await expect(statements.field(statements.editor, 'statements.translator')).toHaveValue(/p-/);
  await expect(statements.translatorCards).toHaveCount(2);

  // A French translation beside the English one, and the typed transcription of the handwritten original.
  const french = t('statements.targetLangs.fr');
  await statements.editor.getByRole('button', { name: t('statementTranslations.add', { language: french }) }).click();
  const english = t('statements.targetLangs.en');
  const showButton = (language: string) =>
    statements.editor.getByRole('button', { name: t('statementTranslations.show', { language }), exact: true });
  await expect(showButton(french)).toHaveAttribute('aria-pressed', 'true');
  await expect(showButton(english)).toHaveAttribute('aria-pressed', 'false');
  // The pressed one is marked by more than an attribute: an underline bar a sighted user sees.
  await expect(showButton(french)).toHaveCSS('box-shadow', /inset/);
  await expect(showButton(english)).toHaveCSS('box-shadow', 'none');
  await statements.editor.getByTestId('translation-tabs').screenshot({ path: testInfo.outputPath('translation-tabs-en.png') });
  await statements.cell('translation', 1).fill('Je m’appelle LAI Wing-sze.');
  await statements.editor.getByRole('button', { name: t('statementTranslations.addTranscription') }).click();
  await statements.editor.getByLabel(t('statementTranslations.transcriber'), { exact: true }).fill('WONG Mei-ling');
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));
  await page.screenshot({ path: testInfo.outputPath('statements-two-translations-en.png'), fullPage: true });
  await showButton(english).click();
  await expect(showButton(english)).toHaveAttribute('aria-pressed', 'true');
  await expect(statements.cell('translation', 1)).toHaveValue(laiStatement.paragraphs[0][1]);
  await expect(statements.rows.first()).toContainText('fr');
});

test('a Persian statement runs right to left with Latin names and digits in order, its Solar Hijri dates shown as Gregorian days', async ({
  dossier,
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await createVault(dossier);
  await createCase(
    dossier,
    { kind: 'detention-review', familyName: 'REZAEI', givenNames: 'Shirin', nameInScript: 'شیرین رضایی', script: 'Arab' },
    'REZAEI Shirin (شیرین رضایی)',
  );
  const { t } = dossier;
  const statements = new StatementsPage(page, t);
  await statements.open();
  await statements.addStatement({
    title: 'Statement of REZAEI Shirin',
    lang: 'fa-IR',
    dialect: 'Persian (Farsi)',
    method: 'typed',
    dateWritten: { calendar: 'solar-hijri', year: '1404', month: '12', day: '20', original: '۲۰ اسفند ۱۴۰۴' },
    paragraphs: [
      [
        'در تاریخ ۱۵ اسفند ۱۴۰۴ مأموران CBSA مرا در محل کارم بازداشت کردند. شماره پرونده من 0003-B6-04567 است.',
        'On 15 Esfand 1404 (6 March 2026) CBSA officers arrested me at my workplace. My file number is 0003-B6-04567.',
      ],
      ['آقای Daniel MORRIS، صاحب‌کار سابقم، گفت که اگر با پلیس حرف بزنم مرا اخراج می‌کند.', ''],
    ],
  });
  const original = statements.cell('original', 1);
  await expect(original).toHaveAttribute('dir', 'rtl');
  await expect(original).toHaveAttribute('lang', 'fa-IR');
  await expect(statements.cell('translation', 1)).toHaveAttribute('dir', 'ltr');
  await expect(statements.paragraphRows.nth(1).getByText(t('statements.pending'), { exact: true })).toBeVisible();
  // The text box shows the raw bidirectional order; beneath it, the paragraph as printed keeps the file number in its own order.
  await expect(
    statements.paragraphRows.first().getByTestId('as-printed').locator('span[dir="ltr"]', { hasText: '0003-B6-04567' }),
  ).toHaveCount(1);
  // Solar Hijri 20 Esfand 1404 is 11 March 2026.
  await expect(statements.group(statements.editor, 'statements.dateWritten').getByTestId('gregorian-range')).toContainText('2026');

  // A date selected in the original is recorded word for word, in Solar Hijri, with its Gregorian day beside the paragraph.
  await original.evaluate((area: { value: string; setSelectionRange(start: number, end: number): void; focus(): void }) => {
    const words = '۱۵ اسفند ۱۴۰۴';
    const start = area.value.indexOf(words);
    area.focus();
    area.setSelectionRange(start, start + words.length);
  });
  await statements.editor.getByRole('button', { name: t('statements.dates.add') }).click();
  const dateRow = statements.editor.getByRole('group', { name: t('statements.dates.dateN', { n: 1 }), exact: true });
  await expect(dateRow.getByLabel(t('date.original'), { exact: true })).toHaveValue('۱۵ اسفند ۱۴۰۴');
  await expect(dateRow.getByLabel(t('date.calendar'), { exact: true })).toHaveValue('solar-hijri');
  await statements.fillDate(dateRow, { year: '1404', month: '12', day: '15' });
  await expect(statements.paragraphRows.first().getByRole('list', { name: t('statements.dates.inParagraph') })).toContainText(
    'March 6, 2026',
  );
  expect(await violations(page), 'Persian statement').toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('statements-persian-en.png'), fullPage: true });
});
