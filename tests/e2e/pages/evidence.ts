import type { Locator, Page } from '@playwright/test';
import type { Strings } from '../strings.ts';
import { Screen } from './screen.ts';

/** The evidence tools in the workspace: the case search box and the OCR dialog. */
export class EvidencePage extends Screen {
  constructor(page: Page, t: Strings) {
    super(page, t, null);
  }

  get searchBox(): Locator {
    return this.page.getByRole('searchbox', { name: this.t('evidence.searchLabel') });
  }

  get hits(): Locator {
    return this.page.getByTestId('evidence-search-hits').getByRole('listitem');
  }

  ocrButton(exhibitTitle: string): Locator {
    return this.page.getByRole('button', { name: `${this.t('evidence.ocrAction')} : ${exhibitTitle}` });
  }

  get ocrDialog(): Locator {
    return this.page.getByRole('dialog', { name: this.t('evidence.ocrTitle') });
  }

  get ocrLanguage(): Locator {
    return this.ocrDialog.getByLabel(this.t('evidence.ocrLanguage'));
  }

  get ocrStart(): Locator {
    return this.ocrDialog.getByRole('button', { name: this.t('evidence.ocrStart') });
  }
}
