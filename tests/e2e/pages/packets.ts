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

  /** The numbering options: page-number style, Bates prefix and padding, first number, what is numbered, DOCX. */
  get numberingOptions(): Locator {
    return this.page.getByTestId('numbering-options');
  }

  get labelStyle(): Locator {
    return this.page.getByRole('group', { name: this.t('packets.labelStyle') });
  }

  labelKind(kind: 'page-of' | 'short' | 'bates'): Locator {
    return this.labelStyle.getByRole('radio', { name: this.t(`packets.labelKinds.${kind}`) });
  }

  get batesPrefix(): Locator {
    return this.page.getByLabel(this.t('packets.batesPrefix'), { exact: true });
  }

  get batesPad(): Locator {
    return this.page.getByLabel(this.t('packets.batesPad'), { exact: true });
  }

  get batesExample(): Locator {
    return this.page.getByTestId('bates-example');
  }

  get startNumber(): Locator {
    return this.page.getByLabel(this.t('packets.startNumber'), { exact: true });
  }

  option(key: 'dividers' | 'numberCover' | 'numberList' | 'docx'): Locator {
    return this.page.getByRole('checkbox', { name: this.t(`packets.${key}`) });
  }

  get optionsRefused(): Locator {
    return this.page.getByTestId('options-invalid');
  }

  /** Chooses Bates numbers with the given prefix and zero padding. */
  async chooseBates(prefix: string, pad: number): Promise<void> {
    await this.labelKind('bates').check();
    await this.batesPrefix.fill(prefix);
    await this.batesPad.fill(String(pad));
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
