import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { textPdf } from '../fixtures/exhibits/make-exhibits.ts';
import { expect, test } from './fixtures.ts';
import { createCase, createVault, lai, laiName, PASSPHRASE } from './flows.ts';
import { chan, conditions, exhibits, factors, ho } from './case1-data.ts';
import { dayField, expectDay } from './pages/day-field.ts';
import { ReleasePlanPage } from './pages/release-plan.ts';

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(results.passes.length, 'axe ran its rules').toBeGreaterThan(10);
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** The shipped IRPR 47 rules: the English the UI shows is the rule's own message. */
const bondRules = (
  JSON.parse(readFileSync(new URL('../../templates/rules/bonds.json', import.meta.url), 'utf8')) as {
    rules: { id: string; message: string; citation: { instrument: string; pinpoint: string } }[];
  }
).rules;
function rule(id: string): { message: string; cite: string } {
  const found = bondRules.find((r) => r.id === id);
  if (!found) throw new Error(`No bond rule ${id}`);
  return { message: found.message, cite: `${found.citation.instrument} ${found.citation.pinpoint}` };
}

test.use({ fixedNow: '2026-03-17T14:00:00.000Z' });

test('Case 1 release plan entered through the UI: two bondspersons with IRPR 47 checks, residence, conditions tied to grounds, s.248 factors; a guarantee from a temporary resident is refused at its field; everything survives a restart', async ({
  dossier,
  page,
  harness,
}, testInfo) => {
  test.setTimeout(240_000);
  await createVault(dossier);
  await createCase(dossier, lai, laiName);
  const { workspace, t } = dossier;

  await workspace.tab('exhibits').click();
  await workspace.exhibits.drop(
    await Promise.all(
      Object.values(exhibits).map(async (title) => ({ name: `${title}.pdf`, mimeType: 'application/pdf', bytes: await textPdf(title, 1) })),
    ),
  );
  await expect(workspace.exhibits.rows).toHaveCount(4);

  const plan = new ReleasePlanPage(page, t);
  await plan.open();
  await expect(plan.form).toBeVisible();
  await expect(plan.form.getByText(t('releasePlan.noBondspersons'))).toBeVisible();
  // All six s.248 factors are always there, in the statute's words.
  for (const letter of ['a', 'b', 'c', 'd', 'e', 'f'] as const) await expect(plan.factor(letter)).toBeVisible();
  expect(await violations(page), 'empty release plan').toEqual([]);

  // CHAN: a citizen whose offer is fully evidenced — the checks find nothing.
  const chanCard = await plan.addBondsperson(chan);
  await expect(chanCard).toHaveAccessibleName(`${t('releasePlan.bondspersonN', { n: 1 })} — CHAN Kwok-wai`);
  await expect(plan.findings(chanCard)).toHaveCount(0);
  await expect(chanCard.getByText(t('releasePlan.findings.none'))).toBeVisible();
  await expect(plan.field(chanCard, 'releasePlan.offer.deposit')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(plan.linkedExhibits(plan.group(chanCard, 'releasePlan.offer.evidence'))).toHaveCount(2);
  await expect(chanCard.getByText(t('releasePlan.determination.accepted')).first()).toBeVisible();

  // HO: a permanent resident's cash with no evidence draws the IRPR 47(3) warning beside the offer; it still saves.
  const hoCard = await plan.addBondsperson(ho);
  const sourceWarning = rule('irpr-47-3-source-of-funds');
  await expect(plan.findings(hoCard)).toHaveCount(1);
  await expect(plan.findings(hoCard)).toContainText(t('releasePlan.findings.effect.warn'));
  await expect(plan.findings(hoCard)).toContainText(sourceWarning.message);
  await expect(plan.findings(hoCard)).toContainText(t('releasePlan.findings.citation', { citation: sourceWarning.cite }));
  await expect(plan.field(hoCard, 'releasePlan.offer.deposit')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));

  // A malformed or negative amount is refused at its field and not saved; a good one saves.
  const hoDeposit = plan.field(hoCard, 'releasePlan.offer.deposit');
  await hoDeposit.fill('-3,000');
  await expect(hoDeposit).toHaveAttribute('aria-invalid', 'true');
  await expect(hoDeposit).toHaveAccessibleDescription(new RegExp(escape(t('releasePlan.money.negative'))));
  await expect(workspace.saveStatus).toHaveText(t('save.invalid', { count: 1 }));
  await hoDeposit.fill('3.000');
  await expect(hoDeposit).toHaveAccessibleDescription(new RegExp(escape(t('releasePlan.money.format'))));
  await hoDeposit.fill('3,000');
  await expect(hoDeposit).not.toHaveAttribute('aria-invalid', 'true');
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));

  // Residence at CHAN's: choosing the host fills in his address.
  await plan.setResidence({
    host: 'CHAN Kwok-wai',
    tenure: 'lease',
    household: [{ name: 'CHAN Kwok-wai', relation: 'cousin; bondsperson', age: '41' }],
    proof: [exhibits.lease],
    suitability: "A furnished spare room in Mr. Chan's leased home, far from the Markham workplace.",
  });
  await expect(plan.field(plan.residence, 'releasePlan.residence.address')).toHaveValue('14 Elmwood Crescent, Richmond Hill, ON');

  await plan.setSupervisor({ organisation: 'Toronto Bail Program', reportingSchedule: 'Weekly by telephone', intakeDate: '2026-03-16' });

  // Conditions: with no ground on the detention yet, every ground is offered; a condition answering none is flagged.
  const first = await plan.addCondition({ kind: 'RESIDE_AT' });
  await expect(first.getByText(t('releasePlan.conditions.answersNothing'))).toBeVisible();
  await expect(plan.field(first, 'releasePlan.conditions.details')).toBeFocused();
  await first.getByRole('button', { name: new RegExp(`^${escape(t('common.remove'))}\\b`) }).click();
  await expect(plan.conditions).toHaveCount(0);
  for (const condition of conditions) {
    const row = await plan.addCondition(condition);
    await expect(row.getByText(t('releasePlan.conditions.answersNothing'))).toHaveCount(0);
  }
  await expect(plan.conditions).toHaveCount(7);
  // Reordered by keyboard: the moved condition keeps focus, and the move is announced.
  await plan.moveButton(3, 'up').focus();
  await page.keyboard.press('Enter');
  await expect(plan.condition(2)).toHaveAccessibleName(new RegExp(escape(t('releasePlan.conditionKind.APPEAR'))));
  await expect(plan.moveButton(2, 'up')).toBeFocused();
  await expect(plan.conditionsAnnouncement).toHaveText(
    t('releasePlan.conditions.moved', { kind: t('releasePlan.conditionKind.APPEAR'), n: 2, total: 7 }),
  );
  await page.keyboard.press('Tab');
  await expect(plan.moveButton(2, 'down')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(plan.condition(3)).toHaveAccessibleName(new RegExp(escape(t('releasePlan.conditionKind.APPEAR'))));

  for (const [letter, narrative] of Object.entries(factors) as [keyof typeof factors, string][]) {
    await plan.setFactor(
      letter,
      narrative,
      letter === 'e' ? [exhibits.t4, exhibits.bank, exhibits.lease] : letter === 'a' ? [exhibits.seizure] : [],
    );
  }
  await plan.setContext(
    'Ms. Lai entered Canada at Vancouver on 20 December 2025 on a multiple-entry TRV.',
    'Ms. Lai speaks Cantonese and very little English.',
  );
  await plan.setEarlyReview(['CHAN Kwok-wai now offers a guarantee and a spare room.'], ['2026-03-20', '2026-03-23', '2026-03-24']);
  await expect(plan.earlyReview.getByTestId('early-review-dates-warning')).toHaveCount(0);
  await plan.addServiceRecord({
    document: 'Release plan and exhibits for the seven-day review',
    servedOn: "Minister's counsel, CBSA hearings, Greater Toronto Area",
    method: 'email',
    date: '2026-03-17',
    time: '15:00',
    zone: 'America/Toronto',
  });
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));
  expect(await violations(page), 'release plan filled in').toEqual([]);

  // A temporary resident: the guarantee is refused at its field, citing IRPR 47(2)(a); the deposit is accepted.
  const guarantorRule = rule('irpr-47-2-a-guarantor-status');
  const trCard = await plan.addBondsperson({
    familyName: 'Ng',
    givenNames: 'Siu-ming',
    status: 'TR',
    relationship: 'friend',
    deposit: '1,000',
    guarantee: '2,000',
    sourceOfFunds: 'Wages',
    evidence: [exhibits.bank],
  });
  const trGuarantee = plan.field(trCard, 'releasePlan.offer.guarantee');
  const trDeposit = plan.field(trCard, 'releasePlan.offer.deposit');
  await expect(trGuarantee).toHaveAttribute('aria-invalid', 'true');
  await expect(trGuarantee).toHaveAccessibleDescription(new RegExp(escape(guarantorRule.message)));
  expect(guarantorRule.message).toContain('IRPR s.47(2)(a)');
  await expect(trDeposit).not.toHaveAttribute('aria-invalid', 'true');
  await expect(plan.findings(trCard).filter({ hasText: t('releasePlan.findings.effect.refuse') })).toContainText(guarantorRule.cite);
  // The deposit from a temporary resident is a practice note, shown as unconfirmed.
  const depositNote = rule('practice-deposit-temporary-resident');
  await expect(plan.findings(trCard).filter({ hasText: depositNote.message })).toContainText(t('releasePlan.findings.unconfirmed'));
  await expect(workspace.saveStatus).toHaveText(t('save.invalid', { count: 1 }));
  await expect(page.getByTestId('save-note')).toHaveText(t('form.keptDraft'));
  expect(await violations(page), 'a refused guarantee').toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('release-plan-refused.png'), fullPage: true });

  // The main process refuses the same case on its own, naming the field and the provision.
  const { refused, index } = await page.evaluate(async () => {
    type Result = { ok: boolean; error?: { code: string; issues: { path: string; message: string }[] } };
    const bridge = (globalThis as unknown as { dossier: Record<string, (input: unknown) => Promise<unknown>> }).dossier;
    const call = async <T>(name: string, input: unknown): Promise<T> => {
      const fn = bridge[name];
      if (!fn) throw new Error(`No bridge function ${name}`);
      return (await fn(input)) as T;
    };
    const list = await call<{ value: { id: string }[] }>('caseList', { query: '', includeArchived: false });
    const got = await call<{ value: { case: { people: unknown[] }; revision: number } }>('caseGet', { id: list.value[0]?.id ?? '' });
    const stored = got.value.case;
    const guarantor = {
      id: 'p-guarantor-check',
      roles: ['bondsperson'],
      familyName: 'Check',
      givenNames: 'Guarantor',
      bondsperson: { status: 'TR', guarantee: { amountCents: 100000, currency: 'CAD' }, sourceOfFunds: 'Wages' },
    };
    const result = await call<Result>('caseSave', {
      case: { ...stored, people: [...stored.people, guarantor] },
      revision: got.value.revision,
    });
    return { refused: result, index: stored.people.length };
  });
  expect(refused.ok).toBe(false);
  expect(refused.error?.code).toBe('VALIDATION');
  expect(refused.error?.issues).toEqual([
    { path: `people.${index}.bondsperson.guarantee`, message: guarantorRule.message, code: 'bond.guarantor-status', params: {} },
  ]);

  // Withdraw the guarantee: the deposit alone is accepted and everything entered saves.
  await trGuarantee.fill('');
  await expect(trGuarantee).not.toHaveAttribute('aria-invalid', 'true');
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));
  await page.screenshot({ path: testInfo.outputPath('release-plan-en.png'), fullPage: true });

  // After a restart everything entered is still there.
  await harness.restartServices();
  await page.reload();
  await dossier.unlock.unlock(PASSPHRASE);
  await dossier.cases.open(laiName);
  await plan.open();
  await expect(plan.bondspersonCards).toHaveCount(3);
  const chanAgain = plan.bondsperson(1);
  await expect(chanAgain).toHaveAccessibleName(/CHAN Kwok-wai$/);
  await expect(plan.field(chanAgain, 'releasePlan.person.status')).toHaveValue('citizen');
  await expect(plan.field(chanAgain, 'releasePlan.person.relationship')).toHaveValue('cousin');
  await expect(plan.field(chanAgain, 'releasePlan.person.occupation')).toHaveValue('Hospital unit clerk');
  await expect(plan.field(chanAgain, 'releasePlan.offer.deposit')).toHaveValue('2,000');
  await expect(plan.field(chanAgain, 'releasePlan.offer.guarantee')).toHaveValue('5,000');
  await expect(plan.field(chanAgain, 'releasePlan.person.annualIncome')).toHaveValue('52,000');
  await expect(plan.field(chanAgain, 'releasePlan.person.determination')).toHaveValue('accepted');
  await expect(plan.field(chanAgain, 'releasePlan.person.livesWithClient')).toBeChecked();
  await expect(plan.linkedExhibits(plan.group(chanAgain, 'releasePlan.offer.evidence'))).toHaveText(
    [exhibits.t4, exhibits.bank].map((x) => new RegExp(`^${escape(x)}`)),
  );
  await expect(
    chanAgain.getByRole('group', { name: t('releasePlan.offer.assetN', { n: 1 }) }).getByLabel(t('releasePlan.offer.assetValue')),
  ).toHaveValue('12,500');
  const hoAgain = plan.bondsperson(2);
  await expect(plan.field(hoAgain, 'releasePlan.person.status')).toHaveValue('PR');
  await expect(plan.field(hoAgain, 'releasePlan.offer.deposit')).toHaveValue('3,000');
  await expect(plan.field(hoAgain, 'releasePlan.offer.guarantee')).toHaveValue('');
  await expect(plan.field(hoAgain, 'releasePlan.person.determination')).toHaveValue('rejected');
  await expect(plan.field(hoAgain, 'releasePlan.person.response')).toHaveValue(ho.response ?? '');
  await expect(hoAgain.getByRole('group', { name: t('releasePlan.person.objectionN', { n: 2 }) }).getByRole('textbox')).toHaveValue(
    'Works at a spa; association concern',
  );
  const ngAgain = plan.bondsperson(3);
  await expect(plan.field(ngAgain, 'releasePlan.person.status')).toHaveValue('TR');
  await expect(plan.field(ngAgain, 'releasePlan.offer.deposit')).toHaveValue('1,000');
  await expect(plan.field(ngAgain, 'releasePlan.offer.guarantee')).toHaveValue('');

  await expect(plan.field(plan.residence, 'releasePlan.residence.host')).toHaveValue(/.+/);
  await expect(plan.field(plan.residence, 'releasePlan.residence.tenure')).toHaveValue('lease');
  await expect(plan.linkedExhibits(plan.group(plan.residence, 'releasePlan.residence.proof'))).toHaveText([
    new RegExp(`^${escape(exhibits.lease)}`),
  ]);
  await expect(plan.field(plan.supervisor, 'releasePlan.supervisor.organisation')).toHaveValue('Toronto Bail Program');
  await expectDay(dayField(plan.supervisor, t('releasePlan.supervisor.intakeDate')), '2026-03-16');

  await expect(plan.conditions).toHaveCount(7);
  const order = ['RESIDE_AT', 'VOICE_REPORT', 'APPEAR', 'NO_UNAUTHORIZED_WORK', 'PASSPORT', 'DEPOSIT', 'GUARANTEE'];
  for (const [i, kind] of order.entries()) {
    const row = plan.condition(i + 1);
    await expect(row).toHaveAccessibleName(
      t('releasePlan.conditions.conditionN', { n: i + 1, kind: t(`releasePlan.conditionKind.${kind}`) }),
    );
    await expect(plan.field(row, 'releasePlan.ground.FLIGHT')).toBeChecked();
    await expect(plan.field(row, 'releasePlan.conditions.ordered')).toBeChecked({ checked: kind !== 'GUARANTEE' });
  }
  await expect(plan.field(plan.condition(2), 'releasePlan.conditions.details')).toHaveValue('every two weeks');
  for (const [letter, narrative] of Object.entries(factors) as [keyof typeof factors, string][]) {
    await expect(plan.field(plan.factor(letter), 'releasePlan.factors.narrative')).toHaveValue(narrative);
  }
  await expect(plan.linkedExhibits(plan.group(plan.factor('e'), 'releasePlan.factors.exhibits'))).toHaveCount(3);
  await expectDay(dayField(plan.earlyReview, t('releasePlan.earlyReview.dateN', { n: 3 })), '2026-03-24');
  const served = plan.service.getByRole('group', { name: t('releasePlan.service.recordN', { n: 1 }) });
  await expect(plan.field(served, 'releasePlan.service.method')).toHaveValue('email');
  await expect(plan.field(plan.group(served, 'releasePlan.service.at'), 'releasePlan.zoned.time')).toHaveValue('15:00');
});

