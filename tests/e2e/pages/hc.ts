import type { Locator, Page } from '@playwright/test';
import type { Strings } from '../strings.ts';
import { dayField, fillDay } from './day-field.ts';
import { Screen } from './screen.ts';
import { fillCode } from './code-picker.ts';

export type BarCheck =
  'pending-hc' | 'pending-claim' | 'pending-claim-amendment' | 'twelve-month-bar' | 'trp-bar' | 'vtip-note' | 'claim-ineligible-one-year';
export type FactorKind =
  | 'ESTABLISHMENT'
  | 'BIOC'
  | 'HARDSHIP'
  | 'COUNTRY_CONDITIONS'
  | 'HEALTH'
  | 'FAMILY_VIOLENCE'
  | 'SEPARATION'
  | 'INABILITY_TO_LEAVE'
  | 'OTHER';

export interface BarsInput {
  readonly decision?: string;
  readonly kind?: 'RPD' | 'RAD' | 'FC_LEAVE_REFUSED' | 'FC_JR_DISMISSED';
  readonly claimDate?: string;
  readonly pendingClaim?: boolean;
  readonly pendingHc?: boolean;
}

export interface PersonInput {
  readonly familyName: string;
  readonly givenNames: string;
  readonly relationship?: string;
  readonly role?: 'family' | 'support-author' | 'both';
}

export interface LetterInput {
  readonly author: string;
  /** The author picked among the people in the case, as the list names them ("SRISUK-DUNN Mali"). */
  readonly person?: string;
  readonly relationship?: string;
  readonly lang: string;
  readonly translated?: boolean;
  readonly date?: string;
  /** The exhibit holding the letter, by title. */
  readonly exhibit?: string;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The H&C tab: bars, people, exceptions, factors, evidence gaps, letters of support and the forms checklist. */
export class HcPage extends Screen {
  constructor(page: Page, t: Strings) {
    super(page, t, null);
  }

  get tab(): Locator {
    return this.page.getByRole('tab', { name: this.t('tabs.hc'), exact: true });
  }

  async open(): Promise<void> {
    await this.tab.click();
  }

  get form(): Locator {
    return this.page.getByRole('form', { name: this.t('hc.formLabel') });
  }

  section(titleKey: string): Locator {
    return this.form.getByRole('region', { name: this.t(titleKey), exact: true });
  }

  field(scope: Locator, key: string, values?: Readonly<Record<string, string | number>>): Locator {
    return scope.getByLabel(this.t(key, values), { exact: true });
  }

  group(scope: Locator, name: string): Locator {
    return scope.getByRole('group', { name, exact: true });
  }

  async setBars(input: BarsInput): Promise<void> {
    const scope = this.section('hc.bars.title');
    if (input.decision !== undefined) await fillDay(dayField(scope, this.t('hc.bars.lastNegativeDecision')), input.decision);
    if (input.kind !== undefined) await this.field(scope, 'hc.bars.decisionKind').selectOption(input.kind);
    if (input.pendingClaim !== undefined) await this.field(scope, 'hc.bars.pendingClaim').setChecked(input.pendingClaim);
    if (input.pendingHc !== undefined) await this.field(scope, 'hc.bars.pendingHc').setChecked(input.pendingHc);
    if (input.claimDate !== undefined) await fillDay(dayField(scope, this.t('hc.bars.claimDate')), input.claimDate);
  }

  finding(check: BarCheck): Locator {
    return this.form.locator(`[data-testid="hc-bar-finding"][data-check="${check}"]`);
  }

  result(check: BarCheck): Locator {
    return this.finding(check).getByTestId('hc-bar-result');
  }

  get barredAlert(): Locator {
    return this.form.getByRole('alert');
  }

  /** The nth person of the application (1-based), whatever name they carry. */
  person(n: number): Locator {
    return this.form.getByRole('region', { name: new RegExp(`^${escape(this.t('hc.people.personN', { n }))}(?: —|$)`) });
  }

  async addPerson(input: PersonInput): Promise<Locator> {
    const n = (await this.form.getByTestId('hc-person').count()) + 1;
    await this.form.getByRole('button', { name: this.t('hc.people.add') }).click();
    const card = this.person(n);
    await this.field(card, 'client.familyName').fill(input.familyName);
    await this.field(card, 'client.givenNames').fill(input.givenNames);
    if (input.role) await this.field(card, 'hc.people.role').selectOption(input.role);
    if (input.relationship) await this.field(card, 'hc.people.relationship').fill(input.relationship);
    return card;
  }

