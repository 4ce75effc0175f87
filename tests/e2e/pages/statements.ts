import type { Locator, Page } from '@playwright/test';
import type { Strings } from '../strings.ts';
import type { DateParts } from './client-form.ts';
import { Screen } from './screen.ts';
import { fillCode } from './code-picker.ts';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A translator as typed in the registry. */
export interface TranslatorInput {
  readonly familyName: string;
  readonly givenNames: string;
  readonly relationship?: string;
  readonly phone?: string;
  readonly email?: string;
  readonly pairs?: readonly { readonly from: string; readonly to: 'en' | 'fr'; readonly dialects?: string }[];
  readonly association?: { readonly name: string; readonly memberNo: string; readonly certified: boolean; readonly stamp?: string };
  readonly isClient?: boolean;
  readonly isFamilyOfClient?: boolean;
  readonly isRepresentative?: boolean;
}

/** A statement as typed in the editor; paragraphs as [original, translation] pairs. */
export interface StatementInput {
  readonly title: string;
  readonly lang: string;
  readonly dialect?: string;
  readonly kind?: string;
  readonly method?: 'handwritten' | 'typed' | 'dictated-via-interpreter';
  readonly dateWritten?: DateParts;
  readonly paragraphs: readonly (readonly [string, string])[];
}

/** The Statements tab: the list, the side-by-side editor, the translation's certification and the translators registry. */
export class StatementsPage extends Screen {
  constructor(page: Page, t: Strings) {
    super(page, t, null);
  }

  get tab(): Locator {
    return this.page.getByRole('tab', { name: this.t('tabs.statements'), exact: true });
  }

  async open(): Promise<void> {
    await this.tab.click();
  }

  get form(): Locator {
    return this.page.getByRole('form', { name: this.t('statements.formLabel') });
  }

  get rows(): Locator {
    return this.form.getByTestId('statement-row');
  }

  get editor(): Locator {
    return this.form.getByTestId('statement-editor');
  }

  field(scope: Locator, key: string): Locator {
    return scope.getByLabel(this.t(key), { exact: true });
  }

  group(scope: Locator, key: string): Locator {
    return scope.getByRole('group', { name: this.t(key), exact: true });
  }

  /** Paragraph n's cell on one side (1-based), whatever the language's name. */
  cell(side: 'original' | 'translation', n: number): Locator {
    const label = this.t(side === 'original' ? 'statements.originalCell' : 'statements.translationCell', { n, language: '\u0000' });
    const prefix = label.split('\u0000')[0] ?? label;
    return this.editor.getByRole('textbox', { name: new RegExp(`^${escape(prefix)}`) });
  }

  get paragraphRows(): Locator {
    return this.editor.getByTestId('paragraph-row');
  }

  get findings(): Locator {
    return this.editor.getByTestId('certification-findings');
  }

  get findingItems(): Locator {
    return this.findings.getByTestId('translation-finding');
  }

  async addStatement(input: StatementInput): Promise<void> {
    await this.form.getByRole('button', { name: this.t('statements.add') }).click();
    await this.fillStatement(input);
  }

  async fillStatement(input: StatementInput): Promise<void> {
    const editor = this.editor;
    await this.field(editor, 'statements.titleLabel').fill(input.title);
    if (input.kind) await this.field(editor, 'statements.kind').selectOption(input.kind);
    await fillCode(this.field(editor, 'statements.lang'), input.lang);
    if (input.dialect !== undefined) await this.field(editor, 'statements.dialect').fill(input.dialect);
    if (input.method) await this.field(editor, 'statements.method').selectOption(input.method);
    if (input.dateWritten) await this.fillDate(this.group(editor, 'statements.dateWritten'), input.dateWritten);
    for (const [i, [original, translation]] of input.paragraphs.entries()) {
      if ((await this.paragraphRows.count()) <= i) await editor.getByRole('button', { name: this.t('statements.addParagraph') }).click();
      await this.cell('original', i + 1).fill(original);
      await this.cell('translation', i + 1).fill(translation);
    }
  }

  async fillDate(group: Locator, parts: DateParts): Promise<void> {
    if (parts.calendar) await group.getByLabel(this.t('date.calendar'), { exact: true }).selectOption(parts.calendar);
    for (const key of ['year', 'month', 'day', 'original'] as const) {
      const value = parts[key];
      if (value !== undefined) await group.getByLabel(this.t(`date.${key}`), { exact: true }).fill(value);
    }
  }

  /** Chooses the translator (by the name the registry shows) and the destination and certification. */
  async certify(choice: { translator?: string; destination?: string; certification?: string }): Promise<void> {
    const editor = this.editor;
    if (choice.translator) await this.field(editor, 'statements.translator').selectOption({ label: choice.translator });
    if (choice.destination) await this.field(editor, 'statements.destination').selectOption(choice.destination);
    if (choice.certification) await this.field(editor, 'statements.certification').selectOption(choice.certification);
  }

  get translatorCards(): Locator {
    return this.form.getByTestId('translator-card');
  }

  /** The nth translator (1-based), whatever name it carries. */
  translator(n: number): Locator {
    return this.form.getByRole('region', { name: new RegExp(`^${escape(this.t('translators.translatorN', { n }))}(?: —|$)`) });
  }

  async addTranslator(input: TranslatorInput): Promise<Locator> {
    const n = (await this.translatorCards.count()) + 1;
    await this.form.getByRole('button', { name: this.t('translators.add') }).click();
    const card = this.translator(n);
    await this.field(card, 'client.familyName').fill(input.familyName);
    await this.field(card, 'client.givenNames').fill(input.givenNames);
    if (input.relationship !== undefined) await this.field(card, 'translators.relationship').fill(input.relationship);
    if (input.phone !== undefined) {
      await card.getByRole('button', { name: this.t('translators.addPhone') }).click();
      const row = card.getByRole('group', { name: this.t('translators.phoneN', { n: 1 }), exact: true });
      await this.field(row, 'translators.phone').fill(input.phone);
    }
    if (input.email !== undefined) await this.field(card, 'translators.email').fill(input.email);
    for (const [i, pair] of (input.pairs ?? []).entries()) {
      await card.getByRole('button', { name: this.t('translators.addPair') }).click();
      const row = card.getByRole('group', { name: this.t('translators.pairN', { n: i + 1 }), exact: true });
      await fillCode(this.field(row, 'translators.from'), pair.from);
      await this.field(row, 'translators.to').selectOption(pair.to);
      if (pair.dialects !== undefined) await this.field(row, 'translators.dialects').fill(pair.dialects);
    }
    if (input.association) {
      await this.field(card, 'translators.association').fill(input.association.name);
      await this.field(card, 'translators.memberNo').fill(input.association.memberNo);
      await this.field(card, 'translators.certified').setChecked(input.association.certified);
      if (input.association.stamp !== undefined) await this.field(card, 'translators.stampText').fill(input.association.stamp);
    }
    if (input.isClient !== undefined) await this.field(card, 'translators.isClient').setChecked(input.isClient);
    if (input.isFamilyOfClient !== undefined) await this.field(card, 'translators.isFamilyOfClient').setChecked(input.isFamilyOfClient);
    if (input.isRepresentative !== undefined) await this.field(card, 'translators.isRepresentative').setChecked(input.isRepresentative);
    return card;
  }
}