test('removing a bondsperson asks first, and a cancelled removal keeps them', async ({ dossier, page }) => {
  await createVault(dossier);
  await createCase(dossier, lai, laiName);
  const { workspace, t } = dossier;
  const plan = new ReleasePlanPage(page, t);
  await plan.open();
  const card = await plan.addBondsperson({
    familyName: 'Ho',
    givenNames: 'Tina',
    status: 'PR',
    deposit: '3,000',
    sourceOfFunds: 'Savings',
  });
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));
  const remove = card.getByRole('button', { name: new RegExp(`^${escape(t('releasePlan.removeBondsperson'))}`) });

  await remove.click();
  const dialog = page.getByRole('dialog', { name: t('releasePlan.removeTitle') });
  await expect(dialog).toContainText('HO Tina');
  expect(await violations(page), 'remove dialog').toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(plan.bondspersonCards).toHaveCount(1);

  await remove.click();
  await dialog.getByRole('button', { name: t('releasePlan.removeConfirm') }).click();
  await expect(plan.bondspersonCards).toHaveCount(0);
  await expect(plan.form.getByRole('button', { name: t('releasePlan.addBondsperson') })).toBeFocused();
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));
});

/** Records a detention on the stored case, as the Detention tab would, while the case is closed. */
async function seedDetention(page: Page, grounds: readonly string[]): Promise<void> {
  const saved = await page.evaluate(async (raised) => {
    const bridge = (globalThis as unknown as { dossier: Record<string, (input: unknown) => Promise<unknown>> }).dossier;
    const call = async <T>(name: string, input: unknown): Promise<T> => {
      const fn = bridge[name];
      if (!fn) throw new Error(`No bridge function ${name}`);
      return (await fn(input)) as T;
    };
    const list = await call<{ value: { id: string }[] }>('caseList', { query: '', includeArchived: false });
    const got = await call<{ value: { case: { detention: Record<string, unknown> }; revision: number } }>('caseGet', {
      id: list.value[0]?.id ?? '',
    });
    const stored = got.value.case;
    const episode = {
      id: 'd-episode-1',
      start: { utc: '2026-03-10T18:30:00Z', tz: 'America/Toronto' },
      grounds: raised,
      facility: { name: 'Toronto Immigration Holding Centre', type: 'IHC', tz: 'America/Toronto' },
    };
    const detention = { ...stored.detention, episodes: [episode] };
    return call<{ ok: boolean }>('caseSave', { case: { ...stored, detention }, revision: got.value.revision });
  }, grounds);
  expect(saved.ok).toBe(true);
}

