import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { case1Episode, review7 } from './case1-data.ts';
import { expect, test } from './fixtures.ts';
import { createCase, lai, laiName, PASSPHRASE, setCounselProfile, skipCounselStep } from './flows.ts';
import type { DossierApp } from './pages/app.ts';
import { DetentionPage } from './pages/detention.ts';
import { FrenchFilingPage } from './pages/french-filing.ts';
import { MatterPage } from './pages/matter.ts';
import { ReleasePlanPage, type BondspersonInput } from './pages/release-plan.ts';

/** The app's own English words in a filing (from the English templates, stamps and packet pages). */
const englishLabels = [
  'Tab ',
  'TAB ',
  'Page 1 of',
  'List of documents',
  'Release plan',
  'Bondsperson',
  'Proposed conditions',
  'Relief sought',
  'Signature of',
  'Date:',
  'Re:',
  'Cover letter',
  'Chronology',
  'Statement of service',
  'Declaration of',
  'Answers:',
];

/** The app's own French words in a filing. */
const frenchLabels = [
  'Onglet',
  'ONGLET',
  'Page 1 de',
  'Liste des documents',
  'Plan de mise en liberté',
  'Cautions',
  'Conditions proposées',
  'Mesure demandée',
  'Objet',
  'Lettre de présentation',
  'Chronologie',
  'Déclaration de',
  'Répond à',
];

/** Exhibits, their titles typed in French (they print in the list of documents and on their pages). */
const exhibits = {
  t4: 'Feuillets T4 de CHAN Kwok-wai, 2024 et 2025',
  bank: 'Attestation bancaire pour CHAN Kwok-wai',
  lease: 'Bail, 14 Elmwood Crescent',
} as const;

const chan: BondspersonInput = {
  familyName: 'Chan',
  givenNames: 'Kwok-wai',
  nameInScript: { value: '陳國偉', script: 'Hant' },
  status: 'citizen',
  relationship: 'cousin',
  contactFrequency: 'chaque semaine',
  address: '14 Elmwood Crescent, Richmond Hill (Ontario)',
  livesInCanada: true,
  livesWithClient: true,
  occupation: 'commis d’unité hospitalière',
  deposit: '2000',
  guarantee: '5000',
  sourceOfFunds: 'épargne d’emploi',
  evidence: [exhibits.t4, exhibits.bank],
  supervisionPlan: 'M. Chan la verra chaque jour et l’accompagnera à chaque rendez-vous.',
  criminalRecord: 'aucun',
  knowsImmigrationHistory: true,
  willReportBreaches: true,
  willTestify: true,
  determination: 'accepted',
};

const wong: BondspersonInput = {
  familyName: 'Wong',
  givenNames: 'Mei-ling',
  nameInScript: { value: '黃美玲', script: 'Hant' },
  status: 'PR',
  relationship: 'amie',
  contactFrequency: 'plusieurs fois par semaine',
  livesInCanada: true,
  deposit: '1000',
  sourceOfFunds: 'économies personnelles',
  willReportBreaches: true,
  willTestify: false,
  determination: 'not-decided',
};

/** An exhibit whose own text is French, so every word of the French packet can be checked. */
async function frenchExhibit(title: string, pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  for (let p = 1; p <= pages; p += 1) {
    const page = doc.addPage([612, 792]);
    page.drawText(`${title} — feuillet ${p} sur ${pages}`, { x: 72, y: 700, size: 16, font });
    for (let line = 0; line < 20; line += 1)
      page.drawText(`Ligne ${line + 1} : texte de la pièce, paragraphe ${p}.${line + 1}.`, { x: 72, y: 660 - line * 18, size: 11, font });
  }
  return doc.save();
}

const flat = (text: string): string => text.replace(/\s+/gu, ' ');

/** Builds the release-plan packet from the Packets tab into `dir`; returns the packet's path. */
async function buildReleasePlan(dossier: DossierApp, dir: string, setDirectory: (dir: string) => void): Promise<string> {
  const { workspace, t } = dossier;
  await workspace.tab('packets').click();
  await expect(workspace.packets.preset).toHaveValue('detention-release-plan');
  await mkdir(dir);
  setDirectory(dir);
  await workspace.packets.build.click();
  await expect(workspace.packets.outcome).toContainText(t('packets.done', { count: 1 }), { timeout: 120_000 });
  await workspace.packets.dismiss.click();
  const pdfs = (await readdir(dir)).filter((name) => name.endsWith('.pdf'));
  expect(pdfs).toHaveLength(1);
  return path.join(dir, pdfs[0] ?? '');
}