  /** Links exhibits (by title) in an exhibit-links group: choose each, then "Link". */
  async linkExhibits(group: Locator, titles: readonly string[]): Promise<void> {
    for (const title of titles) {
      await this.field(group, 'releasePlan.exhibits.choose').selectOption({ label: title });
      await group.getByRole('button', { name: this.t('releasePlan.exhibits.link'), exact: true }).click();
    }
  }

  exception(n: number, kind: 'BIOC' | 'HEALTH'): Locator {
    return this.group(this.form, this.t('hc.exceptions.exceptionN', { n, kind: this.t(`hc.exceptions.kinds.${kind}`) }));
  }

  async addException(kind: 'BIOC' | 'HEALTH'): Promise<Locator> {
    const scope = this.section('hc.exceptions.title');
    const n = (await scope.getByTestId('hc-exception').count()) + 1;
    await this.field(scope, 'hc.exceptions.kind').selectOption(kind);
    await scope.getByRole('button', { name: this.t('hc.exceptions.add') }).click();
    return this.exception(n, kind);
  }

  factor(kind: FactorKind): Locator {
    return this.group(this.form, this.t(`hc.factors.kinds.${kind}`));
  }

  factorNarrative(kind: FactorKind): Locator {
    return this.field(this.factor(kind), 'hc.factors.narrative', { factor: this.t(`hc.factors.kinds.${kind}`) });
  }

  factorExhibits(kind: FactorKind): Locator {
    return this.group(this.factor(kind), this.t('hc.factors.exhibits', { factor: this.t(`hc.factors.kinds.${kind}`) }));
  }

  async addFactor(kind: FactorKind, narrative: string, exhibits: readonly string[] = []): Promise<Locator> {
    const scope = this.section('hc.factors.title');
    await this.field(scope, 'hc.factors.kind').selectOption(kind);
    await scope.getByRole('button', { name: this.t('hc.factors.add') }).click();
    await this.factorNarrative(kind).fill(narrative);
    if (exhibits.length > 0) await this.linkExhibits(this.factorExhibits(kind), exhibits);
    return this.factor(kind);
  }

  get gaps(): Locator {
    return this.form.getByTestId('hc-gap');
  }

  gap(code: string): Locator {
    return this.form.locator(`[data-testid="hc-gap"][data-code="${code}"]`);
  }

  get gapSummary(): Locator {
    return this.form.getByTestId('hc-gap-summary');
  }

  mapRow(title: string): Locator {
    return this.form.getByTestId('hc-map-row').filter({ has: this.page.getByRole('rowheader', { name: title, exact: true }) });
  }

  get letterCards(): Locator {
    return this.form.getByTestId('hc-letter');
  }

  /** The nth letter (1-based), whoever wrote it. */
  letter(n: number): Locator {
    return this.form.getByRole('group', { name: new RegExp(`^${escape(this.t('hc.letters.letterN', { n }))}(?: —|$)`) });
  }

  async addLetter(input: LetterInput): Promise<Locator> {
    const n = (await this.letterCards.count()) + 1;
    await this.section('hc.letters.title')
      .getByRole('button', { name: this.t('hc.letters.add') })
      .click();
    const card = this.letter(n);
    if (input.person) await this.field(card, 'hc.letters.authorPerson').selectOption({ label: input.person });
    await this.field(card, 'hc.letters.authorName').fill(input.author);
    if (input.relationship) await this.field(card, 'hc.letters.relationship').fill(input.relationship);
    await fillCode(this.field(card, 'hc.letters.lang'), input.lang);
    if (input.translated) await this.field(card, 'hc.letters.translated').check();
    if (input.date) await fillDay(dayField(card, this.t('hc.letters.date')), input.date);
    if (input.exhibit) await this.field(card, 'hc.letters.exhibit').selectOption({ label: input.exhibit });
    return card;
  }

  formRow(code: string): Locator {
    return this.form.locator(`[data-testid="hc-form"][data-code="${code}"]`);
  }

  async setForm(code: string, status: string, note?: string): Promise<void> {
    const row = this.formRow(code);
    const shown = code.replace(/^IMM(\d+)$/u, 'IMM $1');
    await this.field(row, 'hc.forms.status', { code: shown }).selectOption(status);
    if (note !== undefined) await this.field(row, 'hc.forms.note', { code: shown }).fill(note);
  }
}
