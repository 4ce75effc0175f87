import type { Locator, Page } from '@playwright/test';
import type { Strings } from '../strings.ts';
import { Screen } from './screen.ts';

export class UnlockPage extends Screen {
  constructor(page: Page, t: Strings) {
    super(page, t, 'unlock.title');
  }

  get passphrase(): Locator {
    return this.page.getByLabel(this.t('unlock.passphrase'), { exact: true });
  }

  async unlock(passphrase: string): Promise<void> {
    await this.passphrase.fill(passphrase);
    await this.page.getByRole('button', { name: this.t('unlock.unlock'), exact: true }).click();
  }
}
