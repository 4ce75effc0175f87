import type { Locator, Page } from '@playwright/test';
import type { Strings } from '../strings.ts';
import { Screen } from './screen.ts';

export class SetupPage extends Screen {
  constructor(page: Page, t: Strings) {
    super(page, t, 'setup.title');
  }

  get passphrase(): Locator {
    return this.page.getByLabel(this.t('setup.passphraseLabel'), { exact: true });
  }

  get confirmation(): Locator {
    return this.page.getByLabel(this.t('setup.confirmLabel'), { exact: true });
  }

  get createButton(): Locator {
    return this.page.getByRole('button', { name: this.t('setup.create') });
  }

  get noKeychainNotice(): Locator {
    return this.page.getByRole('heading', { name: this.t('setup.noKeychainTitle') });
  }

  async createWithPassphrase(passphrase: string): Promise<void> {
    await this.passphrase.fill(passphrase);
    await this.confirmation.fill(passphrase);
    await this.createButton.click();
  }
}
