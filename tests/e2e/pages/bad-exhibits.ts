import type { Locator, Page } from '@playwright/test';
import type { Strings } from '../strings.ts';
import { Screen } from './screen.ts';

/** What the Packet tab shows about exhibits a build cannot use: the rebuild without them, and the list of those left out. */
export class BadExhibitsPage extends Screen {
  constructor(page: Page, t: Strings) {
    super(page, t, null);
  }

  get skipCheckbox(): Locator {
    return this.page.getByRole('checkbox', { name: this.t('packets.skipBad') });
  }

  get retry(): Locator {
    return this.page.getByRole('button', { name: this.t('badExhibits.retry') });
  }

  get skipped(): Locator {
    return this.page.getByTestId('skipped-exhibits');
  }
}
