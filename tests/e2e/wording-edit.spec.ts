import { execFileSync } from 'node:child_process';
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { textPdf } from '../fixtures/exhibits/make-exhibits.ts';
import { case1Episode, chan, conditions, review7 } from './case1-data.ts';
import { expect, test } from './fixtures.ts';
import { createCase, createVault, lai, laiName, PASSPHRASE, setCounselProfile } from './flows.ts';
import type { DossierApp } from './pages/app.ts';
import type { NewCase } from './pages/case-list.ts';
import { DetentionPage } from './pages/detention.ts';
import { DocumentsPage } from './pages/documents.ts';
import { ReleasePlanPage } from './pages/release-plan.ts';

const EDIT = 'Counsel asks the Member to note the Quillbrook arrangement, agreed with the bondsperson on 12 March.';
const tran: NewCase = { kind: 'detention-review', familyName: 'TRAN', givenNames: 'Thi Mai' };
const tranName = 'TRAN Thi Mai';

test.use({ fixedNow: '2026-03-17T14:00:00.000Z' });

/** A detention case with what its release plan needs: the detention, a review, an exhibit, a bondsperson, the residence, a condition. */
async function enterCase(dossier: DossierApp, input: NewCase, name: string): Promise<void> {
  await createCase(dossier, input, name);
  const detention = new DetentionPage(dossier.page, dossier.t);
  await detention.open();
  await detention.enterEpisode(case1Episode);
  await detention.addReview(review7);
  // A packet is built around its exhibits: one will do.
  await dossier.workspace.tab('exhibits').click();
  await dossier.workspace.exhibits.drop([{ name: 'Lease.pdf', mimeType: 'application/pdf', bytes: await textPdf('Lease', 1) }]);
  await expect(dossier.workspace.exhibits.rows).toHaveCount(1);
  const plan = new ReleasePlanPage(dossier.page, dossier.t);
  await plan.open();
  // No exhibits in this case: the bondsperson's evidence and assets are left for another day.
  await plan.addBondsperson({ ...chan, evidence: [], assets: [] });
  await plan.setResidence({ host: 'CHAN Kwok-wai', tenure: 'lease' });
  await plan.addCondition(conditions[0] ?? { kind: 'APPEAR', answers: ['FLIGHT'] });
  await plan.setGroundResponse('FLIGHT', 'She will live with a citizen cousin who supervises her daily.');
  await expect(dossier.workspace.saveStatus).toHaveText(dossier.t('save.saved'));
}

/** Builds the release-plan packet from the Packets tab into `dir` and returns its text. */
async function packetText(dossier: DossierApp, dir: string, answer: (dir: string) => void): Promise<string> {
  const { workspace, t } = dossier;
  await workspace.tab('packets').click();
  await mkdir(dir);
  answer(dir);
  await workspace.packets.build.click();
  await expect(workspace.packets.outcome).toContainText(t('packets.done', { count: 1 }), { timeout: 120_000 });
  await workspace.packets.dismiss.click();
  const pdf = (await readdir(dir)).find((n) => n.endsWith('.pdf')) ?? '';
  return execFileSync('pdftotext', [path.join(dir, pdf), '-'], { encoding: 'utf8' }).replace(/\s+/gu, ' ');
}

test('a paragraph of the release plan reworded for one case is in that case’s packet, after a restart, and in no other case’s', async ({
  dossier,
  page,
  harness,
}) => {
  test.setTimeout(420_000);
  await createVault(dossier);
  await setCounselProfile(dossier);
  await enterCase(dossier, tran, tranName);
  await dossier.goToCases();
  await enterCase(dossier, lai, laiName);
  const { workspace, t } = dossier;

  // The Documents tab: the release plan, its paragraphs in plain words; one rewritten and saved on leaving it.
  await workspace.tab('documents').click();
  const documents = new DocumentsPage(page, t);
  await documents.kind('release-plan').check();
  const slot = page.getByTestId('wording-slot');
  const paragraphs = slot.getByRole('textbox');
  await expect(paragraphs.first()).toBeVisible({ timeout: 30_000 });
  const count = await paragraphs.count();
  let chosen = -1;
  for (let i = 0; i < count && chosen < 0; i += 1) if ((await paragraphs.nth(i).inputValue()).length > 60) chosen = i;
  expect(chosen, 'a paragraph of the template long enough to reword').toBeGreaterThanOrEqual(0);
  const field = paragraphs.nth(chosen);
  await field.fill(EDIT);
  await field.press('Tab');
  await expect(slot.getByRole('status')).toHaveText(t('wording.saved', { number: chosen + 1 }));
  await expect(documents.preview.locator('body')).toContainText('Quillbrook', { timeout: 30_000 });

  // Kept with the case, encrypted: still there after the app restarts.
  await harness.restartServices();
  await page.reload();
  await dossier.unlock.unlock(PASSPHRASE);
  await dossier.cases.open(laiName);
  await workspace.tab('documents').click();
  await documents.kind('release-plan').check();
  await expect(page.getByTestId('wording-slot').getByRole('textbox').nth(chosen)).toHaveValue(EDIT);

  const withEdit = await packetText(dossier, path.join(harness.root, 'lai'), (dir) => {
    harness.dialog.directory = dir;
  });
  expect(withEdit).toContain('Quillbrook arrangement');

  await dossier.goToCases();
  await dossier.cases.open(tranName);
  const without = await packetText(dossier, path.join(harness.root, 'tran'), (dir) => {
    harness.dialog.directory = dir;
  });
  expect(without).toContain('TRAN');
  expect(without).not.toContain('Quillbrook');
});
