import type { Locator, Page } from '@playwright/test';
import type { Strings } from '../strings.ts';
import { Screen } from './screen.ts';
import { ClientFormPage } from './client-form.ts';
import { ExhibitsPage } from './exhibits.ts';
import { PacketsPage } from './packets.ts';

export class WorkspacePage extends Screen {
  constructor(page: Page, t: Strings) {
    super(page, t, null);
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

  get exhibits(): ExhibitsPage {
    return new ExhibitsPage(this.page, this.t);
  }

  get packets(): PacketsPage {
    return new PacketsPage(this.page, this.t);
  }

  async back(): Promise<void> {
    await this.page.getByRole('button', { name: this.t('workspace.back') }).click();
  }
}
