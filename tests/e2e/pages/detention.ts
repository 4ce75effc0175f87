import type { Locator, Page } from '@playwright/test';
import type { Strings } from '../strings.ts';
import { Screen } from './screen.ts';
import { fillCode } from './code-picker.ts';

/** A local moment as typed: `2026-03-10`, `14:30`, and an IANA zone (left as it is when absent, cleared with ''). */
export interface ZonedInput {
  readonly date: string;
  readonly time: string;
  readonly zone?: string;
}

export type Ground = 'DANGER' | 'FLIGHT' | 'SECURITY_INQUIRY' | 'IDENTITY' | 'IDENTITY_DFN';
const groundLetters: Record<Ground, string> = { DANGER: 'a', FLIGHT: 'b', SECURITY_INQUIRY: 'c', IDENTITY: 'd', IDENTITY_DFN: 'e' };

export interface EpisodeInput {
  readonly start: ZonedInput;
  /** Select values: `r8-info`, `arrest-record`, `client`. */
  readonly startSource?: string;
  /** `IRPA55(1)`, `IRPA55(2)(a)`, `IRPA55(2)(b)`, `IRPA55(3)`. */
  readonly authority?: string;
  readonly grounds?: readonly Ground[];
  readonly facility?: { readonly name: string; readonly type?: string; readonly zone?: string };
  /** `Western`, `Central`, `Eastern`. */
  readonly region?: string;
  readonly designated?: boolean;
  readonly end?: ZonedInput;
  readonly endReason?: string;
}

export interface ReviewInput {
  /** `48H`, `7D`, `30D`, `EARLY`, `ADMISSIBILITY`, `CONTINUATION`. */
  readonly type: string;
  readonly scheduled: ZonedInput;
  /** `in-person`, `video`, `phone`. */
  readonly mode?: string;
  readonly member?: string;
  readonly ministersCounsel?: string;
  /** BCP 47 tags: `yue-Hant`, `cmn-Hans`. */
  readonly interpreterRequested?: string;
  readonly interpreterProvided?: string;
  readonly interpreterIssues?: string;
  /** `trafficking-victim`, `trafficking-participant`, `other`. */
  readonly framings?: readonly string[];
  /** `DETAINED`, `RELEASED`, `ADJOURNED`, `RELEASE-PENDING-CONDITIONS`. */
  readonly outcome?: string;
  readonly writtenReasonsRequested?: string;
  readonly startedAt?: ZonedInput;
  readonly decisionAt?: ZonedInput;
  readonly orderSignedAt?: ZonedInput;
  readonly notes?: string;
}

export interface SeizedInput {
  readonly description: string;
  /** Dollars as typed, e.g. `4800`. */
  readonly value?: string;
  readonly seizedAt?: ZonedInput;
  readonly noticeDate?: string;
  readonly noticeByMail?: boolean;
  readonly returnFiled?: string;
}

/** The Detention tab: episodes, reviews, seized property, the time limits and their settings; and the workspace's next-deadline banner. */
export class DetentionPage extends Screen {
  constructor(page: Page, t: Strings) {
    super(page, t, null);
  }

