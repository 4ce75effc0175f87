import type { Block, DossierDocument, ImageBlock, TextRun } from './model.ts';

/** One piece of text in a document and where it is, for error messages a person can follow. */
export interface TextLocation {
  /** "blocks[3].items[0].blocks[1].runs[2]", "page.footer.center", "meta.title". */
  readonly path: string;
  readonly text: string;
  /** The language in force (inherited from the nearest ancestor that sets one). */
  readonly lang: string;
}

/**
 * Every text string a renderer draws on the page, in document order, with its path and language.
 * The title and image alt texts are metadata (never drawn), so they are not listed.
 */
export function collectText(doc: DossierDocument): TextLocation[] {
  const out: TextLocation[] = [];
  for (const where of ['header', 'footer'] as const) {
    const running = doc.page[where];
    if (running === undefined) continue;
    const lang = running.lang ?? doc.meta.lang;
    for (const slot of ['left', 'center', 'right'] as const) {
      const text = running[slot];
      if (text !== undefined) out.push({ path: `page.${where}.${slot}`, text, lang });
    }
  }
  walkBlocks(doc.blocks, 'blocks', doc.meta.lang, out);
  return out;
}

function walkRuns(runs: readonly TextRun[], path: string, lang: string, out: TextLocation[]): void {
  runs.forEach((run, i) => out.push({ path: `${path}[${i}]`, text: run.text, lang: run.lang ?? lang }));
}

function walkBlocks(blocks: readonly Block[], path: string, inherited: string, out: TextLocation[]): void {
  blocks.forEach((block, i) => {
    const at = `${path}[${i}]`;
    if (block.type === 'page-break') return;
    const lang = block.lang ?? inherited;
    switch (block.type) {
      case 'heading':
      case 'paragraph':
        walkRuns(block.runs, `${at}.runs`, lang, out);
        return;
      case 'list':
        block.items.forEach((item, j) => walkBlocks(item.blocks, `${at}.items[${j}].blocks`, lang, out));
        return;
      case 'table':
        for (const part of ['headerRows', 'rows'] as const) {
          block[part].forEach((row, r) =>
            row.cells.forEach((cell, c) => walkBlocks(cell.blocks, `${at}.${part}[${r}].cells[${c}].blocks`, lang, out)),
          );
        }
        return;
      case 'signature':
        walkRuns(block.label, `${at}.label`, lang, out);
        if (block.name) walkRuns(block.name, `${at}.name`, lang, out);
        block.details?.forEach((line, j) => walkRuns(line, `${at}.details[${j}]`, lang, out));
        return;
      case 'bilingual':
        if (block.headers) {
          walkRuns(block.headers.left, `${at}.headers.left`, lang, out);
          walkRuns(block.headers.right, `${at}.headers.right`, lang, out);
        }
        block.rows.forEach((row, r) => {
          walkBlocks(row.left.blocks, `${at}.rows[${r}].left.blocks`, row.left.lang ?? lang, out);
          walkBlocks(row.right.blocks, `${at}.rows[${r}].right.blocks`, row.right.lang ?? lang, out);
        });
        return;
      case 'image':
        return;
    }
  });
}

/** Every image block of a block tree (lists, tables and bilingual rows included), in document order. */
export function imageBlocks(blocks: readonly Block[]): ImageBlock[] {
  return blocks.flatMap((block): ImageBlock[] => {
    switch (block.type) {
      case 'image':
        return [block];
      case 'list':
        return block.items.flatMap((item) => imageBlocks(item.blocks));
      case 'table':
        return [...block.headerRows, ...block.rows].flatMap((row) => row.cells.flatMap((cell) => imageBlocks(cell.blocks)));
      case 'bilingual':
        return block.rows.flatMap((row) => [...imageBlocks(row.left.blocks), ...imageBlocks(row.right.blocks)]);
      default:
        return [];
    }
  });
}
