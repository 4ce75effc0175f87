import type { Locator, Page } from '@playwright/test';
import type { Strings } from '../strings.ts';
import { DetentionPage } from './detention.ts';

/** The review clock's place: the facility's city and province, the holiday calendar notice, next sittings. */
export class ClockPage extends DetentionPage {
  constructor(page: Page, t: Strings) {
    super(page, t);
  }

  get calendar(): Locator {
    return this.page.getByTestId('holiday-calendar');
  }

  mismatch(kind: string): Locator {
    return this.calendar.locator(`[data-testid="region-mismatch"][data-kind="${kind}"]`);
  }

  nextSitting(deadline: Locator): Locator {
    return deadline.getByTestId('next-sitting');
  }

  async setFacilityPlace(row: Locator, place: { readonly city?: string; readonly province?: string }): Promise<void> {
    if (place.city !== undefined) await this.field(row, 'clock.facilityCity').fill(place.city);
    if (place.province !== undefined) await this.field(row, 'clock.facilityProvince').selectOption(place.province);
  }
}
