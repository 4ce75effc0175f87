import type { Locator, Page } from '@playwright/test';
import type { Strings } from '../strings.ts';

/** The recovery code: made at setup or in Settings, and used on the unlock screen. */
export class RecoveryCodePage {
  private readonly page: Page;
  private readonly t: Strings;

  constructor(page: Page, t: Strings) {
    this.page = page;
    this.t = t;
  }

  get panel(): Locator {
    return this.page.getByRole('region', { name: this.t('recovery.title') });
  }

  get shownCode(): Locator {
    return this.page.getByTestId('recovery-code');
  }

  async unlockWith(code: string): Promise<void> {
    await this.page.getByRole('button', { name: this.t('recovery.use') }).click();
    await this.page.getByLabel(this.t('recovery.codeLabel'), { exact: true }).fill(code);
    await this.page.getByRole('button', { name: this.t('recovery.unlock') }).click();
  }
}
