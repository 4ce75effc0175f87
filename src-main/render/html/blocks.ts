import type { TextDirection } from '../../core/lang/direction.ts';
import type {
  Block,
  BilingualBlock,
  ImageBlock,
  LangDir,
  ListBlock,
  SignatureBlock,
  TableBlock,
  TableRow,
  TextRun,
} from '../../documents/model.ts';
import { resolveDir, runIsolation, type RunIsolation } from '../bidi.ts';
import { langDirAttrs, safeLangDir } from './attributes.ts';
import { escapeHtml, textToHtml } from './escape.ts';
import { keepGroups, type Piece } from '../keep-groups.ts';

/** Image bytes by id; undefined when the blob is missing (the alt text is shown instead). */
export type ImageResolver = (imageId: string) => Uint8Array | undefined;

export interface BlockContext {
  readonly images: ImageResolver;
  /** The direction in force where the blocks sit (the document's, a cell's, a side's). */
  readonly dir: TextDirection;
}

/** The context inside a node that may set its own language or direction. */
function inside(node: LangDir, ctx: BlockContext, text = ''): BlockContext {
  const { lang, dir } = safeLangDir(node);
  return { ...ctx, dir: resolveDir(dir, lang, ctx.dir, text) };
}

export function runsHtml(runs: readonly TextRun[], dir: TextDirection): string {
  return runs.map((run) => runHtml(run, dir)).join('');
}

/**
 * Text of a run as its isolation says (see bidi.ts): each stretch of the other direction (a
 * Latin name or a file number in Persian, a Persian date in English) in a span of its own, so it
 * keeps its order and its neighbours keep theirs.
 */
function textHtml(text: string, isolation: RunIsolation): string {
  return isolation
    .pieces(text)
    .map((s) => {
      if (s.isolate === undefined) return textToHtml(s.text);
      // A file number is never cut at its hyphens: the two halves would land at opposite ends of
      // two lines. Long stretches may still wrap, so nothing runs off the page.
      const keep = s.text.length <= KEEP_WHOLE && !/\s/u.test(s.text);
      return `<span dir="${s.isolate}"${keep ? ' class="keep"' : ''}>${textToHtml(s.text)}</span>`;
    })
    .join('');
}

/** Left-to-right stretches without a space up to this length stay on one line. */
const KEEP_WHOLE = 40;

function runHtml(run: TextRun, parent: TextDirection): string {
  const { lang, dir } = safeLangDir(run);
  const isolation = runIsolation(run.text, resolveDir(dir, lang, parent, run.text), parent, run.inserted === true);
  let html = textHtml(run.text, isolation);
  // An inserted value that could reorder its neighbours is isolated whole (its own span isolates
  // it already when it sets a language or direction).
  if (isolation.whole === 'auto') html = `<bdi>${html}</bdi>`;
  // A name or a page range stays on one line; one longer than a line may still wrap.
  if (run.unbroken === true && [...run.text].length <= KEEP_WHOLE && !run.text.includes('\n')) html = `<span class="keep">${html}</span>`;
  if (run.underline === true) html = `<u>${html}</u>`;
  if (run.italic === true) html = `<i>${html}</i>`;
  if (run.bold === true) html = `<b>${html}</b>`;
  // A link keeps the text's own look; Chromium turns it into a link annotation when printing.
  if (run.href !== undefined) html = `<a class="link" href="${escapeHtml(run.href)}">${html}</a>`;
  const attrs = langDirAttrs(run);
  // A run in another language or direction is isolated (span with dir), so a Latin case
  // number inside Persian keeps its own order and does not reorder its neighbours.
  return attrs === '' ? html : `<span${attrs}>${html}</span>`;
}

/** Blocks in their keep groups (keep-groups.ts): each group that must share a page in one div. */
export function blocksHtml(blocks: readonly Block[], ctx: BlockContext): string {
  let previous: Block | undefined;
  return keepGroups(blocks)
    .map((group) => {
      const html = group.pieces
        .map((p) => {
          const out = pieceHtml(p, ctx, wholeAfterTable(p.block, previous));
          previous = p.block;
          return out;
        })
        .join('\n');
      return group.keep === undefined ? html : `<div class="keep-${group.keep}">${html}</div>`;
    })
    .join('\n');
}

function pieceHtml(piece: Piece, ctx: BlockContext, whole: boolean): string {
  return piece.block.type === 'list' && piece.items !== undefined
    ? listHtml(piece.block, ctx, piece.items)
    : blockHtml(piece.block, ctx, whole);
}

const leading = (runs: readonly TextRun[]): string => runs.map((r) => r.text).join('');

/**
 * A paragraph of at most three full lines right after a table is never split: no split of it
 * leaves two lines on each side, and there Chromium leaves a lone last line on the next page
 * whatever widows says (elsewhere it honours widows and orphans).
 */
const SHORT_CHARACTERS = 270;
function wholeAfterTable(block: Block, previous: Block | undefined): boolean {
  if (block.type !== 'paragraph' || (previous?.type !== 'table' && previous?.type !== 'bilingual')) return false;
  const text = leading(block.runs);
  return text.length <= SHORT_CHARACTERS && text.split('\n').length <= 3;
}

