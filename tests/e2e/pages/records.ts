import type { Locator, Page } from '@playwright/test';
import type { Strings } from '../strings.ts';
import { Screen } from './screen.ts';

/** The records the case model holds beside its core facts: the File tab's parallel matters and the client's place of birth. */
export class RecordsPage extends Screen {
  constructor(page: Page, t: Strings) {
    super(page, t, null);
  }

  get proceedings(): Locator {
    return this.page.getByTestId('proceedings');
  }

  get birth(): Locator {
    return this.page.getByTestId('birth-fields');
  }

  /** A labelled control inside one of the sections, by its string key. */
  in(scope: Locator, key: string): Locator {
    return scope.getByLabel(this.t(key), { exact: true });
  }
}
