import type { Locator, Page } from '@playwright/test';
import type { Strings } from '../strings.ts';

export class SettingsPage {
  readonly page: Page;
  readonly t: Strings;

  constructor(page: Page, t: Strings) {
    this.page = page;
    this.t = t;
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.t('settings.title') });
  }

  get uiLanguage(): Locator {
    return this.page.getByRole('combobox', { name: this.t('settings.uiLanguage'), exact: true });
  }

  get lockTimeout(): Locator {
    return this.page.getByLabel(this.t('settings.lockTimeout'), { exact: true });
  }

  async lockNow(): Promise<void> {
    await this.page.getByRole('button', { name: this.t('settings.lockNow') }).click();
  }
}
