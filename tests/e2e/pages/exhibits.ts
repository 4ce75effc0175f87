import type { Locator, Page } from '@playwright/test';
import type { Strings } from '../strings.ts';
import { Screen } from './screen.ts';

export interface DroppedFile {
  readonly name: string;
  readonly mimeType: string;
  readonly bytes: Uint8Array;
}

/** The Exhibits tab: drop zone, "Add files…", the table of exhibits and per-file errors. */
export class ExhibitsPage extends Screen {
  constructor(page: Page, t: Strings) {
    super(page, t, null);
  }

  get dropZone(): Locator {
    return this.page.getByTestId('exhibit-drop-zone');
  }

  get addFiles(): Locator {
    return this.page.getByRole('button', { name: this.t('exhibits.addFiles') });
  }

  get rows(): Locator {
    return this.page.getByTestId('exhibit-row');
  }

  row(title: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('rowheader', { name: title }) });
  }

  get errors(): Locator {
    return this.page.getByTestId('import-errors');
  }

  get status(): Locator {
    return this.page.getByTestId('import-status');
  }

  /** Drops files on the drop zone as the OS would: a DataTransfer built in the page. */
  async drop(files: readonly DroppedFile[]): Promise<void> {
    const payload = files.map((f) => ({ name: f.name, mimeType: f.mimeType, base64: Buffer.from(f.bytes).toString('base64') }));
    const transfer = await this.page.evaluateHandle((items) => {
      // The test's TypeScript has no DOM library; these are the browser's own classes.
      const dom = globalThis as unknown as {
        DataTransfer: new () => { items: { add(file: unknown): void } };
        File: new (parts: Uint8Array[], name: string, options: { type: string }) => unknown;
      };
      const data = new dom.DataTransfer();
      for (const item of items) {
        const binary = atob(item.base64);
        const bytes = new Uint8Array(binary.length);
        for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
        data.items.add(new dom.File([bytes], item.name, { type: item.mimeType }));
      }
      return data;
    }, payload);
    await this.dropZone.dispatchEvent('dragover', { dataTransfer: transfer });
    await this.dropZone.dispatchEvent('drop', { dataTransfer: transfer });
  }
}
