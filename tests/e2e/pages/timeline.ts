import type { Locator, Page } from '@playwright/test';
import type { Strings } from '../strings.ts';
import { Screen } from './screen.ts';

/** One event as the e2e types it: the words as the source gives them, then the rest of the form. */
export interface EventInput {
  readonly words: string;
  /** Accept the proposed reading of the words (default true). */
  readonly useProposal?: boolean;
  /** Gregorian bounds typed by hand (lunar dates). */
  readonly earliest?: string;
  readonly latest?: string;
  readonly category: string;
  readonly summary: string;
  readonly assertedBy?: string;
  readonly sources?: readonly { readonly exhibit: string; readonly pages?: string }[];
}

export interface AccountInput {
  readonly who: string;
  readonly words: string;
  readonly summary: string;
}

/** The Timeline tab: checks, drawn timeline, table, and the event form (a dialog). */
export class TimelinePage extends Screen {
  constructor(page: Page, t: Strings) {
    super(page, t, null);
  }

  get add(): Locator {
    return this.page.getByRole('button', { name: this.t('timeline.add') });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  get words(): Locator {
    return this.dialog.getByLabel(this.t('timeline.form.words'), { exact: true });
  }

  get proposal(): Locator {
    return this.dialog.getByTestId('date-proposal').first();
  }

  get useProposal(): Locator {
    return this.dialog.getByRole('button', { name: this.t('timeline.form.useProposal') }).first();
  }

  /** The structured date of the event itself (not of a competing account). */
  get date(): Locator {
    return this.dialog.getByRole('group', { name: this.t('timeline.form.date'), exact: true });
  }

  dateInput(group: Locator, labelKey: string): Locator {
    return group.getByLabel(this.t(labelKey), { exact: true });
  }

  get gregorian(): Locator {
    return this.date.getByTestId('event-gregorian');
  }

  field(labelKey: string): Locator {
    return this.dialog.getByLabel(this.t(labelKey), { exact: true }).first();
  }

  get save(): Locator {
    return this.dialog.getByRole('button', { name: this.t('timeline.form.save') });
  }

  get formInvalid(): Locator {
    return this.dialog.getByTestId('event-form-invalid');
  }

  /** The nth (1-based) source row of the event. */
  source(n: number): Locator {
    return this.dialog.getByRole('group', { name: this.t('timeline.form.source', { n }), exact: true }).first();
  }

  account(n: number): Locator {
    return this.dialog.getByRole('group', { name: this.t('timeline.form.account', { n }), exact: true });
  }

  /** Opens the form, fills the event, and leaves the form open (save with `save`). */
  async fill(input: EventInput): Promise<void> {
    await this.words.fill(input.words);
    if (input.useProposal !== false) await this.useProposal.click();
    if (input.earliest !== undefined) await this.dateInput(this.date, 'date.earliest').fill(input.earliest);
    if (input.latest !== undefined) await this.dateInput(this.date, 'date.latest').fill(input.latest);
    await this.field('timeline.form.category').selectOption({ label: this.t(`timeline.category.${input.category}`) });
    await this.field('timeline.form.summary').fill(input.summary);
    if (input.assertedBy !== undefined) await this.field('timeline.form.assertedBy').fill(input.assertedBy);
    for (const [i, source] of (input.sources ?? []).entries()) {
      await this.dialog
        .getByRole('button', { name: this.t('timeline.form.addSource') })
        .first()
        .click();
      const row = this.source(i + 1);
      await row.getByLabel(this.t('timeline.form.exhibit'), { exact: true }).selectOption({ label: source.exhibit });
      if (source.pages !== undefined) await row.getByLabel(this.t('timeline.form.pages'), { exact: true }).fill(source.pages);
    }
  }

  async addAccount(n: number, input: AccountInput): Promise<void> {
    await this.dialog.getByRole('button', { name: this.t('timeline.form.addAccount') }).click();
    const account = this.account(n);
    await account.getByLabel(this.t('timeline.form.accountWho'), { exact: true }).fill(input.who);
    await account.getByLabel(this.t('timeline.form.accountWords'), { exact: true }).fill(input.words);
    await account.getByRole('button', { name: this.t('timeline.form.useProposal') }).click();
    await account.getByLabel(this.t('timeline.form.accountSummary'), { exact: true }).fill(input.summary);
  }

  get rows(): Locator {
    return this.page.getByTestId('timeline-row');
  }

  row(summary: string): Locator {
    return this.rows.filter({ hasText: summary });
  }

  /** The table's header button that sorts by a column. */
  sortBy(columnKey: 'colDate' | 'colCategory' | 'colDisputed'): Locator {
    return this.page.getByRole('button', { name: this.t(`timeline.table.${columnKey}`) });
  }

  filter(labelKey: string): Locator {
    return this.page.getByRole('search').getByLabel(this.t(labelKey), { exact: true });
  }

  get chart(): Locator {
    return this.page.getByTestId('timeline-chart');
  }

  get chartCard(): Locator {
    return this.page.getByRole('region', { name: this.t('timeline.chart.title') });
  }

  get marks(): Locator {
    return this.chart.getByTestId('chart-mark');
  }

  get gaps(): Locator {
    return this.chart.getByTestId('chart-gap');
  }

  get selected(): Locator {
    return this.page.getByTestId('chart-selected');
  }

  get checks(): Locator {
    return this.page.getByTestId('timeline-checks');
  }

  get announcement(): Locator {
    return this.page.getByTestId('timeline-announcement');
  }
}
