import type { Locator } from '@playwright/test';
import { TimelinePage } from './timeline.ts';

/** The event form's "shortly after / shortly before another event" fields, and the note the table shows for them. */
export class RelativeDates extends TimelinePage {
  get side(): Locator {
    return this.dialog.getByLabel(this.t('relativeDates.side'), { exact: true });
  }

  get anchor(): Locator {
    return this.dialog.getByLabel(this.t('relativeDates.anchor'), { exact: true });
  }

  note(summary: string): Locator {
    return this.row(summary).getByTestId('timeline-relative');
  }
}
