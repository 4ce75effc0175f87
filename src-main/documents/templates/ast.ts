/**
 * The parsed form of a template. Templates are data: nothing in them is ever executed. A field
 * is a dotted path that the validator checks against the document type's allow-list and the
 * evaluator resolves through that same list, so a template can read only what the list names.
 */

export interface Pos {
  readonly line: number;
  readonly column: number;
}

export type InlineNode =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'field'; readonly path: readonly string[]; readonly pos: Pos }
  | { readonly type: 'number'; readonly pos: Pos }
  | {
      readonly type: 'if';
      readonly path: readonly string[];
      readonly then: readonly InlineNode[];
      readonly else: readonly InlineNode[];
      readonly pos: Pos;
    }
  | { readonly type: 'each'; readonly path: readonly string[]; readonly body: readonly InlineNode[]; readonly pos: Pos }
  | { readonly type: 'strong'; readonly children: readonly InlineNode[] }
  | { readonly type: 'em'; readonly children: readonly InlineNode[] };

export type ContainerKind = 'center' | 'right' | 'signature';

export type BlockNode =
  | { readonly type: 'heading'; readonly level: 1 | 2 | 3 | 4; readonly content: readonly InlineNode[]; readonly pos: Pos }
  | { readonly type: 'paragraph'; readonly lines: readonly (readonly InlineNode[])[]; readonly pos: Pos }
  | { readonly type: 'item'; readonly ordered: boolean; readonly content: readonly InlineNode[]; readonly pos: Pos }
  | {
      readonly type: 'if';
      readonly path: readonly string[];
      readonly then: readonly BlockNode[];
      readonly else: readonly BlockNode[];
      readonly pos: Pos;
    }
  | { readonly type: 'each'; readonly path: readonly string[]; readonly body: readonly BlockNode[]; readonly pos: Pos }
  | { readonly type: 'partial'; readonly name: string; readonly pos: Pos }
  | { readonly type: 'container'; readonly kind: ContainerKind; readonly body: readonly BlockNode[]; readonly pos: Pos }
  | { readonly type: 'page-break'; readonly pos: Pos };

export interface FrontMatter {
  readonly id: string;
  readonly title: readonly InlineNode[];
  readonly documentType: string;
  readonly language: string;
  readonly version: string;
  /** Other `key: value` lines: labels the document type's directives use (column headings...). */
  readonly strings: Readonly<Record<string, string>>;
}

export interface TemplateAst {
  /** The file name errors are reported against, e.g. "letter.md". */
  readonly file: string;
  readonly front: FrontMatter;
  readonly body: readonly BlockNode[];
}

export interface TemplateError {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
  /** The field path when the error is about one, e.g. "client.nmae". */
  readonly field?: string;
}

export type ParseResult =
  { readonly ok: true; readonly ast: TemplateAst } | { readonly ok: false; readonly errors: readonly TemplateError[] };

/** "letter.md line 12, column 5: unknown field {{client.nmae}}" */
export function formatTemplateError(error: TemplateError): string {
  return `${error.file} line ${error.line}, column ${error.column}: ${error.message}`;
}

/** Nesting of {{#if}}, {{#each}}, containers and emphasis stops here: deeper is an error, not a stack overflow. */
export const MAX_DEPTH = 24;
/** Templates are wording, not data: a megabyte is far beyond any real one. */
export const MAX_TEMPLATE_CHARS = 1_000_000;
