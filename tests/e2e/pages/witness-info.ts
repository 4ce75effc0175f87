import type { Locator } from '@playwright/test';
import type { Strings } from '../strings.ts';

/** The r.32 witness information inside one application row of the Applications section. */
export class WitnessInfo {
  readonly box: Locator;
  private readonly t: Strings;

  constructor(row: Locator, t: Strings) {
    this.t = t;
    this.box = row.getByRole('group', { name: t('applicationsMore.witnessLegend') });
  }

  /** A field of the witness information by its label's key under `applicationsMore.`. */
  field(key: string): Locator {
    return this.box.getByLabel(this.t(`applicationsMore.${key}`), { exact: true });
  }
}
