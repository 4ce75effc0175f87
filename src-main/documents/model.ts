/**
 * The library-neutral document tree. Builders turn case data and templates into this; the HTML,
 * PDF (HTML printed by Chromium) and DOCX renderers turn it into output. Nothing here knows a
 * format, and nothing in a renderer decides content.
 */

/** 'auto' lets the renderer take the direction from the text itself (first strong character). */
export type Direction = 'ltr' | 'rtl' | 'auto';

/** Language and direction of a piece of text; direction defaults to the language's own. */
export interface LangDir {
  /** BCP-47, e.g. "fa", "zh-Hant-HK", "pa-Guru". Inherited from the parent when absent. */
  readonly lang?: string;
  readonly dir?: Direction;
}

export interface TextRun extends LangDir {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  /**
   * A person's name or a page or Bates range ("APP-000001–APP-000004", "pp. 3–7"): never broken
   * across lines. Builders set it where they insert such text; renderers keep it whole.
   */
  readonly unbroken?: boolean;
  /**
   * A link over the run's text. The HTML renderer writes it as <a href>, which Chromium prints as
   * a link annotation over exactly that text (the packet's list of documents links each entry to
   * its page this way); the DOCX renderer writes the text alone, since those links point at pages
   * of a packet a Word file does not have.
   */
  readonly href?: string;
  /**
   * A value from the case that a template inserted, and that holds a right-to-left letter or a
   * bidi control (see isolatesWhole in core/lang/bidi.ts): renderers isolate it whole, so it
   * neither reorders the template's words beside it nor carries an override past its end.
   */
  readonly inserted?: boolean;
}

export interface HeadingBlock extends LangDir {
  readonly type: 'heading';
  readonly level: 1 | 2 | 3 | 4;
  readonly runs: readonly TextRun[];
}

export interface ParagraphBlock extends LangDir {
  readonly type: 'paragraph';
  readonly runs: readonly TextRun[];
  readonly align?: 'start' | 'end' | 'center' | 'justify';
}

export interface ListItem {
  readonly blocks: readonly Block[];
}

export interface ListBlock extends LangDir {
  readonly type: 'list';
  readonly ordered: boolean;
  /** Nested lists are list blocks inside an item. */
  readonly items: readonly ListItem[];
}

export interface TableCell {
  readonly blocks: readonly Block[];
  readonly colSpan?: number;
}

export interface TableRow {
  readonly cells: readonly TableCell[];
}

export interface TableBlock extends LangDir {
  readonly type: 'table';
  /** Repeated at the top of every page the table continues on. */
  readonly headerRows: readonly TableRow[];
  readonly rows: readonly TableRow[];
  /** Relative widths (any unit, normalised to percentages); one per column. */
  readonly columnWidths?: readonly number[];
}

export interface SignatureBlock extends LangDir {
  readonly type: 'signature';
  /** "Signature of the bondsperson". */
  readonly label: readonly TextRun[];
  readonly name?: readonly TextRun[];
  /** Place and date lines, e.g. "Toronto, 12 March 2025". */
  readonly details?: readonly (readonly TextRun[])[];
}

export interface BilingualSide extends LangDir {
  readonly blocks: readonly Block[];
}

/** One row of a side-by-side translated statement: source on one side, translation on the other. */
export interface BilingualRow {
  readonly left: BilingualSide;
  readonly right: BilingualSide;
}

export interface BilingualBlock extends LangDir {
  readonly type: 'bilingual';
  readonly headers?: { readonly left: readonly TextRun[]; readonly right: readonly TextRun[] };
  readonly rows: readonly BilingualRow[];
}

/** Image bytes live outside the tree (the vault's blob store); the renderer resolves the id. */
export interface ImageBlock extends LangDir {
  readonly type: 'image';
  readonly imageId: string;
  readonly mediaType: 'image/png' | 'image/jpeg';
  readonly alt: string;
  /** Display size in points (1/72 inch). */
  readonly widthPt: number;
  readonly heightPt: number;
}

export interface PageBreakBlock {
  readonly type: 'page-break';
}

export type Block = HeadingBlock | ParagraphBlock | ListBlock | TableBlock | SignatureBlock | BilingualBlock | ImageBlock | PageBreakBlock;

export type PageSize = 'letter' | 'a4';

/** Margins in millimetres. */
export interface Margins {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/**
 * Text of a running header or footer. "{page}" and "{pages}" are replaced by the page number
 * and page count, e.g. "Page {page} of {pages}".
 */
export interface RunningText extends LangDir {
  readonly left?: string;
  readonly center?: string;
  readonly right?: string;
}

export interface PageSetup {
  readonly size: PageSize;
  readonly margins: Margins;
  readonly header?: RunningText;
  readonly footer?: RunningText;
}

export interface DocumentMeta {
  readonly title: string;
  /** The document's main language; blocks and runs may override it. */
  readonly lang: string;
  readonly subject?: string;
  /** Search words written to the PDF's /Keywords, e.g. the file numbers of the case. */
  readonly keywords?: readonly string[];
}

export interface DossierDocument {
  readonly meta: DocumentMeta;
  readonly page: PageSetup;
  readonly blocks: readonly Block[];
}

/** Letter with one-inch margins: what Canadian tribunals expect unless told otherwise. */
export const DEFAULT_PAGE: PageSetup = {
  size: 'letter',
  margins: { top: 25.4, right: 25.4, bottom: 25.4, left: 25.4 },
  footer: { center: 'Page {page} of {pages}' },
};
