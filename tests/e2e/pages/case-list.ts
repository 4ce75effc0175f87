import type { Locator, Page } from '@playwright/test';
import type { Strings } from '../strings.ts';
import { Screen } from './screen.ts';
import { fillCode } from './code-picker.ts';

export interface NewCase {
  readonly kind?: 'detention-review' | 'hc';
  readonly familyName?: string;
  readonly givenNames?: string;
  readonly nameInScript?: string;
  readonly script?: string;
}

export class CaseListPage extends Screen {
  constructor(page: Page, t: Strings) {
    super(page, t, 'cases.title');
  }

  get newCaseButton(): Locator {
    return this.page.getByRole('button', { name: this.t('cases.new') });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  get search(): Locator {
    return this.page.getByRole('searchbox', { name: this.t('cases.search') });
  }

  get showArchived(): Locator {
    return this.page.getByRole('checkbox', { name: this.t('cases.showArchived') });
  }

  get status(): Locator {
    return this.page.locator('.list-status');
  }

  get table(): Locator {
    return this.page.getByRole('table');
  }

  /** Body rows; each row's header cell holds the client's name. */
  get rows(): Locator {
    return this.table.locator('tbody tr');
  }

  row(name: string | RegExp): Locator {
    return this.rows.filter({ has: this.page.getByRole('rowheader', { name }) });
  }

  async createCase(input: NewCase): Promise<void> {
    await this.newCaseButton.click();
    const dialog = this.dialog;
    await dialog.getByRole('radio', { name: this.t(`caseKind.${input.kind ?? 'detention-review'}`) }).check();
    if (input.familyName) await dialog.getByLabel(this.t('client.familyName'), { exact: true }).fill(input.familyName);
    if (input.givenNames) await dialog.getByLabel(this.t('client.givenNames'), { exact: true }).fill(input.givenNames);
    if (input.nameInScript) await dialog.getByLabel(this.t('newCase.scriptName'), { exact: true }).fill(input.nameInScript);
    if (input.script) await fillCode(dialog.getByLabel(this.t('client.scriptCode'), { exact: true }), input.script);
    await dialog.getByRole('button', { name: this.t('newCase.create') }).click();
  }

  async searchFor(query: string): Promise<void> {
    await this.search.fill(query);
  }

  async open(name: string | RegExp): Promise<void> {
    await this.row(name).getByRole('rowheader').getByRole('button').click();
  }

  async setArchived(name: string | RegExp, archived: boolean): Promise<void> {
    await this.row(name)
      .getByRole('button', { name: new RegExp(`^${archived ? this.t('cases.archive') : this.t('cases.unarchive')}\\b`) })
      .click();
  }

  async startDelete(name: string | RegExp): Promise<Locator> {
    await this.row(name)
      .getByRole('button', { name: new RegExp(`^${this.t('cases.delete')}\\b`) })
      .click();
    return this.dialog;
  }
}
