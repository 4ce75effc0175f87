import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { textPdf } from '../fixtures/exhibits/make-exhibits.ts';
import { case1Episode, chan, conditions, exhibits, factors, review48, review7 } from './case1-data.ts';
import { expect, test } from './fixtures.ts';
import { createCase, createVault, lai, laiName, setCounselProfile } from './flows.ts';
import { DetentionPage } from './pages/detention.ts';
import { PseudonymPage } from './pages/pseudonym.ts';
import { ReleasePlanPage } from './pages/release-plan.ts';

/**
 * Every form of Case 1's real name, read from text a PDF reader extracted: no-break spaces and
 * hyphens (names are kept whole on the page) read as plain ones, and the Chinese name found even
 * when the reader puts spaces between its characters.
 */
function realNamesIn(text: string): string[] {
  const plain = text.replace(/[\u00a0\u202f]/gu, ' ').replace(/[\u2010\u2011]/gu, '-');
  const found: string[] = [];
  if (/\bLAI\b/iu.test(plain)) found.push('family name');
  if (/\bWing\s*-?\s*sze\b/iu.test(plain)) found.push('given names');
  if (plain.replace(/\s+/gu, '').includes('黎詠詩')) found.push('name in script');
  return found;
}

/** The lines of a text that hold a form of the real name, so a failure shows where. */
const linesWithRealName = (text: string): string[] => text.split('\n').filter((line) => realNamesIn(line).length > 0);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

const updateProofs = process.env['UPDATE_PROOFS'] === '1';
const proofDir = path.resolve(import.meta.dirname, '../../docs/proof');

test.use({ fixedNow: '2026-03-17T14:00:00.000Z' });

