import type { Locator, Page } from '@playwright/test';
import type { Strings } from '../strings.ts';
import { dayField, fillDay } from './day-field.ts';
import { Screen } from './screen.ts';

export interface ObjectionInput {
  readonly by: 'minister' | 'member';
  readonly date?: string;
  readonly basis: string;
  readonly citation?: string;
  readonly answer?: string;
  readonly answerFr?: string;
}

/** The objection to a bondsperson, inside their card on the release plan, and the plan's rejected-surety warnings. */
export class SuretyPage extends Screen {
  constructor(page: Page, t: Strings) {
    super(page, t, null);
  }

  objection(card: Locator): Locator {
    return card.getByTestId('surety-objection');
  }

  get warnings(): Locator {
    return this.page.getByTestId('surety-warnings');
  }

  async recordObjection(card: Locator, input: ObjectionInput): Promise<void> {
    const scope = this.objection(card);
    await scope.getByRole('button', { name: this.t('surety.add') }).click();
    const field = (key: string) => scope.getByLabel(this.t(key), { exact: true });
    await field('surety.by').selectOption(input.by);
    if (input.date !== undefined) await fillDay(dayField(scope, this.t('surety.date')), input.date);
    await field('surety.basis').fill(input.basis);
    if (input.citation !== undefined) await field('surety.citation').fill(input.citation);
    if (input.answer !== undefined) await field('surety.answer').fill(input.answer);
    if (input.answerFr !== undefined) await field('surety.answerFr').fill(input.answerFr);
  }
}
