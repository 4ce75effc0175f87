import type { Locator, Page } from '@playwright/test';
import type { Strings } from '../strings.ts';
import { Screen } from './screen.ts';

/** The redaction dialog opened from an exhibit's row: the page with its marks, the marking tools, the list, Apply. */
export class RedactionPage extends Screen {
  constructor(page: Page, t: Strings) {
    super(page, t, null);
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  get pageView(): Locator {
    return this.page.getByTestId('redaction-page');
  }

  get pageImage(): Locator {
    return this.pageView.getByRole('img');
  }

  get marks(): Locator {
    return this.page.getByTestId('redaction-mark-item');
  }

  get status(): Locator {
    return this.page.getByTestId('redaction-status');
  }

  field(key: 'page' | 'x' | 'y' | 'width' | 'height'): Locator {
    return this.page.getByTestId(`redaction-area-${key}`);
  }

  async markHits(text: string): Promise<void> {
    await this.page.getByTestId('redaction-search-text').fill(text);
    await this.dialog.getByRole('button', { name: this.t('redaction.markHits') }).click();
  }

  async markPattern(kind: 'phone' | 'email'): Promise<void> {
    await this.page.getByTestId('redaction-search-kind').selectOption(kind);
    await this.dialog.getByRole('button', { name: this.t('redaction.markHits') }).click();
  }

  /** An area typed in the fields, in points from the page's top-left corner. */
  async markArea(area: { page: number; x: number; y: number; width: number; height: number }): Promise<void> {
    for (const key of ['page', 'x', 'y', 'width', 'height'] as const) await this.field(key).fill(String(area[key]));
    await this.field('height').press('Enter');
  }

  /** A rectangle dragged with the mouse, in fractions of the shown page. */
  async draw(from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
    const box = await this.pageView.boundingBox();
    if (!box) throw new Error('the page is not shown');
    await this.page.mouse.move(box.x + from.x * box.width, box.y + from.y * box.height);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + to.x * box.width, box.y + to.y * box.height, { steps: 4 });
    await this.page.mouse.up();
  }

  async apply(): Promise<void> {
    await this.dialog.getByRole('button', { name: this.t('redaction.apply') }).click();
    await this.page
      .getByTestId('redaction-confirm')
      .getByRole('button', { name: this.t('redaction.applyConfirm') })
      .click();
  }
}