test("A pseudonym set on the client form replaces every form of the client's name in the release-plan packet: text, bookmarks, metadata and file names; the build lists what is left", async ({
  dossier,
  page,
  harness,
}, testInfo) => {
  test.setTimeout(360_000);
  await createVault(dossier);
  await setCounselProfile(dossier);
  await createCase(dossier, lai, laiName);
  const { workspace, t } = dossier;

  // The pseudonym, with its help text saying where it is used.
  await workspace.tab('client').click();
  const pseudonym = new PseudonymPage(page, t);
  await expect(pseudonym.field).toHaveAccessibleDescription(t('client.pseudonymHint'));
  await pseudonym.field.fill('W.S.L.');
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));
  await pseudonym.field.screenshot({ path: testInfo.outputPath('pseudonym-field.png') });
  await page.screenshot({ path: testInfo.outputPath('pseudonym-client-form.png'), fullPage: true });

  // Case 1's detention, exhibits and release plan; CHAN's supervision plan, as typed, says "Ms. Lai".
  const detention = new DetentionPage(page, t);
  await detention.open();
  await detention.enterEpisode(case1Episode);
  await detention.addReview(review48);
  await detention.addReview(review7);
  await workspace.tab('exhibits').click();
  await workspace.exhibits.drop(
    await Promise.all(
      Object.values(exhibits).map(async (title) => ({ name: `${title}.pdf`, mimeType: 'application/pdf', bytes: await textPdf(title, 1) })),
    ),
  );
  await expect(workspace.exhibits.rows).toHaveCount(4);
  const plan = new ReleasePlanPage(page, t);
  await plan.open();
  const card = await plan.addBondsperson(chan);
  await plan.setResidence({ host: 'CHAN Kwok-wai', tenure: 'lease', proof: [exhibits.lease] });
  for (const condition of conditions.slice(0, 2)) await plan.addCondition(condition);
  await plan.setGroundResponse('FLIGHT', 'She will live with a citizen cousin who supervises her daily.');
  await plan.setFactor('e', factors.e, [exhibits.t4, exhibits.bank, exhibits.lease]);
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));

  // The release-plan packet, built from the Packets tab: the outcome lists where her name is left, and why.
  await workspace.tab('packets').click();
  const packets = workspace.packets;
  await expect(packets.preset).toHaveValue('detention-release-plan');
  const firstDir = path.join(harness.root, 'pseudonym-first');
  await mkdir(firstDir);
  harness.dialog.directory = firstDir;
  await packets.build.click();
  await expect(packets.outcome).toContainText(t('packets.done', { count: 1 }), { timeout: 150_000 });
  await expect(pseudonym.report).toContainText(t('pseudonym.reportTitle', { count: 2 }));
  const typed = { forms: t('pseudonym.form.family'), reason: t('pseudonym.reason.entered-text') };
  await expect(pseudonym.reportItems).toHaveText([
    t('pseudonym.entry', { where: t('pseudonym.where.document', { tab: '1', title: 'Release plan — W.S.L.' }), ...typed }),
    new RegExp(
      `^${escape(t('pseudonym.where.document', { tab: '2', title: 'Statutory declaration of CHAN Kwok-wai' }))}.* — ${escape(typed.forms)}`,
      'u',
    ),
    `${t('pseudonym.where.exhibits')} — ${t('pseudonym.reason.not-checked')}`,
  ]);
  const firstManifest = await readFile(path.join(firstDir, 'manifest.json'), 'utf8');
  expect(realNamesIn(firstManifest), 'the report never repeats the name').toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('pseudonym-outcome-typed.png'), fullPage: true });

  // Counsel writes the pseudonym in the supervision plan too, and builds again.
  await packets.dismiss.click();
  await plan.open();
  await plan
    .field(card, 'releasePlan.person.supervisionPlan')
    .fill("W.S.L. will live in the spare room at Mr. Chan's home. He will see her every day and go with her to every CBSA appointment.");
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));
  await workspace.tab('packets').click();
  const outDir = path.join(harness.root, 'pseudonym-out');
  await mkdir(outDir);
  harness.dialog.directory = outDir;
  await packets.build.click();
  await expect(packets.outcome).toContainText(t('packets.done', { count: 1 }), { timeout: 150_000 });

  // Every document of this packet is filed with the Immigration Division: none shows her name.
  const files = await readdir(outDir);
  for (const name of files) expect(realNamesIn(name), name).toEqual([]);
  const pdfs = files.filter((name) => name.endsWith('.pdf'));
  expect(pdfs).toHaveLength(1);
  const packet = path.join(outDir, pdfs[0] ?? '');
  const text = execFileSync('pdftotext', ['-layout', packet, '-'], { encoding: 'utf8' });
  expect(linesWithRealName(text), 'packet text').toEqual([]);
  expect(realNamesIn(text.replace(/\n/gu, ' ')), 'packet text').toEqual([]);
  expect(text).toContain('W.S.L.');
  expect(text).toContain('CHAN Kwok-wai');
  const info = execFileSync('pdfinfo', [packet], { encoding: 'utf8' });
  expect(realNamesIn(info), 'PDF metadata').toEqual([]);
  const outline = execFileSync('qpdf', ['--json', '--json-key=outlines', packet], { encoding: 'utf8' });
  expect(outline).toContain('Release plan — W.S.L.');
  expect(realNamesIn(outline), 'bookmarks').toEqual([]);
  const manifestText = await readFile(path.join(outDir, 'manifest.json'), 'utf8');
  expect(realNamesIn(manifestText), 'manifest').toEqual([]);
  const manifest = JSON.parse(manifestText) as { inputs: { key: string; firstPage: number; lastPage: number }[]; realName: unknown[] };
  expect(manifest.realName).toEqual([{ place: 'exhibits', tab: '', title: '', forms: [], reason: 'not-checked' }]);

  // The outcome says so in the UI language, and that the exhibits were not searched.
  await expect(pseudonym.report).toContainText(t('pseudonym.reportNone'));
  await expect(pseudonym.reportItems).toHaveText([`${t('pseudonym.where.exhibits')} — ${t('pseudonym.reason.not-checked')}`]);
  await page.screenshot({ path: testInfo.outputPath('pseudonym-outcome.png'), fullPage: true });

  // In French, the same outcome in French.
  await dossier.switchLanguage('fr');
  const fr = dossier.t;
  await expect(pseudonym.report).toContainText(fr('pseudonym.reportNone'));
  await expect(pseudonym.reportItems).toHaveText([`${fr('pseudonym.where.exhibits')} — ${fr('pseudonym.reason.not-checked')}`]);
  await page.screenshot({ path: testInfo.outputPath('pseudonym-outcome-fr.png'), fullPage: true });

  if (updateProofs) {
    const listPage = (manifest.inputs[0]?.lastPage ?? 1) + 1;
    const proof = (n: number, name: string) =>
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(n), '-l', String(n), '-singlefile', packet, path.join(proofDir, name)]);
    proof(1, 'pseudonym-cover-letter');
    proof(listPage, 'pseudonym-list');
    proof(manifest.inputs[1]?.firstPage ?? listPage + 1, 'pseudonym-release-plan');
  }
});