function pageTexts(packet: string): string[] {
  const count = Number(/Pages:\s+(\d+)/u.exec(execFileSync('pdfinfo', [packet], { encoding: 'utf8' }))?.[1] ?? 0);
  expect(count).toBeGreaterThan(3);
  return Array.from({ length: count }, (_, i) =>
    flat(execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), packet, '-'], { encoding: 'utf8' })),
  );
}

function outlineTitles(packet: string): string[] {
  const json = JSON.parse(execFileSync('qpdf', ['--json', '--json-key=outlines', packet], { encoding: 'utf8' })) as {
    outlines: { title: string; kids: unknown[] }[];
  };
  const titles: string[] = [];
  const walk = (items: readonly { title: string; kids: unknown[] }[]) => {
    for (const item of items) {
      titles.push(item.title);
      walk(item.kids as { title: string; kids: unknown[] }[]);
    }
  };
  walk(json.outlines);
  return titles;
}

test.use({ fixedNow: '2026-03-17T14:00:00.000Z' });

const IRB_FILE = '0003-B6-01234';

test('a detention case heard in French, entered with the UI in French, files a release-plan packet that is French on every page; the same case in English has no French label', async ({
  dossier,
  page,
  harness,
}, testInfo) => {
  test.setTimeout(420_000);
  await dossier.open();
  await dossier.switchLanguage('fr');
  await dossier.setup.createWithPassphrase(PASSPHRASE);
  await skipCounselStep(dossier);
  await expect(dossier.cases.heading).toHaveText('Dossiers');
  await setCounselProfile(dossier);
  await createCase(dossier, lai, laiName);
  const { workspace, t } = dossier;
  // The File tab: heard in French, with the Immigration Division's file number.
  const matter = new MatterPage(page, t);
  await matter.tab.click();
  await matter.field('matter.language').selectOption('fr');
  await matter.field('matter.issuer.IRB').fill(IRB_FILE);
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));

  const detention = new DetentionPage(page, t);
  await detention.open();
  await detention.enterEpisode(case1Episode);
  await detention.addReview(review7);
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));

  await workspace.tab('exhibits').click();
  await workspace.exhibits.drop(
    await Promise.all(
      Object.values(exhibits).map(async (title) => ({
        name: `${title}.pdf`,
        mimeType: 'application/pdf',
        bytes: await frenchExhibit(title, 2),
      })),
    ),
  );
  await expect(workspace.exhibits.rows).toHaveCount(3);

  // Two bondspersons, the residence with its French description, conditions with their French particulars but one.
  const plan = new ReleasePlanPage(page, t);
  const french = new FrenchFilingPage(page, t);
  await plan.open();
  await plan.addBondsperson(chan);
  await plan.addBondsperson(wong);
  await plan.setResidence({ host: 'CHAN Kwok-wai', tenure: 'lease', proof: [exhibits.lease], suitability: 'A furnished spare room.' });
  await french.frenchVersion(plan.residence, 'suitability').fill('Une chambre meublée, loin du lieu de travail.');
  await plan.addCondition({ kind: 'RESIDE_AT', details: 'with CHAN Kwok-wai at 14 Elmwood Crescent', answers: ['FLIGHT'] });
  await expect(plan.condition(1).getByTestId('french-version-missing')).toBeVisible();
  await french.frenchVersion(plan.condition(1), 'details').fill('chez CHAN Kwok-wai, au 14 Elmwood Crescent');
  await expect(plan.condition(1).getByTestId('french-version-missing')).toHaveCount(0);
  await plan.addCondition({ kind: 'VOICE_REPORT', details: 'toutes les deux semaines', answers: ['FLIGHT'] });
  await plan.addCondition({ kind: 'APPEAR', answers: ['FLIGHT'] });
  await expect(plan.condition(2).getByTestId('french-version-missing')).toBeVisible();
  await plan.conditionsSection.screenshot({ path: testInfo.outputPath('french-condition-fields.png') });
  await plan.setGroundResponse('FLIGHT', 'Elle habitera chez un cousin citoyen qui la supervisera chaque jour.');
  await plan.setFactor('e', 'Un cautionnement, une garantie et une supervision quotidienne.', [exhibits.t4, exhibits.bank]);
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));

  // Before building: the one field without a French version is named.
  await workspace.tab('packets').click();
  await expect(french.checks).toBeVisible();
  await expect(french.checks.getByRole('listitem')).toHaveText([
    t('validation.french.counselText'),
    t('validation.french.bondspersonText', { name: 'CHAN Kwok-wai' }),
    t('validation.french.bondspersonText', { name: 'WONG Mei-ling' }),
    t('validation.french.conditionDetails', { n: 2 }),
  ]);
  await page.screenshot({ path: testInfo.outputPath('french-packets-checks.png'), fullPage: true });

  const packet = await buildReleasePlan(dossier, path.join(harness.root, 'fr-out'), (dir) => {
    harness.dialog.directory = dir;
  });
  await copyFile(packet, testInfo.outputPath('french-release-plan.pdf'));
  expect(path.basename(packet)).toMatch(/ – SI – Plan de mise en liberté\.pdf$/u);
  expect(execFileSync('pdfinfo', [packet], { encoding: 'utf8' })).toMatch(/Title:\s+Plan de mise en liberté – /u);
  execFileSync('qpdf', ['--check', packet]);

  const texts = pageTexts(packet);
  const manifest = JSON.parse(await readFile(path.join(path.dirname(packet), 'manifest.json'), 'utf8')) as {
    inputs: { tab: string; title: string; firstPage: number; lastPage: number; kind: string }[];
  };
  // The file number on the cover letter and in the running header of every generated page.
  expect(texts[0]).toContain(IRB_FILE);
  for (const input of manifest.inputs.filter((i) => i.kind === 'generated'))
    for (let p = input.firstPage; p <= input.lastPage; p += 1) expect(texts[p - 1], `page ${p}`).toContain(IRB_FILE);
  expect(path.basename(packet)).toContain(IRB_FILE);
  // Every page stamped "Page N de M"; every tab's first page "Onglet N".
  texts.forEach((text, i) => expect(text, `page ${i + 1}`).toContain(`Page ${i + 1} de ${texts.length}`));
  for (const input of manifest.inputs.filter((i) => i.tab !== '')) expect(texts[input.firstPage - 1]).toContain(`Onglet ${input.tab}`);
  const all = texts.join('\n');
  expect(all).toContain('Liste des documents');
  expect(all).toContain('17 mars 2026');
  expect(all).toContain("Résider à l'adresse approuvée, chez CHAN Kwok-wai, au 14 Elmwood Crescent");
  expect(all).not.toContain('with CHAN');
  expect(all).not.toContain('A furnished spare room');
  for (const label of englishLabels) expect(all, `English label "${label}"`).not.toContain(label);
  const bookmarks = outlineTitles(packet);
  expect(bookmarks.some((title) => title.startsWith('Onglet 1 – '))).toBe(true);
  for (const title of bookmarks) for (const label of englishLabels) expect(title).not.toContain(label);

  // The same case filed in English: none of the app's French words.
  await matter.tab.click();
  await matter.field('matter.language').selectOption('en');
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));
  const english = await buildReleasePlan(dossier, path.join(harness.root, 'en-out'), (dir) => {
    harness.dialog.directory = dir;
  });
  expect(path.basename(english)).toMatch(/ – ID – Release plan\.pdf$/u);
  const englishTexts = pageTexts(english);
  englishTexts.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${englishTexts.length}`));
  const allEnglish = englishTexts.join('\n');
  expect(allEnglish).toContain('with CHAN Kwok-wai at 14 Elmwood Crescent');
  for (const label of frenchLabels) expect(allEnglish, `French label "${label}"`).not.toContain(label);
  for (const title of outlineTitles(english)) for (const label of frenchLabels) expect(title).not.toContain(label);
});
