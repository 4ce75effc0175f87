import type { Locator, Page } from '@playwright/test';
import type { Strings } from '../strings.ts';
import { Screen } from './screen.ts';
import { fillCode } from './code-picker.ts';

export interface DateParts {
  readonly calendar?: string;
  readonly year?: string;
  readonly month?: string;
  readonly day?: string;
  readonly original?: string;
}

export class ClientFormPage extends Screen {
  constructor(page: Page, t: Strings) {
    super(page, t, null);
  }

  get form(): Locator {
    return this.page.getByRole('form', { name: this.t('client.formLabel') });
  }

  field(labelKey: string): Locator {
    return this.form.getByLabel(this.t(labelKey), { exact: true });
  }

  get familyName(): Locator {
    return this.field('client.familyName');
  }

  get givenNames(): Locator {
    return this.field('client.givenNames');
  }

  get uci(): Locator {
    return this.field('client.uci');
  }

  get dateOfBirth(): Locator {
    return this.form.getByRole('group', { name: this.t('client.dateOfBirth'), exact: true });
  }

  dateInput(group: Locator, key: 'year' | 'month' | 'day' | 'original'): Locator {
    return group.getByLabel(this.t(`date.${key}`), { exact: true });
  }

  async fillDate(group: Locator, parts: DateParts): Promise<void> {
    if (parts.calendar) await group.getByLabel(this.t('date.calendar'), { exact: true }).selectOption(parts.calendar);
    for (const key of ['year', 'month', 'day', 'original'] as const) {
      const value = parts[key];
      if (value !== undefined) await this.dateInput(group, key).fill(value);
    }
  }

  /** The nth name-in-script row (0-based). */
  nameInScriptRow(index: number): Locator {
    return this.form.getByRole('group', { name: this.t('client.nameInScriptN', { n: index + 1 }), exact: true });
  }

  async addNameInScript(value: string, script: string): Promise<void> {
    const count = await this.form
      .getByRole('group', { name: new RegExp(`^${this.t('client.nameInScriptN', { n: '' }).trim()} \\d+$`) })
      .count();
    await this.form.getByRole('button', { name: this.t('client.addNameInScript') }).click();
    const row = this.nameInScriptRow(count);
    await row.getByLabel(this.t('client.nameInScript'), { exact: true }).fill(value);
    await fillCode(row.getByLabel(this.t('client.scriptCode'), { exact: true }), script);
  }

  get gregorianRange(): Locator {
    return this.dateOfBirth.getByTestId('gregorian-range');
  }
}
