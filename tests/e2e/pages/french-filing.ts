import type { Locator, Page } from '@playwright/test';
import { Screen } from './screen.ts';
import type { Strings } from '../strings.ts';

/**
 * The French-filing parts of the UI: the French-version fields of the release plan, and the
 * Packets tab's list of fields that would print as typed.
 */
export class FrenchFilingPage extends Screen {
  constructor(page: Page, t: Strings) {
    super(page, t, null);
  }

  /** The French-version field of `field` inside `scope` (a condition's group, the residence or supervisor section). */
  frenchVersion(scope: Locator, field: 'details' | 'suitability' | 'reportingSchedule' | 'notes'): Locator {
    return scope.getByLabel(this.t('frenchVersions.label', { field: this.t(`frenchVersions.fields.${field}`) }), { exact: true });
  }

  /** The Packets tab's pre-build warnings for a French filing. */
  get checks(): Locator {
    return this.page.getByTestId('french-version-checks');
  }
}
