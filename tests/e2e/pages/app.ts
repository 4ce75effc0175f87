import type { Locator, Page } from '@playwright/test';
import { START_URL } from '../serve.ts';
import { stringsFor, type Language, type Strings } from '../strings.ts';
import { CaseListPage } from './case-list.ts';
import { SettingsPage } from './settings.ts';
import { SetupPage } from './setup.ts';
import { UnlockPage } from './unlock.ts';
import { WorkspacePage } from './workspace.ts';

/** The whole app as a user sees it; screens are reached through it. `language` picks the wording. */
export class DossierApp {
  readonly page: Page;
  language: Language = 'en';

  constructor(page: Page) {
    this.page = page;
  }

  get t(): Strings {
    return stringsFor(this.language);
  }

  async open(): Promise<void> {
    await this.page.goto(START_URL);
  }

  get banner(): Locator {
    return this.page.getByRole('banner');
  }

  /** The header's language buttons are named in their own language. */
  async switchLanguage(language: Language): Promise<void> {
    await this.banner.getByRole('button', { name: language === 'fr' ? 'Français' : 'English', exact: true }).click();
    this.language = language;
  }

  async lock(): Promise<void> {
    await this.banner.getByRole('button', { name: this.t('header.lock') }).click();
  }

  async goToSettings(): Promise<SettingsPage> {
    await this.page
      .getByRole('navigation', { name: this.t('header.nav') })
      .getByRole('button', { name: this.t('header.settings') })
      .click();
    return this.settings;
  }

  async goToCases(): Promise<CaseListPage> {
    await this.page
      .getByRole('navigation', { name: this.t('header.nav') })
      .getByRole('button', { name: this.t('header.cases') })
      .click();
    return this.cases;
  }

  get setup(): SetupPage {
    return new SetupPage(this.page, this.t);
  }

  get unlock(): UnlockPage {
    return new UnlockPage(this.page, this.t);
  }

  get cases(): CaseListPage {
    return new CaseListPage(this.page, this.t);
  }

  get workspace(): WorkspacePage {
    return new WorkspacePage(this.page, this.t);
  }

  get settings(): SettingsPage {
    return new SettingsPage(this.page, this.t);
  }
}
