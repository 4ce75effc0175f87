import type { Locator, Page } from '@playwright/test';
import type { Strings } from '../strings.ts';
import { Screen } from './screen.ts';

/** The Packet tab: preset, tab order, options, preview, build with progress and cancel. */
export class PacketsPage extends Screen {
  constructor(page: Page, t: Strings) {
    super(page, t, null);
  }

  get preset(): Locator {
    return this.page.getByLabel(this.t('packets.preset'), { exact: true });
  }

  get orderItems(): Locator {
    return this.page.getByTestId('tab-order-item');
  }

  orderItem(title: string): Locator {
    return this.orderItems.filter({ hasText: title });
  }

  get announcement(): Locator {
    return this.page.getByTestId('order-announcement');
  }

  get preview(): Locator {
    return this.page.getByTestId('packet-preview');
  }

  get build(): Locator {
    return this.page.getByRole('button', { name: this.t('packets.build') });
  }

  get progress(): Locator {
    return this.page.getByRole('progressbar', { name: this.t('packets.progress') });
  }

  get cancel(): Locator {
    return this.page.getByRole('button', { name: this.t('packets.cancel') });
  }

  get outcome(): Locator {
    return this.page.getByTestId('build-outcome');
  }

  get showInFolder(): Locator {
    return this.page.getByRole('button', { name: this.t('packets.showInFolder') });
  }

  get dismiss(): Locator {
    return this.page.getByRole('button', { name: this.t('packets.dismiss') });
  }

  get pastBuilds(): Locator {
    return this.page.getByTestId('past-builds');
  }
}
