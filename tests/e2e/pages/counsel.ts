import type { Locator, Page } from '@playwright/test';
import type { Strings } from '../strings.ts';
import { Screen } from './screen.ts';

export interface CounselDetails {
  readonly name: string;
  readonly title: string;
  readonly firm: string;
  readonly address: readonly string[];
  readonly phone: string;
  readonly email: string;
  readonly lawSociety: string;
  readonly lawSocietyNumber: string;
}

/** Settings → Counsel profile. */
export class CounselPage extends Screen {
  constructor(page: Page, t: Strings) {
    super(page, t, 'settings.title');
  }

  get tab(): Locator {
    return this.page.getByRole('tab', { name: this.t('settings.tabs.counsel') });
  }

  async open(): Promise<void> {
    await this.tab.click();
  }

  field(key: string): Locator {
    return this.page.getByLabel(this.t(`counsel.${key}`), { exact: true });
  }

  get save(): Locator {
    return this.page.getByRole('button', { name: this.t('counsel.save') });
  }

  get status(): Locator {
    return this.page.getByTestId('counsel-status');
  }

  async fill(details: CounselDetails): Promise<void> {
    await this.field('name').fill(details.name);
    await this.field('professionalTitle').fill(details.title);
    await this.field('firm').fill(details.firm);
    await this.field('address').fill(details.address.join('\n'));
    await this.field('phone').fill(details.phone);
    await this.field('email').fill(details.email);
    await this.field('lawSociety').fill(details.lawSociety);
    await this.field('lawSocietyNumber').fill(details.lawSocietyNumber);
  }
}
