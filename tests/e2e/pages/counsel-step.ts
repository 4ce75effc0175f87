import type { Locator, Page } from '@playwright/test';
import type { Strings } from '../strings.ts';
import { Screen } from './screen.ts';

/** First run, after the vault is made: the counsel profile, with Skip (Continue once saved). */
export class CounselStepPage extends Screen {
  constructor(page: Page, t: Strings) {
    super(page, t, 'form.firstRun.title');
  }

  get skipButton(): Locator {
    return this.page.getByRole('button', { name: this.t('form.firstRun.skip'), exact: true });
  }

  get continueButton(): Locator {
    return this.page.getByRole('button', { name: this.t('form.firstRun.continue'), exact: true });
  }

  /** Leaves the profile for later, as most tests do. */
  async skip(): Promise<void> {
    await this.skipButton.click();
  }
}