  get form(): Locator {
    return this.page.getByRole('form', { name: this.t('detention.formLabel') });
  }

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: this.t('tabs.detention'), exact: true }).click();
  }

  private row(key: string, index: number): Locator {
    return this.form.getByRole('group', { name: this.t(key, { n: index + 1 }), exact: true });
  }

  episodeRow(index = 0): Locator {
    return this.row('detention.episodeN', index);
  }

  reviewRow(index: number): Locator {
    return this.row('detention.reviewN', index);
  }

  seizedRow(index: number): Locator {
    return this.row('detention.seizedN', index);
  }

  /** A date-and-time group inside `scope`, by its legend's key (`detention.start`, `detention.scheduled`…). */
  zoned(scope: Locator, legendKey: string): Locator {
    return scope.getByRole('group', { name: this.t(legendKey) });
  }

  zonedInput(group: Locator, part: 'date' | 'time' | 'zone'): Locator {
    return group.getByLabel(this.t(`detention.${part}`), { exact: true });
  }

  async fillZoned(group: Locator, input: ZonedInput): Promise<void> {
    if (input.zone !== undefined) await this.zonedInput(group, 'zone').selectOption(input.zone);
    await this.zonedInput(group, 'date').fill(input.date);
    await this.zonedInput(group, 'time').fill(input.time);
  }

  field(scope: Locator, key: string): Locator {
    return scope.getByLabel(this.t(key), { exact: true });
  }

  groundBox(scope: Locator, ground: Ground): Locator {
    return scope.getByRole('checkbox', {
      name: this.t('detention.groundLabel', { label: this.t(`detention.groundNames.${ground}`), letter: groundLetters[ground] }),
      exact: true,
    });
  }

  private async count(key: string): Promise<number> {
    return this.form.getByRole('group', { name: new RegExp(`^${escape(this.t(key, { n: '' }).trim())} \\d+$`) }).count();
  }

  /** Fills episode `index`, adding it first when the list has fewer rows. */
  async enterEpisode(input: EpisodeInput, index = 0): Promise<Locator> {
    if ((await this.count('detention.episodeN')) <= index)
      await this.form.getByRole('button', { name: this.t('detention.addEpisode') }).click();
    const row = this.episodeRow(index);
    if (input.facility) {
      await this.field(row, 'detention.facilityName').fill(input.facility.name);
      if (input.facility.type) await this.field(row, 'detention.facilityType').selectOption(input.facility.type);
      if (input.facility.zone !== undefined) await this.field(row, 'detention.facilityZone').selectOption(input.facility.zone);
    }
    await this.fillZoned(this.zoned(row, 'detention.start'), input.start);
    if (input.startSource) await this.field(row, 'detention.startSource').selectOption(input.startSource);
    if (input.authority) await this.field(row, 'detention.authority').selectOption(input.authority);
    for (const ground of input.grounds ?? []) await this.groundBox(row, ground).check();
    if (input.region) await this.field(row, 'detention.irbRegion').selectOption(input.region);
    if (input.designated !== undefined)
      await row.getByRole('checkbox', { name: this.t('detention.designated') }).setChecked(input.designated);
    if (input.end) await this.fillZoned(this.zoned(row, 'detention.end'), input.end);
    if (input.endReason) await this.field(row, 'detention.endReason').selectOption(input.endReason);
    return row;
  }

  /** Adds a review row at the end and fills it; returns the row. */
  async addReview(input: ReviewInput): Promise<Locator> {
    const index = await this.count('detention.reviewN');
    await this.form.getByRole('button', { name: this.t('detention.addReview') }).click();
    const row = this.reviewRow(index);
    await this.fillReview(row, input);
    return row;
  }

  async fillReview(row: Locator, input: ReviewInput): Promise<void> {
    await this.field(row, 'detention.reviewType').selectOption(input.type);
    await this.fillZoned(this.zoned(row, 'detention.scheduled'), input.scheduled);
    if (input.mode) await this.field(row, 'detention.mode').selectOption(input.mode);
    if (input.member) await this.field(row, 'detention.member').fill(input.member);
    if (input.ministersCounsel) await this.field(row, 'detention.ministersCounsel').fill(input.ministersCounsel);
    if (input.interpreterRequested) await fillCode(this.field(row, 'detention.interpreterRequested'), input.interpreterRequested);
    if (input.interpreterProvided) await fillCode(this.field(row, 'detention.interpreterProvided'), input.interpreterProvided);
    if (input.interpreterIssues) await this.field(row, 'detention.interpreterIssues').fill(input.interpreterIssues);
    for (const framing of input.framings ?? [])
      await row.getByRole('checkbox', { name: this.t(`detention.framingNames.${framing}`), exact: true }).check();
    if (input.outcome) await this.field(row, 'detention.outcome').selectOption(input.outcome);
    if (input.writtenReasonsRequested) await this.field(row, 'detention.writtenReasonsRequested').fill(input.writtenReasonsRequested);
    const times = (['startedAt', 'decisionAt', 'orderSignedAt'] as const).filter((key) => input[key] !== undefined);
    if (times.length > 0) {
      const details = row.locator('details.sitting-times');
      if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
      for (const key of times) {
        const value = input[key];
        if (value) await this.fillZoned(this.zoned(row, `detention.${key}`), value);
      }
    }
    if (input.notes) await this.field(row, 'detention.notes').fill(input.notes);
  }

  /** Adds a seized item at the end and fills it; returns the row. */
  async addSeizedItem(input: SeizedInput): Promise<Locator> {
    const index = await this.count('detention.seizedN');
    await this.form.getByRole('button', { name: this.t('detention.addSeized') }).click();
    const row = this.seizedRow(index);
    await this.field(row, 'detention.seizedDescription').fill(input.description);
    if (input.value !== undefined) await this.field(row, 'detention.seizedValue').fill(input.value);
    if (input.seizedAt) await this.fillZoned(this.zoned(row, 'detention.seizedAt'), input.seizedAt);
    if (input.noticeDate !== undefined) await this.field(row, 'detention.noticeDate').fill(input.noticeDate);
    if (input.noticeByMail !== undefined)
      await row.getByRole('checkbox', { name: this.t('detention.noticeByMail') }).setChecked(input.noticeByMail);
    if (input.returnFiled !== undefined) await this.field(row, 'detention.returnFiled').fill(input.returnFiled);
    return row;
  }

  interpreterFlag(row: Locator): Locator {
    return row.getByTestId('interpreter-flag');
  }

  daysInDetention(row: Locator): Locator {
    return row.getByTestId('days-in-detention');
  }

  seizedReturn(row: Locator): Locator {
    return row.getByTestId('seized-return');
  }

  get deadlines(): Locator {
    return this.page.getByTestId('deadline');
  }

  /** The limit a rule gives, optionally for one subject (an episode, review or seized item id). */
  deadline(ruleId: string, nth = 0): Locator {
    return this.page.locator(`[data-testid="deadline"][data-rule="${ruleId}"]`).nth(nth);
  }

  dueLaw(deadline: Locator): Locator {
    return deadline.getByTestId('due-law');
  }

  dueOffice(deadline: Locator): Locator {
    return deadline.getByTestId('due-office');
  }

  /** Shown while the draft is not saved: the limits are the last saved version's. */
  get staleNotice(): Locator {
    return this.page.getByTestId('deadlines-stale');
  }

  get banner(): Locator {
    return this.page.getByTestId('next-deadline');
  }

  get settingsSection(): Locator {
    return this.form.getByRole('region', { name: this.t('detention.settings') });
  }

  async setHolidayRegion(region: string): Promise<void> {
    await this.field(this.form, 'detention.holidayRegion').selectOption(region);
  }

  /** Adds a rule override (mode: `roll`, `no-roll`, `disable`) with its reason, once the rule gives a limit; returns the row. */
  async overrideRule(ruleId: string, mode: string, reason: string): Promise<Locator> {
    // The rules offered are those giving the saved case a limit.
    await this.deadline(ruleId).waitFor();
    const index = await this.count('detention.ruleOverrideN');
    await this.form.getByRole('button', { name: this.t('detention.addRuleOverride') }).click();
    const row = this.row('detention.ruleOverrideN', index);
    await this.field(row, 'detention.overrideRule').selectOption(ruleId);
    await this.field(row, 'detention.overrideMode').selectOption(mode);
    await this.field(row, 'detention.overrideReason').fill(reason);
    return row;
  }

  /** Adds a holiday correction (action `add` or `remove`); returns the row. */
  async correctHoliday(date: string, action: string, name: string, reason: string): Promise<Locator> {
    const index = await this.count('detention.holidayOverrideN');
    await this.form.getByRole('button', { name: this.t('detention.addHolidayOverride') }).click();
    const row = this.row('detention.holidayOverrideN', index);
    await this.field(row, 'detention.holidayDate').fill(date);
    await this.field(row, 'detention.holidayAction').selectOption(action);
    await this.field(row, 'detention.holidayName').fill(name);
    await this.field(row, 'detention.overrideReason').fill(reason);
    return row;
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
