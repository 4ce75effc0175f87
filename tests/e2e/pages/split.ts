import type { Locator, Page } from '@playwright/test';
import type { Strings } from '../strings.ts';
import { Screen } from './screen.ts';

/** The Exhibits tab's "Split a disclosure into exhibits" button and its dialog. */
export class SplitPage extends Screen {
  constructor(page: Page, t: Strings) {
    super(page, t, null);
  }

  get open(): Locator {
    return this.page.getByRole('button', { name: this.t('evidence.splitAction') });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: this.t('evidence.splitTitle') });
  }

  get thumbnails(): Locator {
    return this.dialog.getByTestId('split-thumbnails').getByRole('button');
  }

  thumbnail(page: number): Locator {
    return this.dialog.getByRole('button', { name: this.t('evidence.splitStartHere', { page }) });
  }

  byBookmarks(count: number): Locator {
    return this.dialog.getByRole('button', { name: this.t('evidence.splitByBookmarks', { count }) });
  }

  part(number: number): Locator {
    return this.dialog.getByRole('group', { name: this.t('evidence.splitPartLegend', { number }) });
  }

  field(number: number, key: 'splitFirst' | 'splitLast' | 'splitPartTitle' | 'splitPartDate'): Locator {
    return this.part(number).getByRole('textbox', { name: this.t(`evidence.${key}`) });
  }

  splitButton(count: number): Locator {
    return this.dialog.getByRole('button', { name: this.t('evidence.splitButton', { count }) });
  }

  get cancel(): Locator {
    return this.dialog.getByRole('button', { name: this.t('evidence.ocrCancel') });
  }
}
