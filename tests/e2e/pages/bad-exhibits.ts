import type { Locator, Page } from '@playwright/test';
import type { Strings } from '../strings.ts';
import { Screen } from './screen.ts';

/** What the Exhibits and Packet tabs say about exhibits: copies changed at import, the rebuild without unusable ones, the list of those left out. */
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

  /** The notice after an import: files whose packet copy differs from the original. */
  get packetCopyChanges(): Locator {
    return this.page.getByTestId('packet-copy-changes');
  }

  get skipped(): Locator {
    return this.page.getByTestId('skipped-exhibits');
  }
}
