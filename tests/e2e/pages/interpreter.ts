import type { Locator, Page } from '@playwright/test';
import type { Strings } from '../strings.ts';
import { Screen } from './screen.ts';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Interpreter mode: reached from the setup screen; opens a request, translates beside the original, signs and exports. */
export class InterpreterPage extends Screen {
  constructor(page: Page, t: Strings) {
    super(page, t, 'interpreter.title');
  }

  /** Setup's offer for interpreters. */
  get choose(): Locator {
    return this.page.getByRole('button', { name: this.t('interpreter.choose') });
  }

  /** Leaves interpreter mode for setup, confirming in the dialog it opens. */
  async leave(): Promise<void> {
    await this.page.getByRole('button', { name: this.t('interpreter.back') }).click();
    await this.leaveDialog.getByRole('button', { name: this.t('interpreter.leaveConfirm') }).click();
  }

  get leaveDialog(): Locator {
    return this.page.getByRole('dialog', { name: this.t('interpreter.leaveTitle') });
  }

  get requestFile(): Locator {
    return this.page.getByLabel(this.t('interpreter.file'), { exact: true });
  }

  get passphrase(): Locator {
    return this.page.getByLabel(this.t('interpreter.passphrase'), { exact: true });
  }

  get openButton(): Locator {
    return this.page.getByRole('button', { name: this.t('interpreter.open') });
  }

  get error(): Locator {
    return this.page.getByTestId('interpreter-error');
  }

  async open(file: string, passphrase: string): Promise<void> {
    await this.requestFile.setInputFiles(file);
    await this.passphrase.fill(passphrase);
    await this.openButton.click();
  }

  get workHeading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.t('interpreter.workTitle') });
  }

  get items(): Locator {
    return this.page.getByTestId('request-item');
  }

  /** Paragraph n's cell on one side (1-based), whatever the language's name. */
  cell(side: 'original' | 'translation', n: number): Locator {
    const label = this.t(side === 'original' ? 'statements.originalCell' : 'statements.translationCell', { n, language: '\u0000' });
    const prefix = label.split('\u0000')[0] ?? label;
    const role = side === 'original' ? 'group' : 'textbox';
    return this.items.getByRole(role, { name: new RegExp(`^${escape(prefix)}`) });
  }

  field(key: string): Locator {
    return this.page.getByLabel(this.t(key), { exact: true });
  }

  get signatureImage(): Locator {
    return this.page.getByLabel(this.t('interpreter.signature.label'), { exact: true });
  }

  get exportButton(): Locator {
    return this.page.getByRole('button', { name: this.t('interpreter.export') });
  }

  get status(): Locator {
    return this.page.getByTestId('interpreter-status');
  }
}
