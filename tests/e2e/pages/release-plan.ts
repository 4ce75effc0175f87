import type { Locator, Page } from '@playwright/test';
import type { Strings } from '../strings.ts';
import type { DateParts } from './client-form.ts';
import { dayField, fillDay } from './day-field.ts';
import { Screen } from './screen.ts';
import { fillCode } from './code-picker.ts';

export type BondStatus = 'citizen' | 'PR' | 'TR' | 'other';
export type Determination = 'accepted' | 'rejected' | 'not-decided';
export type GroundKind = 'DANGER' | 'FLIGHT' | 'SECURITY_INQUIRY' | 'IDENTITY' | 'IDENTITY_DFN';
export type FactorLetter = 'a' | 'b' | 'c' | 'd' | 'e' | 'f';

/** A bondsperson as typed in the form; amounts as counsel would type them ("2,000"), exhibits by title. */
export interface BondspersonInput {
  readonly familyName: string;
  readonly givenNames: string;
  readonly nameInScript?: { readonly value: string; readonly script: string };
  readonly status: BondStatus;
  readonly relationship?: string;
  readonly contactFrequency?: string;
  readonly knownSince?: DateParts;
  readonly address?: string;
  readonly distanceKm?: string;
  readonly livesInCanada?: boolean;
  readonly livesWithClient?: boolean;
  readonly occupation?: string;
  readonly employer?: string;
  readonly workSchedule?: string;
  readonly annualIncome?: string;
  readonly deposit?: string;
  readonly guarantee?: string;
  readonly sourceOfFunds?: string;
  readonly evidence?: readonly string[];
  readonly statusProof?: string;
  readonly assets?: readonly { readonly kind: string; readonly value?: string; readonly exhibit?: string }[];
  readonly supervisionPlan?: string;
  readonly criminalRecord?: string;
  readonly guaranteeInDefault?: boolean;
  readonly knowsImmigrationHistory?: boolean;
  readonly willReportBreaches?: boolean;
  readonly willTestify?: boolean;
  readonly objections?: readonly string[];
  readonly response?: string;
  readonly determination?: Determination;
  readonly determinationReasons?: string;
}

export interface ResidenceInput {
  /** The host bondsperson's name as the list shows it ("CHAN Kwok-wai"). */
  readonly host?: string;
  readonly tenure?: 'owner' | 'lease' | 'shelter' | 'CCMS-residence' | 'other';
  readonly address?: string;
  readonly household?: readonly { readonly name: string; readonly relation?: string; readonly age?: string }[];
  readonly proof?: readonly string[];
  readonly suitability?: string;
}

export interface ConditionInput {
  readonly kind: string;
  readonly details?: string;
  readonly answers?: readonly GroundKind[];
  readonly proposed?: boolean;
  readonly ordered?: boolean;
}

export interface SupervisorInput {
  readonly organisation: string;
  readonly intakeDate?: string;
  readonly acceptance?: string;
  readonly reportingSchedule?: string;
  readonly notes?: string;
}

export interface ServiceInput {
  readonly document: string;
  readonly servedOn: string;
  readonly method: 'hand' | 'mail' | 'registered' | 'courier' | 'fax' | 'email' | 'portal';
  readonly date: string;
  readonly time: string;
  readonly zone?: string;
}

/** The Release plan tab: bondspersons, residence, supervision, conditions, s.248 factors, early review, service. */
export class ReleasePlanPage extends Screen {
  constructor(page: Page, t: Strings) {
    super(page, t, null);
  }

  get tab(): Locator {
    return this.page.getByRole('tab', { name: this.t('tabs.releasePlan'), exact: true });
  }

  async open(): Promise<void> {
    await this.tab.click();
  }

  get form(): Locator {
    return this.page.getByRole('form', { name: this.t('releasePlan.formLabel') });
  }

  section(titleKey: string): Locator {
    return this.form.getByRole('region', { name: this.t(titleKey), exact: true });
  }

  get bondspersonCards(): Locator {
    return this.form.getByTestId('bondsperson-card');
  }

  /** The nth bondsperson (1-based), whatever name it carries. */
  bondsperson(n: number): Locator {
    return this.form.getByRole('region', { name: new RegExp(`^${escape(this.t('releasePlan.bondspersonN', { n }))}(?: —|$)`) });
  }

