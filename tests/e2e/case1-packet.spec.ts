import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { textPdf } from '../fixtures/exhibits/make-exhibits.ts';
import { case1Episode, chan, conditions, exhibits, factors, ho, review48, review7 } from './case1-data.ts';
import { expect, test } from './fixtures.ts';
import { createCase, createVaultWithCounsel, lai, laiName } from './flows.ts';
import { DetentionPage } from './pages/detention.ts';
import { ReleasePlanPage } from './pages/release-plan.ts';
import { readTally, startTally, tallyLine } from './input-tally.ts';

interface ManifestInput {
  readonly tab: string;
  readonly key: string;
  readonly kind: 'generated' | 'exhibit';
  readonly title: string;
  readonly exhibitId?: string;
  readonly firstPage: number;
  readonly lastPage: number;
}

const flat = (text: string): string => text.replace(/\s+/gu, ' ');

/** The input less what the form now fills in by itself (checked where it is used). */
function without<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  const copy = { ...value };
  delete copy[key];
  return copy;
}

test.use({ fixedNow: '2026-03-17T14:00:00.000Z' });

test('Case 1 from an empty vault, through the UI alone: detention, reviews, exhibits, both bondspersons (one rejected), and its release-plan packet read back with pdftotext', async ({
  dossier,
  page,
  harness,
}, testInfo) => {
  test.setTimeout(300_000);
  await startTally(page);
  // The counsel profile is entered in the first-run step, not in Settings afterwards.
  await createVaultWithCounsel(dossier);
  await createCase(dossier, lai, laiName);
  const { workspace, t } = dossier;

  // The detention and its two reviews.
  const detention = new DetentionPage(page, t);
  await detention.open();
  await detention.enterEpisode(case1Episode);
  await detention.addReview(review48);
  // The second review starts with the interpreter language asked for at the first.
  const second = await detention.addReview(without(review7, 'interpreterRequested'));
  await expect(detention.field(second, 'detention.interpreterRequested')).toHaveValue('Cantonese (Traditional)');
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));
  await expect(detention.dueLaw(detention.deadline('irpa-57-1-48h'))).toHaveText('Thu 2026-03-12 14:30');

  // The exhibits the release plan relies on.
  await workspace.tab('exhibits').click();
  await workspace.exhibits.drop(
    await Promise.all(
      Object.values(exhibits).map(async (title) => ({ name: `${title}.pdf`, mimeType: 'application/pdf', bytes: await textPdf(title, 2) })),
    ),
  );
  await expect(workspace.exhibits.rows).toHaveCount(4);

  // Both bondspersons — CHAN accepted, HO rejected — the residence, conditions and factors.
  const plan = new ReleasePlanPage(page, t);
  await plan.open();
  await plan.addBondsperson(chan);
  await plan.addBondsperson(ho);
  await plan.setResidence({ host: 'CHAN Kwok-wai', tenure: 'lease', proof: [exhibits.lease] });
  // "Reside at" starts with the residence and its host, as entered above.
  const [resideAt, ...others] = conditions.slice(0, 4);
  if (resideAt) {
    const row = await plan.addCondition(without(resideAt, 'details'));
    await expect(plan.field(row, 'releasePlan.conditions.details')).toHaveValue(resideAt.details ?? '');
  }
  for (const condition of others) await plan.addCondition(condition);
  await plan.setGroundResponse('FLIGHT', 'She will live with a citizen cousin who supervises her daily.');
  await plan.setFactor('e', factors.e, [exhibits.t4, exhibits.bank, exhibits.lease]);
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));

  // The release-plan packet, the preset a detention case opens with.
  await workspace.tab('packets').click();
  const packets = workspace.packets;
  await expect(packets.preset).toHaveValue('detention-release-plan');
  await expect(packets.preview.getByRole('row').nth(2)).toContainText(t('packets.estimatedPages'));
  const outDir = path.join(harness.root, 'case1-out');
  await mkdir(outDir);
  harness.dialog.directory = outDir;
  await packets.build.click();
  await expect(packets.outcome).toContainText(t('packets.done', { count: 1 }), { timeout: 120_000 });
  // What entering the case and building its packet asked of a person (input-tally.ts says what counts).
  const tally = tallyLine(await readTally(page));
  console.log(tally);
  testInfo.annotations.push({ type: 'input', description: tally });
  await page.screenshot({ path: testInfo.outputPath('case1-packets.png'), fullPage: true });

  const manifest = JSON.parse(await readFile(path.join(outDir, 'manifest.json'), 'utf8')) as { inputs: ManifestInput[] };
  const pdfs = (await readdir(outDir)).filter((name) => name.endsWith('.pdf'));
  expect(pdfs).toHaveLength(1);
  expect(pdfs[0]).toMatch(/ – Release plan\.pdf$/u);
  const packet = path.join(outDir, pdfs[0] ?? '');
  execFileSync('qpdf', ['--check', packet]);
  const pages = (first: number, last: number): string =>
    flat(execFileSync('pdftotext', ['-layout', '-f', String(first), '-l', String(last), packet, '-'], { encoding: 'utf8' }));

  // The list of documents: the release plan as Tab 1, CHAN's declaration next, no declaration for HO.
  const inputs = manifest.inputs;
  expect(inputs.slice(0, 4).map((i) => [i.tab, i.key])).toEqual([
    ['', 'generated:cover-letter'],
    ['1', 'generated:release-plan'],
    [expect.stringMatching(/^2$/u), expect.stringMatching(/^generated:bondsperson:/u)],
    ['3', 'generated:chronology'],
  ]);
  expect(inputs.filter((i) => i.key.startsWith('generated:bondsperson:'))).toHaveLength(1);
  const exhibitInputs = inputs.filter((i) => i.kind === 'exhibit');
  expect(exhibitInputs.map((i) => i.title)).toEqual(Object.values(exhibits));
  const cover = inputs[0];
  const list = pages((cover?.lastPage ?? 0) + 1, (cover?.lastPage ?? 0) + 1);
  expect(list).toContain('List of documents');
  for (const input of inputs) expect(list).toContain(input.title.slice(0, 24));

  // Every tab opens where the list says, stamped with its tab number.
  for (const input of inputs.slice(1)) expect(pages(input.firstPage, input.firstPage)).toContain(`Tab ${input.tab}`);

  // The release plan: the client, the ground, CHAN's offer, and the exhibits cited at the tab and page they landed on.
  const releasePlan = inputs[1];
  const letter = pages(releasePlan?.firstPage ?? 0, releasePlan?.lastPage ?? 0);
  expect(letter).toContain('LAI Wing-sze');
  expect(letter).toContain('黎詠詩');
  expect(letter).toContain('CHAN Kwok-wai');
  expect(letter).toMatch(/CAD 2,000/u);
  // HO, whom the Division rejected, is never offered: the letter addresses her after the bondspersons it proposes.
  expect(letter).toContain('Bondspersons addressed');
  expect(letter.slice(0, letter.indexOf('Bondspersons addressed'))).not.toContain('Tina');
  for (const title of [exhibits.t4, exhibits.bank, exhibits.lease]) {
    const input = exhibitInputs.find((i) => i.title === title);
    expect(letter).toContain(`Tab ${input?.tab}, p. ${input?.firstPage}`);
  }
  const declaration = inputs[2];
  expect(pages(declaration?.firstPage ?? 0, declaration?.lastPage ?? 0)).toMatch(/CHAN Kwok-wai/u);
});
