import type { Locator, Page } from '@playwright/test';
import type { Strings } from '../strings.ts';

/** What every page object shares: the page, the UI strings, and the screen's main heading. */
export class Screen {
  readonly page: Page;
  readonly t: Strings;
  /** The catalogue key of the screen's level-1 heading; null when it shows case data. */
  readonly headingKey: string | null;

  constructor(page: Page, t: Strings, headingKey: string | null) {
    this.page = page;
    this.t = t;
    this.headingKey = headingKey;
  }

  get heading(): Locator {
    return this.headingKey === null
      ? this.page.getByRole('heading', { level: 1 })
      : this.page.getByRole('heading', { level: 1, name: this.t(this.headingKey) });
  }
}