  field(scope: Locator, key: string): Locator {
    return scope.getByLabel(this.t(key), { exact: true });
  }

  group(scope: Locator, key: string): Locator {
    return scope.getByRole('group', { name: this.t(key), exact: true });
  }

  /** Adds a bondsperson and fills what is given; returns its card. */
  async addBondsperson(input: BondspersonInput): Promise<Locator> {
    const n = (await this.bondspersonCards.count()) + 1;
    await this.form.getByRole('button', { name: this.t('releasePlan.addBondsperson') }).click();
    const card = this.bondsperson(n);
    await this.fillBondsperson(card, input);
    return card;
  }

  async fillBondsperson(card: Locator, input: BondspersonInput): Promise<void> {
    const text = async (key: string, value: string | undefined) => {
      if (value !== undefined) await this.field(card, key).fill(value);
    };
    const check = async (key: string, value: boolean | undefined) => {
      if (value !== undefined) await this.field(card, key).setChecked(value);
    };
    await text('client.familyName', input.familyName);
    await text('client.givenNames', input.givenNames);
    if (input.nameInScript) {
      await card.getByRole('button', { name: this.t('client.addNameInScript') }).click();
      const row = card.getByRole('group', { name: this.t('client.nameInScriptN', { n: 1 }), exact: true });
      await row.getByLabel(this.t('client.nameInScript'), { exact: true }).fill(input.nameInScript.value);
      await fillCode(row.getByLabel(this.t('client.scriptCode'), { exact: true }), input.nameInScript.script);
    }
    await this.field(card, 'releasePlan.person.status').selectOption(input.status);
    await text('releasePlan.person.relationship', input.relationship);
    await text('releasePlan.person.contactFrequency', input.contactFrequency);
    if (input.knownSince) await this.fillDate(this.group(card, 'releasePlan.person.knownSince'), input.knownSince);
    await text('releasePlan.person.address', input.address);
    await text('releasePlan.person.distance', input.distanceKm);
    await check('releasePlan.person.livesInCanada', input.livesInCanada);
    await check('releasePlan.person.livesWithClient', input.livesWithClient);
    await text('releasePlan.person.occupation', input.occupation);
    await text('releasePlan.person.employer', input.employer);
    await text('releasePlan.person.workSchedule', input.workSchedule);
    await text('releasePlan.person.annualIncome', input.annualIncome);
    await text('releasePlan.offer.deposit', input.deposit);
    await text('releasePlan.offer.guarantee', input.guarantee);
    await text('releasePlan.offer.sourceOfFunds', input.sourceOfFunds);
    if (input.evidence) await this.linkExhibits(this.group(card, 'releasePlan.offer.evidence'), input.evidence);
    if (input.statusProof) await this.field(card, 'releasePlan.offer.statusProof').selectOption({ label: input.statusProof });
    for (const [i, asset] of (input.assets ?? []).entries()) {
      await card.getByRole('button', { name: this.t('releasePlan.offer.addAsset') }).click();
      const row = card.getByRole('group', { name: this.t('releasePlan.offer.assetN', { n: i + 1 }), exact: true });
      await this.field(row, 'releasePlan.offer.assetKind').fill(asset.kind);
      if (asset.value !== undefined) await this.field(row, 'releasePlan.offer.assetValue').fill(asset.value);
      if (asset.exhibit !== undefined) await this.field(row, 'releasePlan.offer.assetExhibit').selectOption({ label: asset.exhibit });
    }
    await text('releasePlan.person.supervisionPlan', input.supervisionPlan);
    await text('releasePlan.person.criminalRecord', input.criminalRecord);
    await check('releasePlan.person.guaranteeInDefault', input.guaranteeInDefault);
    await check('releasePlan.person.knowsImmigrationHistory', input.knowsImmigrationHistory);
    await check('releasePlan.person.willReportBreaches', input.willReportBreaches);
    await check('releasePlan.person.willTestify', input.willTestify);
    for (const [i, objection] of (input.objections ?? []).entries()) {
      await card.getByRole('button', { name: this.t('releasePlan.person.addObjection') }).click();
      const row = card.getByRole('group', { name: this.t('releasePlan.person.objectionN', { n: i + 1 }), exact: true });
      await this.field(row, 'releasePlan.person.objection').fill(objection);
    }
    await text('releasePlan.person.response', input.response);
    if (input.determination) await this.field(card, 'releasePlan.person.determination').selectOption(input.determination);
    await text('releasePlan.person.determinationReasons', input.determinationReasons);
  }

