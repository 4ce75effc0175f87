import type { Locator, Page } from '@playwright/test';
import type { Strings } from '../strings.ts';

/** A backup file opened with its own passphrase: on the first-run screen, or in Settings → Backups. */
export class BackupFilePage {
  readonly section: Locator;
  private readonly t: Strings;

  constructor(page: Page, t: Strings, mode: 'vault' | 'case') {
    this.t = t;
    this.section = page.getByRole('region', {
      name: t(mode === 'vault' ? 'vaultLife.backupFile.titleVault' : 'vaultLife.backupFile.titleCase'),
    });
  }

  get passphrase(): Locator {
    return this.section.getByLabel(this.t('vaultLife.backupFile.passphrase'), { exact: true });
  }

  get status(): Locator {
    return this.section.getByRole('status');
  }

  get alert(): Locator {
    return this.section.getByRole('alert');
  }

  /** Chooses the file (the stand-in dialog answers) and opens it with `passphrase`. */
  async open(passphrase: string): Promise<void> {
    await this.section.getByRole('button', { name: this.t('vaultLife.backupFile.choose') }).click();
    await this.passphrase.fill(passphrase);
    await this.passphrase.press('Enter');
  }

  button(key: string): Locator {
    return this.section.getByRole('button', { name: this.t(key), exact: true });
  }
}
