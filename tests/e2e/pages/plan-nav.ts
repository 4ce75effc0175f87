import type { Locator, Page } from '@playwright/test';
import type { Strings } from '../strings.ts';
import { Screen } from './screen.ts';

/** The release plan's table of contents and the Show/Hide button of each section. */
export class PlanNavPage extends Screen {
  constructor(page: Page, t: Strings) {
    super(page, t, null);
  }

  get nav(): Locator {
    return this.page.getByRole('navigation', { name: this.t('form.plan.nav') });
  }

  /** The link to a section, by its heading's key ("releasePlan.residence.title"). */
  link(titleKey: string): Locator {
    return this.nav.getByRole('link', { name: new RegExp(`^${escape(this.t(titleKey))}`) });
  }

  sectionHeading(titleKey: string): Locator {
    return this.page.getByRole('heading', { level: 2, name: this.t(titleKey), exact: true });
  }

  hide(titleKey: string): Locator {
    return this.page.getByRole('button', { name: this.t('form.plan.hide', { section: this.t(titleKey) }), exact: true });
  }

  show(titleKey: string): Locator {
    return this.page.getByRole('button', { name: this.t('form.plan.show', { section: this.t(titleKey) }), exact: true });
  }

  /** How tall the page is now, in CSS pixels. */
  pageHeight(): Promise<number> {
    return this.page.evaluate(
      () => (globalThis as unknown as { document: { documentElement: { scrollHeight: number } } }).document.documentElement.scrollHeight,
    );
  }

  get hideAll(): Locator {
    return this.nav.getByRole('button', { name: this.t('form.plan.hideAll') });
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