  async fillDate(group: Locator, parts: DateParts): Promise<void> {
    if (parts.calendar) await group.getByLabel(this.t('date.calendar'), { exact: true }).selectOption(parts.calendar);
    for (const key of ['year', 'month', 'day', 'original'] as const) {
      const value = parts[key];
      if (value !== undefined) await group.getByLabel(this.t(`date.${key}`), { exact: true }).fill(value);
    }
  }

  /** Links exhibits (by title) in an exhibit-links group: choose each, then "Link". */
  async linkExhibits(group: Locator, titles: readonly string[]): Promise<void> {
    for (const title of titles) {
      await this.field(group, 'releasePlan.exhibits.choose').selectOption({ label: title });
      await group.getByRole('button', { name: this.t('releasePlan.exhibits.link'), exact: true }).click();
      await group.getByRole('listitem').filter({ hasText: title }).waitFor();
    }
  }

  linkedExhibits(group: Locator): Locator {
    return group.getByRole('listitem');
  }

  /** The IRPR 47 findings shown beside a bondsperson's offer. */
  findings(card: Locator): Locator {
    return card.getByTestId('bond-finding');
  }

  get residence(): Locator {
    return this.section('releasePlan.residence.title');
  }

  async setResidence(input: ResidenceInput): Promise<void> {
    const scope = this.residence;
    if (input.host !== undefined) await this.field(scope, 'releasePlan.residence.host').selectOption({ label: input.host });
    if (input.tenure !== undefined) await this.field(scope, 'releasePlan.residence.tenure').selectOption(input.tenure);
    if (input.address !== undefined) await this.field(scope, 'releasePlan.residence.address').fill(input.address);
    const existing = await scope
      .getByRole('group', { name: new RegExp(`^${escape(this.t('releasePlan.residence.memberN', { n: '' }).trim())} \\d+$`) })
      .count();
    for (const [i, member] of (input.household ?? []).entries()) {
      await scope.getByRole('button', { name: this.t('releasePlan.residence.addMember') }).click();
      const row = scope.getByRole('group', { name: this.t('releasePlan.residence.memberN', { n: existing + i + 1 }), exact: true });
      await this.field(row, 'releasePlan.residence.memberName').fill(member.name);
      if (member.relation !== undefined) await this.field(row, 'releasePlan.residence.memberRelation').fill(member.relation);
      if (member.age !== undefined) await this.field(row, 'releasePlan.residence.memberAge').fill(member.age);
    }
    if (input.proof) await this.linkExhibits(this.group(scope, 'releasePlan.residence.proof'), input.proof);
    if (input.suitability !== undefined) await this.field(scope, 'releasePlan.residence.suitability').fill(input.suitability);
  }

  get supervisor(): Locator {
    return this.section('releasePlan.supervisor.title');
  }

  async setSupervisor(input: SupervisorInput): Promise<void> {
    const scope = this.supervisor;
    const add = scope.getByRole('button', { name: this.t('releasePlan.supervisor.add') });
    if (await add.isVisible()) await add.click();
    await this.field(scope, 'releasePlan.supervisor.organisation').fill(input.organisation);
    if (input.intakeDate !== undefined) await fillDay(dayField(scope, this.t('releasePlan.supervisor.intakeDate')), input.intakeDate);
    if (input.acceptance !== undefined)
      await this.field(scope, 'releasePlan.supervisor.acceptance').selectOption({ label: input.acceptance });
    if (input.reportingSchedule !== undefined)
      await this.field(scope, 'releasePlan.supervisor.reportingSchedule').fill(input.reportingSchedule);
    if (input.notes !== undefined) await this.field(scope, 'releasePlan.supervisor.notes').fill(input.notes);
  }

  get conditionsSection(): Locator {
    return this.section('releasePlan.conditions.title');
  }

  get conditions(): Locator {
    return this.conditionsSection.getByTestId('condition');
  }

  /** The nth condition (1-based), by its numbered legend. */
  condition(n: number): Locator {
    return this.conditionsSection.getByRole('group', {
      name: new RegExp(`^${escape(this.t('releasePlan.conditions.conditionN', { n, kind: '' }))}`),
    });
  }

