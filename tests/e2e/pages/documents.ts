import type { FrameLocator, Locator, Page } from '@playwright/test';
import type { Strings } from '../strings.ts';
import { Screen } from './screen.ts';

/** The Documents tab of a case: the kinds, the target, the language, the preview and the save buttons. */
export class DocumentsPage extends Screen {
  constructor(page: Page, t: Strings) {
    super(page, t, null);
  }

  get section(): Locator {
    return this.page.getByRole('region', { name: this.t('documents.title') });
  }

  kind(kind: string): Locator {
    return this.section.getByRole('radio', { name: this.t(`templates.names.${kind}`), exact: true });
  }

  /** The document's language, each named in its own language. */
  language(lang: 'en' | 'fr'): Locator {
    return this.section.getByRole('radio', { name: lang === 'fr' ? 'Français' : 'English', exact: true });
  }

  target(kind: 'statement' | 'person' | 'hearing' | 'service' | 'application'): Locator {
    return this.section.getByLabel(this.t(`documents.target.${kind}`), { exact: true });
  }

  get preview(): FrameLocator {
    return this.page.frameLocator('[data-testid="document-preview"]');
  }

  get previewFrame(): Locator {
    return this.page.getByTestId('document-preview');
  }

  get problems(): Locator {
    return this.page.getByTestId('document-problems');
  }

  /** What to check before filing a document that can be made (a real name left under a pseudonym). */
  get checks(): Locator {
    return this.page.getByTestId('document-checks');
  }

  get savePdf(): Locator {
    return this.section.getByRole('button', { name: this.t('documents.savePdf') });
  }

  get saveDocx(): Locator {
    return this.section.getByRole('button', { name: this.t('documents.saveDocx') });
  }

  get saved(): Locator {
    return this.page.getByTestId('document-saved');
  }
}
