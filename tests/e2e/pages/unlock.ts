import type { Locator, Page } from '@playwright/test';
import type { Strings } from '../strings.ts';

export class UnlockPage {
  readonly page: Page;
  readonly t: Strings;

  constructor(page: Page, t: Strings) {
    this.page = page;
    this.t = t;
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.t('unlock.title') });
  }

  get passphrase(): Locator {
    return this.page.getByLabel(this.t('unlock.passphrase'), { exact: true });
  }

  async unlock(passphrase: string): Promise<void> {
    await this.passphrase.fill(passphrase);
    await this.page.getByRole('button', { name: this.t('unlock.unlock'), exact: true }).click();
  }
}
