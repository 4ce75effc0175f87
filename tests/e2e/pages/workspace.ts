import type { Locator, Page } from '@playwright/test';
import type { Strings } from '../strings.ts';
import { ClientFormPage } from './client-form.ts';

export class WorkspacePage {
  readonly page: Page;
  readonly t: Strings;

  constructor(page: Page, t: Strings) {
    this.page = page;
    this.t = t;
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  get saveStatus(): Locator {
    return this.page.getByTestId('save-status');
  }

  get tabs(): Locator {
    return this.page.getByRole('tablist').getByRole('tab');
  }

  tab(key: string): Locator {
    return this.page.getByRole('tab', { name: this.t(`tabs.${key}`), exact: true });
  }

  get panel(): Locator {
    return this.page.getByRole('tabpanel');
  }

  get client(): ClientFormPage {
    return new ClientFormPage(this.page, this.t);
  }

  async back(): Promise<void> {
    await this.page.getByRole('button', { name: this.t('workspace.back') }).click();
  }
}
