import type { FrameLocator, Locator, Page } from '@playwright/test';
import type { Strings } from '../strings.ts';
import { Screen } from './screen.ts';

/** Settings → Templates. */
export class TemplatesPage extends Screen {
  constructor(page: Page, t: Strings) {
    super(page, t, 'settings.title');
  }

  get tab(): Locator {
    return this.page.getByRole('tab', { name: this.t('settings.tabs.templates') });
  }

  async open(): Promise<void> {
    await this.tab.click();
  }

  get list(): Locator {
    return this.page.getByRole('navigation', { name: this.t('templates.listLabel') });
  }

  /** A template in the list, by its id and language ("letter", "en"). */
  item(id: string, lang: 'en' | 'fr'): Locator {
    const name = this.t('templates.name', { name: this.t(`templates.names.${id}`), language: this.t(`templates.lang.${lang}`) });
    return this.list.getByRole('button', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}`) });
  }

  get status(): Locator {
    return this.page.getByTestId('template-status');
  }

  get text(): Locator {
    return this.page.getByRole('textbox', { name: new RegExp(`^${this.t('templates.text')}`) });
  }

  get preview(): FrameLocator {
    return this.page.frameLocator('[data-testid="template-preview"]');
  }

  get previewFrame(): Locator {
    return this.page.getByTestId('template-preview');
  }

  get message(): Locator {
    return this.page.getByTestId('template-message');
  }

  /** The buttons that list the problems, each naming its line and column. */
  get problems(): Locator {
    return this.page.locator('.template-problems').getByRole('button');
  }

  button(key: string): Locator {
    return this.page.getByRole('button', { name: this.t(`templates.${key}`), exact: true });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }
}