function blockHtml(block: Block, ctx: BlockContext, whole = false): string {
  switch (block.type) {
    case 'heading':
      return `<h${block.level}${langDirAttrs(block)}>${runsHtml(block.runs, inside(block, ctx, leading(block.runs)).dir)}</h${block.level}>`;
    case 'paragraph': {
      const classes = [block.align ? `a-${block.align}` : undefined, whole ? 'whole' : undefined].filter((c) => c !== undefined);
      return `<p${langDirAttrs(block, classes.length > 0 ? classes.join(' ') : undefined)}>${runsHtml(block.runs, inside(block, ctx, leading(block.runs)).dir)}</p>`;
    }
    case 'list':
      return listHtml(block, ctx);
    case 'table':
      return tableHtml(block, ctx);
    case 'signature':
      return signatureHtml(block, inside(block, ctx).dir);
    case 'bilingual':
      return bilingualHtml(block, ctx);
    case 'image':
      return imageHtml(block, ctx);
    case 'page-break':
      return '<div class="page-break"></div>';
  }
}

/**
 * A list, or the slice [from, to) of its items when a keep group takes some of them: a slice
 * that the list continues after has no bottom margin ("cut"), and an ordered slice starts at its
 * own number.
 */
function listHtml(block: ListBlock, ctx: BlockContext, slice?: { from: number; to: number }): string {
  const tag = block.ordered ? 'ol' : 'ul';
  const own = inside(block, ctx);
  const from = slice?.from ?? 0;
  const to = slice?.to ?? block.items.length;
  const items = block.items
    .slice(from, to)
    .map((item) => `<li>${blocksHtml(item.blocks, own)}</li>`)
    .join('');
  const start = block.ordered && from > 0 ? ` start="${from + 1}"` : '';
  return `<${tag}${langDirAttrs(block, to < block.items.length ? 'cut' : undefined)}${start}>${items}</${tag}>`;
}

function rowHtml(row: TableRow, cellTag: 'th' | 'td', ctx: BlockContext): string {
  const cells = row.cells.map((cell) => {
    const span = cell.colSpan !== undefined && cell.colSpan > 1 ? ` colspan="${Math.floor(cell.colSpan)}"` : '';
    return `<${cellTag}${span}>${blocksHtml(cell.blocks, ctx)}</${cellTag}>`;
  });
  return `<tr>${cells.join('')}</tr>`;
}

function colgroupHtml(widths: readonly number[] | undefined): string {
  if (widths === undefined || widths.length === 0) return '';
  const positive = widths.map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
  const total = positive.reduce((a, b) => a + b, 0);
  if (total <= 0) return '';
  return `<colgroup>${positive.map((w) => `<col style="width:${((w / total) * 100).toFixed(3)}%">`).join('')}</colgroup>`;
}

function tableHtml(block: TableBlock, ctx: BlockContext): string {
  const own = inside(block, ctx);
  const head = block.headerRows.length > 0 ? `<thead>${block.headerRows.map((r) => rowHtml(r, 'th', own)).join('')}</thead>` : '';
  const body = `<tbody>${block.rows.map((r) => rowHtml(r, 'td', own)).join('')}</tbody>`;
  return `<table${langDirAttrs(block)}>${colgroupHtml(block.columnWidths)}${head}${body}</table>`;
}

function signatureHtml(block: SignatureBlock, dir: TextDirection): string {
  const name = block.name ? `<p class="name">${runsHtml(block.name, dir)}</p>` : '';
  const details = (block.details ?? []).map((line) => `<p>${runsHtml(line, dir)}</p>`).join('');
  return `<div${langDirAttrs(block, 'signature')}><div class="line"></div><p>${runsHtml(block.label, dir)}</p>${name}${details}</div>`;
}

/** Side-by-side statement: a two-column table, so rows break across pages with their header. */
function bilingualHtml(block: BilingualBlock, ctx: BlockContext): string {
  const own = inside(block, ctx);
  const first = block.rows[0];
  const head = block.headers
    ? `<thead><tr><th${langDirAttrs(first?.left ?? {})}>${runsHtml(block.headers.left, inside(first?.left ?? {}, own).dir)}</th><th${langDirAttrs(first?.right ?? {})}>${runsHtml(block.headers.right, inside(first?.right ?? {}, own).dir)}</th></tr></thead>`
    : '';
  const rows = block.rows
    .map(
      (row) =>
        `<tr><td${langDirAttrs(row.left)}>${blocksHtml(row.left.blocks, inside(row.left, own))}</td><td${langDirAttrs(row.right)}>${blocksHtml(row.right.blocks, inside(row.right, own))}</td></tr>`,
    )
    .join('');
  return `<table${langDirAttrs(block, 'bilingual')}><colgroup><col style="width:50%"><col style="width:50%"></colgroup>${head}<tbody>${rows}</tbody></table>`;
}

function imageHtml(block: ImageBlock, ctx: BlockContext): string {
  const bytes = ctx.images(block.imageId);
  const size = (n: number): string => (Number.isFinite(n) && n > 0 ? n.toFixed(2) : '1');
  if (bytes === undefined) return `<figure${langDirAttrs(block)}><div class="missing-image">${escapeHtml(block.alt)}</div></figure>`;
  const src = `data:${block.mediaType};base64,${Buffer.from(bytes).toString('base64')}`;
  const style = `width:${size(block.widthPt)}pt;height:${size(block.heightPt)}pt`;
  return `<figure${langDirAttrs(block)}><img src="${src}" alt="${escapeHtml(block.alt)}" style="${style}"></figure>`;
}
