import type { Locator, Page } from '@playwright/test';
import type { Strings } from '../strings.ts';

/** The case list's Export dialog and its Import a case transfer dialog. */
export class TransferDialogs {
  private readonly page: Page;
  private readonly t: Strings;

  constructor(page: Page, t: Strings) {
    this.page = page;
    this.t = t;
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async openExport(row: Locator): Promise<Locator> {
    await row.getByRole('button', { name: new RegExp(`^${this.t('transfer.export')}`) }).click();
    return this.dialog;
  }

  async fillPassphraseTwice(passphrase: string): Promise<void> {
    await this.dialog.getByLabel(this.t('transfer.passphrase'), { exact: true }).fill(passphrase);
    await this.dialog.getByLabel(this.t('transfer.passphraseAgain'), { exact: true }).fill(passphrase);
  }

  async saveSealed(): Promise<void> {
    await this.dialog.getByRole('button', { name: this.t('transfer.saveSealed') }).click();
  }

  async openImport(): Promise<Locator> {
    await this.page.getByRole('button', { name: this.t('transfer.import') }).click();
    return this.dialog;
  }

  async importWith(passphrase: string): Promise<void> {
    await this.dialog.getByLabel(this.t('transfer.passphrase'), { exact: true }).fill(passphrase);
    await this.dialog.getByRole('button', { name: this.t('transfer.chooseFile') }).click();
  }
}
