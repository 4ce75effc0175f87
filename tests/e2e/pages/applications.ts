import type { Locator, Page } from '@playwright/test';
import type { Strings } from '../strings.ts';

/** The Applications section of the Detention tab: the ID Rules applications and the r.45 prompt. */
export class ApplicationsSection {
  private readonly page: Page;
  private readonly t: Strings;

  constructor(page: Page, t: Strings) {
    this.page = page;
    this.t = t;
  }

  get section(): Locator {
    return this.page.getByTestId('applications');
  }

  get prompts(): Locator {
    return this.section.getByTestId('privacy-prompt');
  }

  get recordR45(): Locator {
    return this.section.getByRole('button', { name: this.t('applications.recordR45'), exact: true });
  }

  row(index: number, kind: string): Locator {
    return this.section.getByRole('group', {
      name: this.t('applications.itemN', { n: index + 1, kind: this.t(`applications.kinds.${kind}`) }),
    });
  }

  field(row: Locator, key: string): Locator {
    return row.getByLabel(this.t(key), { exact: true });
  }

  limit(row: Locator): Locator {
    return row.getByTestId('application-limit');
  }
}
