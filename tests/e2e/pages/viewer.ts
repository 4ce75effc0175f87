import type { Locator, Page } from '@playwright/test';
import type { Strings } from '../strings.ts';
import { Screen } from './screen.ts';

/** The in-app viewer dialog: toolbar, search, side panel and page column. */
export class ViewerPage extends Screen {
  constructor(page: Page, t: Strings) {
    super(page, t, null);
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  get column(): Locator {
    return this.page.getByTestId('viewer-column');
  }

  /** The pages whose image has arrived. */
  get loadedPages(): Locator {
    return this.page.locator('[data-testid="viewer-page"] [data-loaded="true"] img');
  }

  get pageNumber(): Locator {
    return this.dialog.getByLabel(this.t('viewer.pageField'), { exact: true });
  }

  get tabField(): Locator {
    return this.dialog.getByLabel(this.t('viewer.tabField'), { exact: true });
  }

  get goToTab(): Locator {
    return this.dialog.getByRole('button', { name: this.t('viewer.goToTab'), exact: true });
  }

  get search(): Locator {
    return this.dialog.getByRole('searchbox', { name: this.t('viewer.searchField') });
  }

  get searchStatus(): Locator {
    return this.page.getByTestId('viewer-search-status');
  }

  get currentHit(): Locator {
    return this.page.getByTestId('viewer-hit-current');
  }

  get integrity(): Locator {
    return this.page.getByTestId('viewer-integrity');
  }

  get bookmarks(): Locator {
    return this.dialog.getByRole('navigation', { name: this.t('viewer.bookmarksLabel') });
  }

  sideTab(name: 'bookmarks' | 'thumbnails'): Locator {
    return this.dialog.getByRole('tab', { name: this.t(`viewer.${name}`) });
  }

  get thumbnails(): Locator {
    return this.page.getByTestId('viewer-thumbnail');
  }

  /** Goes to a packet's tab by its number, typed in the "Go to tab" field. */
  async goToTabNumber(tab: string): Promise<void> {
    await this.tabField.fill(tab);
    await this.goToTab.click();
  }
}
