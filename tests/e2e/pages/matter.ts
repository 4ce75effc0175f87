import type { Locator, Page } from '@playwright/test';
import type { Strings } from '../strings.ts';
import { Screen } from './screen.ts';

/** What the File tab is filled with in a test. */
export interface MatterDetails {
  readonly region: 'Western' | 'Central' | 'Eastern';
  readonly language: 'en' | 'fr';
  readonly irb: string;
  readonly cbsa: string;
  readonly uci: string;
  readonly member: string;
  readonly mode: 'in-person' | 'video' | 'telephone';
  readonly place: string;
}

/** The File tab (en "File", fr "Affaire"): forum, region, language, file numbers, hearing. */
export class MatterPage extends Screen {
  constructor(page: Page, t: Strings) {
    super(page, t, null);
  }

  get tab(): Locator {
    return this.page.getByRole('tab', { name: this.t('tabs.matter'), exact: true });
  }

  get form(): Locator {
    return this.page.getByRole('form', { name: this.t('matter.formLabel') });
  }

  field(labelKey: string): Locator {
    return this.form.getByLabel(this.t(labelKey), { exact: true });
  }

  async fill(details: MatterDetails): Promise<void> {
    await this.field('matter.region').selectOption(details.region);
    await this.field('matter.language').selectOption(details.language);
    await this.field('matter.issuer.IRB').fill(details.irb);
    await this.field('matter.issuer.CBSA').fill(details.cbsa);
    await this.field('matter.uci').fill(details.uci);
    await this.field('matter.member').fill(details.member);
    await this.field('matter.hearingMode').selectOption(details.mode);
    await this.field('matter.hearingPlace').fill(details.place);
  }
}
