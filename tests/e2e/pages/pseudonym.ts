import type { Locator, Page } from '@playwright/test';
import type { Strings } from '../strings.ts';
import { Screen } from './screen.ts';

/** The client form's pseudonym for filings, and the Packets tab's report of where the real name still appears. */
export class PseudonymPage extends Screen {
  constructor(page: Page, t: Strings) {
    super(page, t, null);
  }

  get field(): Locator {
    return this.page.getByRole('form', { name: this.t('client.formLabel') }).getByLabel(this.t('client.pseudonym'), { exact: true });
  }

  get report(): Locator {
    return this.page.getByTestId('real-name-report');
  }

  get reportItems(): Locator {
    return this.report.getByRole('listitem');
  }
}