test('grounds raised on the detention: a ground no condition answers is flagged, each ground gets an answer; the tab in French', async ({
  dossier,
  page,
}, testInfo) => {
  await createVault(dossier);
  await createCase(dossier, lai, laiName);
  await dossier.workspace.back();
  await seedDetention(page, ['FLIGHT', 'IDENTITY']);
  await dossier.cases.open(laiName);
  const { workspace } = dossier;
  let t = dossier.t;
  const plan = new ReleasePlanPage(page, t);
  await plan.open();

  const unanswered = plan.conditionsSection.getByTestId('unanswered-grounds');
  await expect(unanswered).toHaveText(
    t('releasePlan.conditions.unanswered', { grounds: `${t('releasePlan.ground.FLIGHT')}; ${t('releasePlan.ground.IDENTITY')}` }),
  );
  // Only the grounds raised are offered.
  const reside = await plan.addCondition({ kind: 'RESIDE_AT', details: 'with CHAN Kwok-wai' });
  await expect(reside.getByRole('checkbox')).toHaveCount(4);
  await expect(plan.field(reside, 'releasePlan.ground.DANGER')).toHaveCount(0);
  await expect(reside.getByText(t('releasePlan.conditions.answersNothing'))).toBeVisible();
  await plan.field(reside, 'releasePlan.ground.FLIGHT').check();
  await expect(reside.getByText(t('releasePlan.conditions.answersNothing'))).toHaveCount(0);
  await expect(unanswered).toHaveText(t('releasePlan.conditions.unanswered', { grounds: t('releasePlan.ground.IDENTITY') }));
  await plan.addCondition({ kind: 'PASSPORT', details: 'already held by the CBSA', answers: ['IDENTITY'] });
  await expect(unanswered).toHaveCount(0);

  // One answer per ground raised.
  await plan.setGroundResponse('FLIGHT', 'She will live with a citizen cousin who supervises her daily.');
  await plan.setGroundResponse('IDENTITY', 'Her passport is held by the CBSA.');
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));
  expect(await violations(page), 'grounds raised').toEqual([]);

  // A guarantee from a temporary resident, in French: refused at the field in French, naming the provision.
  await dossier.switchLanguage('fr');
  t = dossier.t;
  const french = new ReleasePlanPage(page, t);
  await expect(french.form).toBeVisible();
  await expect(french.section('releasePlan.factors.title')).toBeVisible();
  await expect(french.factor('e')).toBeVisible();
  const card = await french.addBondsperson({
    familyName: 'Ng',
    givenNames: 'Siu-ming',
    status: 'TR',
    deposit: '1 000',
    guarantee: '2 000,50',
  });
  const guarantee = french.field(card, 'releasePlan.offer.guarantee');
  await expect(guarantee).toHaveAttribute('aria-invalid', 'true');
  await expect(guarantee).toHaveAccessibleDescription(new RegExp(escape(t('releasePlan.findingText.irpr-47-2-a-guarantor-status'))));
  await expect(guarantee).toHaveAccessibleDescription(/RIPR, al\. 47\(2\)a\)/);
  await expect(french.field(card, 'releasePlan.offer.deposit')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(workspace.saveStatus).toHaveText(t('save.invalid', { count: 1 }));
  expect(await violations(page), 'release plan in French').toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('release-plan-fr.png'), fullPage: true });
  await guarantee.fill('');
  await expect(workspace.saveStatus).toHaveText(t('save.saved'));
  await french.field(card, 'releasePlan.offer.deposit').blur();
  await expect(french.field(card, 'releasePlan.offer.deposit')).toHaveValue(/^1\s000$/u);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