  async addCondition(input: ConditionInput): Promise<Locator> {
    const n = (await this.conditions.count()) + 1;
    await this.field(this.conditionsSection, 'releasePlan.conditions.kind').selectOption(input.kind);
    await this.conditionsSection.getByRole('button', { name: this.t('releasePlan.conditions.add') }).click();
    const row = this.condition(n);
    if (input.details !== undefined) await this.field(row, 'releasePlan.conditions.details').fill(input.details);
    for (const ground of input.answers ?? []) await this.field(row, `releasePlan.ground.${ground}`).check();
    if (input.proposed !== undefined) await this.field(row, 'releasePlan.conditions.proposed').setChecked(input.proposed);
    if (input.ordered !== undefined) await this.field(row, 'releasePlan.conditions.ordered').setChecked(input.ordered);
    return row;
  }

  moveButton(n: number, direction: 'up' | 'down'): Locator {
    const key = direction === 'up' ? 'releasePlan.conditions.moveUp' : 'releasePlan.conditions.moveDown';
    return this.condition(n).getByRole('button', { name: new RegExp(`^${escape(this.t(key))}\\b`) });
  }

  get conditionsAnnouncement(): Locator {
    return this.conditionsSection.getByTestId('conditions-announcement');
  }

  factor(letter: FactorLetter): Locator {
    return this.form.getByRole('group', { name: this.t(`releasePlan.factors.${letter}`), exact: true });
  }

  async setFactor(letter: FactorLetter, narrative: string, exhibits: readonly string[] = []): Promise<void> {
    const scope = this.factor(letter);
    await this.field(scope, 'releasePlan.factors.narrative').fill(narrative);
    if (exhibits.length > 0) await this.linkExhibits(this.group(scope, 'releasePlan.factors.exhibits'), exhibits);
  }

  /** The answer to a ground raised (the Detention tab records the grounds). */
  async setGroundResponse(ground: GroundKind, response: string): Promise<void> {
    const label = this.t('releasePlan.groundResponses.responseTo', { ground: this.t(`releasePlan.ground.${ground}`) });
    await this.form.getByLabel(label, { exact: true }).fill(response);
  }

  async setContext(background: string, vulnerability: string): Promise<void> {
    const scope = this.section('releasePlan.context.title');
    await this.field(scope, 'releasePlan.context.background').fill(background);
    await this.field(scope, 'releasePlan.context.vulnerability').fill(vulnerability);
  }

  get earlyReview(): Locator {
    return this.section('releasePlan.earlyReview.title');
  }

  async setEarlyReview(facts: readonly string[], dates: readonly string[]): Promise<void> {
    const scope = this.earlyReview;
    for (const [i, fact] of facts.entries()) {
      await scope.getByRole('button', { name: this.t('releasePlan.earlyReview.addFact') }).click();
      const row = scope.getByRole('group', { name: this.t('releasePlan.earlyReview.factN', { n: i + 1 }), exact: true });
      await this.field(row, 'releasePlan.earlyReview.fact').fill(fact);
    }
    for (const [i, date] of dates.entries()) {
      await fillDay(dayField(scope, this.t('releasePlan.earlyReview.dateN', { n: i + 1 })), date);
    }
  }

  get service(): Locator {
    return this.section('releasePlan.service.title');
  }

  async addServiceRecord(input: ServiceInput): Promise<Locator> {
    const scope = this.service;
    const n =
      (await scope
        .getByRole('group', { name: new RegExp(`^${escape(this.t('releasePlan.service.recordN', { n: '' }).trim())} \\d+$`) })
        .count()) + 1;
    await scope.getByRole('button', { name: this.t('releasePlan.service.add') }).click();
    const row = scope.getByRole('group', { name: this.t('releasePlan.service.recordN', { n }), exact: true });
    await this.field(row, 'releasePlan.service.document').fill(input.document);
    await this.field(row, 'releasePlan.service.servedOn').fill(input.servedOn);
    await this.field(row, 'releasePlan.service.method').selectOption(input.method);
    const at = this.group(row, 'releasePlan.service.at');
    await this.field(at, 'releasePlan.zoned.date').fill(input.date);
    await this.field(at, 'releasePlan.zoned.time').fill(input.time);
    if (input.zone !== undefined) await this.field(at, 'releasePlan.zoned.zone').fill(input.zone);
    return row;
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
