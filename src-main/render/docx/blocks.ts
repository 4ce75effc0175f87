import {
  BorderStyle,
  HeadingLevel,
  ImageRun,
  PageBreak,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import type {
  BilingualBlock,
  Block,
  ImageBlock,
  ListBlock,
  SignatureBlock,
  TableBlock,
  TableRow as ModelRow,
  TextRun,
} from '../../documents/model.ts';
import { normalizeText } from '../../core/text/normalize.ts';
import { keepGroups } from '../keep-groups.ts';
import type { BlockContext } from './context.ts';
import type { CleanImage } from './image-metadata.ts';
import { scopeOf, type Scope } from './language.ts';
import { BULLET, ORDERED, itemIndent } from './numbering.ts';
import { paragraph } from './paragraph.ts';
import { docxRuns } from './runs.ts';

export type BodyChild = Paragraph | Table;

/** Images already cleaned of metadata, by id (see image-metadata.ts). */
export type CleanImages = ReadonlyMap<string, CleanImage>;

export interface DocxBlockContext extends BlockContext {
  readonly cleanImages: CleanImages;
}

/** The list a paragraph belongs to while its item is rendered. */
interface ListPosition {
  readonly reference: string;
  readonly instance: number;
  readonly level: number;
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;

/** The text a block starts with, for dir 'auto'. */
function leadingText(runs: readonly TextRun[]): string {
  return runs.map((r) => r.text).join('');
}

/** Keep with the next paragraph, and keep the paragraph's own lines together. */
const KEEP: IParagraphOptions = { keepNext: true, keepLines: true };

/**
 * What the keep groups (keep-groups.ts) hold back from a page break: every block of a group
 * but its last is kept with the next; of a list, the items the group takes.
 */
function keptWithNext(blocks: readonly Block[]): { blocks: Set<Block>; items: Map<Block, Set<number>> } {
  const kept = { blocks: new Set<Block>(), items: new Map<Block, Set<number>>() };
  for (const group of keepGroups(blocks)) {
    if (group.keep === undefined) continue;
    for (const piece of group.pieces.slice(0, -1)) {
      if (piece.items === undefined) kept.blocks.add(piece.block);
      else {
        const items = kept.items.get(piece.block) ?? new Set<number>();
        for (let i = piece.items.from; i < piece.items.to; i += 1) items.add(i);
        kept.items.set(piece.block, items);
      }
    }
  }
  return kept;
}

export function blocksDocx(blocks: readonly Block[], scope: Scope, ctx: DocxBlockContext): BodyChild[] {
  const kept = keptWithNext(blocks);
  return blocks.flatMap((block) => {
    if (block.type === 'list') return listDocx(block, scope, ctx, undefined, kept.items.get(block));
    return blockDocx(block, scope, ctx, kept.blocks.has(block) ? KEEP : {});
  });
}

function blockDocx(block: Block, parent: Scope, ctx: DocxBlockContext, extra: IParagraphOptions = {}): BodyChild[] {
  const style = { typeface: ctx.typeface };
  switch (block.type) {
    case 'page-break':
      return [new Paragraph({ children: [new PageBreak()] })];
    case 'heading': {
      const scope = scopeOf(block, parent, leadingText(block.runs));
      return [
        paragraph(scope, style, docxRuns(block.runs, scope, style), {
          heading: HEADINGS[block.level - 1] ?? HeadingLevel.HEADING_4,
          ...KEEP,
          ...extra,
        }),
      ];
    }
    case 'paragraph': {
      const scope = scopeOf(block, parent, leadingText(block.runs));
      return [paragraph(scope, style, docxRuns(block.runs, scope, style), extra, block.align)];
    }
    case 'list':
      return listDocx(block, parent, ctx, undefined);
    case 'table':
      return [tableDocx(block, parent, ctx)];
    case 'signature':
      return signatureDocx(block, parent, ctx);
    case 'bilingual':
      return [bilingualDocx(block, parent, ctx)];
    case 'image':
      return [imageDocx(block, parent, ctx, extra)];
  }
}

/**
 * A real Word list: each item's first paragraph carries the numbering (level = nesting depth),
 * its later blocks are indented to the item's text. A nested list of the same kind continues the
 * parent's numbering instance one level down, as Word's own multilevel lists do.
 */
function listDocx(
  block: ListBlock,
  parent: Scope,
  ctx: DocxBlockContext,
  outer: ListPosition | undefined,
  keptItems?: ReadonlySet<number>,
): BodyChild[] {
  const scope = scopeOf(block, parent);
  const reference = block.ordered ? ORDERED : BULLET;
  const level = outer === undefined ? 0 : Math.min(outer.level + 1, 8);
  const instance = outer?.reference === reference ? outer.instance : ctx.nextListInstance();
  const position: ListPosition = { reference, instance, level };
  return block.items.flatMap((item, n) => {
    const keep = keptItems?.has(n) === true ? KEEP : {};
    const numbered: IParagraphOptions = { numbering: { reference, level, instance }, ...keep };
    const follow: IParagraphOptions = { indent: itemIndent(level), ...keep };
    const out: BodyChild[] = [];
    const first = item.blocks[0];
    if (first === undefined || (first.type !== 'paragraph' && first.type !== 'heading')) {
      out.push(paragraph(scope, { typeface: ctx.typeface }, [], numbered));
    }
    item.blocks.forEach((child, i) => {
      if (child.type === 'list') out.push(...listDocx(child, scope, ctx, position));
      else if (i === 0 && (child.type === 'paragraph' || child.type === 'heading')) out.push(...blockDocx(child, scope, ctx, numbered));
      else if (child.type === 'paragraph' || child.type === 'heading') out.push(...blockDocx(child, scope, ctx, follow));
      else out.push(...blockDocx(child, scope, ctx, keep));
    });
    return out;
  });
}

/** Relative widths → twips summing to `total`; equal columns when the widths are missing or unusable. */
export function columnTwips(widths: readonly number[] | undefined, columns: number, total: number): number[] {
  const usable = (widths ?? []).slice(0, columns).map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
  while (usable.length < columns) usable.push(0);
  const sum = usable.reduce((a, b) => a + b, 0);
  const shares = sum > 0 && usable.every((w) => w > 0) ? usable : usable.map(() => 1);
  const shareSum = shares.reduce((a, b) => a + b, 0);
  return shares.map((w) => Math.max(1, Math.floor((w / shareSum) * total)));
}

function span(value: number | undefined): number {
  return value !== undefined && Number.isFinite(value) && value > 1 ? Math.min(Math.floor(value), 63) : 1;
}

/** A cell must end with a paragraph (Word refuses a cell that ends with a table or is empty). */
function cellChildren(children: BodyChild[]): BodyChild[] {
  return children.at(-1) instanceof Paragraph ? children : [...children, new Paragraph({})];
}

function rowDocx(row: ModelRow, scope: Scope, ctx: DocxBlockContext, grid: readonly number[], header: boolean): TableRow {
  let column = 0;
  const cells = row.cells.map((cell) => {
    const columns = span(cell.colSpan);
    const width = grid.slice(column, column + columns).reduce((a, b) => a + b, 0) || grid[grid.length - 1] || ctx.width;
    column += columns;
    return new TableCell({
      children: cellChildren(blocksDocx(cell.blocks, scope, { ...ctx, width: Math.max(width - 216, 144) })),
      width: { size: width, type: WidthType.DXA },
      ...(columns > 1 ? { columnSpan: columns } : {}),
    });
  });
  if (cells.length === 0) cells.push(new TableCell({ children: [new Paragraph({})] }));
  // No row is split across pages; header rows repeat on every page the table continues on.
  return new TableRow({ children: cells, cantSplit: true, ...(header ? { tableHeader: true } : {}) });
}

function tableDocx(block: TableBlock, parent: Scope, ctx: DocxBlockContext): Table {
  const scope = scopeOf(block, parent);
  const all = [...block.headerRows, ...block.rows];
  const columns = Math.max(1, block.columnWidths?.length ?? 0, ...all.map((r) => r.cells.reduce((n, c) => n + span(c.colSpan), 0)));
  const grid = columnTwips(block.columnWidths, Math.min(columns, 63), ctx.width);
  const rows = [
    ...block.headerRows.map((r) => rowDocx(r, scope, ctx, grid, true)),
    ...block.rows.map((r) => rowDocx(r, scope, ctx, grid, false)),
  ];
  if (rows.length === 0) rows.push(new TableRow({ children: [new TableCell({ children: [new Paragraph({})] })] }));
  return new Table({
    rows,
    columnWidths: grid,
    width: { size: ctx.width, type: WidthType.DXA },
    visuallyRightToLeft: scope.dir === 'rtl',
  });
}

/** A line to sign on (three inches, or the whole width when narrower), then label, name and details. */
function signatureDocx(block: SignatureBlock, parent: Scope, ctx: DocxBlockContext): Paragraph[] {
  const scope = scopeOf(block, parent);
  const style = { typeface: ctx.typeface };
  const keep = { keepNext: true, keepLines: true };
  const line = paragraph(scope, style, [], {
    ...keep,
    spacing: { before: 720 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    indent: { right: Math.max(0, ctx.width - 4320) },
  });
  const lines = [block.label, ...(block.name ? [block.name] : []), ...(block.details ?? [])];
  return [
    line,
    ...lines.map((runs, i) =>
      paragraph(
        scope,
        { ...style, ...(block.name && i === 1 ? { bold: true } : {}) },
        docxRuns(runs, scope, style),
        i < lines.length - 1 ? keep : {},
      ),
    ),
  ];
}

/**
 * Side-by-side statement: a borderless two-column table, header row repeated on every page.
 * Each side is its own scope, so a Persian translation is a right-to-left cell next to an
 * English one, while the table keeps source left and translation right: its direction is the
 * document's, written out (w:bidiVisual on or off), since LibreOffice otherwise guesses it from
 * the paragraphs inside.
 */
function bilingualDocx(block: BilingualBlock, parent: Scope, ctx: DocxBlockContext): Table {
  const scope = scopeOf(block, parent);
  const half = Math.floor(ctx.width / 2);
  const grid = [half, ctx.width - half];
  const style = { typeface: ctx.typeface };
  const cell = (children: BodyChild[], width: number): TableCell =>
    new TableCell({
      children: cellChildren(children),
      width: { size: width, type: WidthType.DXA },
      margins: { left: 108, right: 108, bottom: 120 },
    });
  const inner = { ...ctx, width: half - 216 };
  const rows: TableRow[] = [];
  const first = block.rows[0];
  if (block.headers) {
    // A heading is a paragraph of the document's language and direction, set to the side its
    // column starts on: a right-to-left paragraph there would be the table's first paragraph,
    // from which LibreOffice takes the table's direction when nothing else says it.
    const bold = { ...style, bold: true };
    const heading = (runs: readonly TextRun[], side: Scope): Paragraph =>
      paragraph(scope, bold, docxRuns(runs, scope, bold), {}, side.dir === scope.dir ? undefined : 'end');
    const left = scopeOf(first?.left ?? {}, scope);
    const right = scopeOf(first?.right ?? {}, scope);
    rows.push(
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: [
          cell([heading(block.headers.left, left)], grid[0] ?? half),
          cell([heading(block.headers.right, right)], grid[1] ?? half),
        ],
      }),
    );
  }
  for (const row of block.rows) {
    const left = scopeOf(row.left, scope);
    const right = scopeOf(row.right, scope);
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [
          cell(blocksDocx(row.left.blocks, left, inner), grid[0] ?? half),
          cell(blocksDocx(row.right.blocks, right, inner), grid[1] ?? half),
        ],
      }),
    );
  }
  if (rows.length === 0) rows.push(new TableRow({ children: [cell([], grid[0] ?? half), cell([], grid[1] ?? half)] }));
  return new Table({
    rows,
    columnWidths: grid,
    width: { size: ctx.width, type: WidthType.DXA },
    borders: TableBorders.NONE,
    visuallyRightToLeft: scope.dir === 'rtl',
  });
}

