import type { Locator, Page } from '@playwright/test';
import type { Strings } from '../strings.ts';

type T = Strings;

/** Settings → Backups: the list, one backup's actions, and the whole-vault restore confirmation. */
export class BackupsPage {
  readonly panel: Locator;
  private readonly page: Page;
  private readonly t: T;

  constructor(page: Page, t: T) {
    this.page = page;
    this.t = t;
    this.panel = page.getByRole('region', { name: t('backups.title') });
  }

  get status(): Locator {
    return this.panel.getByRole('status');
  }

  backups(): Locator {
    return this.panel.getByTestId('backup');
  }

  /** Opens a backup's details from the keyboard. */
  async openBackup(index: number): Promise<Locator> {
    const backup = this.backups().nth(index);
    await backup.locator('summary').focus();
    await this.page.keyboard.press('Enter');
    return backup;
  }

  button(backup: Locator, key: string): Locator {
    return backup.getByRole('button', { name: this.t(key), exact: true });
  }

  get restoreDialog(): Locator {
    return this.page.getByRole('dialog', { name: this.t('backupFiles.confirmTitle') });
  }
}

/** A message with its {{placeholders}} matching anything: for texts that carry a date or a count. */
export function messagePattern(t: T, key: string, vars: Readonly<Record<string, string | number>> = {}): RegExp {
  const marker = '\u0001';
  const text = t(key, { ...vars, date: marker, file: marker, files: marker, cases: marker });
  return new RegExp(
    text
      .split(marker)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.+'),
    'u',
  );
}
