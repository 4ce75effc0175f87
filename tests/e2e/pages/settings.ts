import type { Locator, Page } from '@playwright/test';
import type { Strings } from '../strings.ts';
import { Screen } from './screen.ts';

export class SettingsPage extends Screen {
  constructor(page: Page, t: Strings) {
    super(page, t, 'settings.title');
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