/** Points → the pixels docx takes (it assumes 96 per inch), capped to the width available. */
function imageSize(block: ImageBlock, maxTwips: number): { width: number; height: number } {
  const pt = (n: number): number => (Number.isFinite(n) && n > 0 ? n : 1);
  const scale = Math.min(1, maxTwips / 20 / pt(block.widthPt));
  return {
    width: Math.max(1, Math.round(pt(block.widthPt) * scale * (96 / 72))),
    height: Math.max(1, Math.round(pt(block.heightPt) * scale * (96 / 72))),
  };
}

/** An embedded picture with its alt text; a missing or unreadable image shows the alt text, as in the PDF. */
function imageDocx(block: ImageBlock, parent: Scope, ctx: DocxBlockContext, extra: IParagraphOptions): Paragraph {
  const scope = scopeOf(block, parent);
  const style = { typeface: ctx.typeface };
  const alt = normalizeText(block.alt);
  const image = ctx.cleanImages.get(block.imageId);
  if (image === undefined) return paragraph(scope, style, docxRuns([{ text: alt }], scope, style), extra);
  return paragraph(
    scope,
    style,
    [
      new ImageRun({
        type: image.type,
        data: image.bytes,
        transformation: imageSize(block, ctx.width),
        altText: { name: alt, description: alt, title: alt },
      }),
    ],
    extra,
  );
}
