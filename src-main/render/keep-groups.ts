import type { Block, ListBlock } from '../documents/model.ts';

/**
 * Which blocks print together, for pagination a court accepts. Chromium honours
 * `break-after: avoid` only where it has a choice of break, so the rules that matter are made
 * structural: blocks that must share a page are wrapped in one `break-inside: avoid` group.
 *
 * - A heading (or a run of headings) is grouped with the first block after it; when that block
 *   is a list, only its first item joins the group and the rest continues below it. A paragraph
 *   that introduces what follows (it ends with a colon: "My stamp or seal, placed below,
 *   reads:") is kept with it the same way.
 * - A signature is grouped with the images just before it (a drawn signature), the closing
 *   ("Yours truly,") and the last paragraph of the body, or the last item of a list that ends
 *   the body, so it never stands alone at the top of a page.
 *
 * A table or side-by-side statement longer than a few rows is not wrapped with its heading (it
 * would leave most of a page empty); its heading keeps `break-after: avoid` in the CSS.
 */

/** A block, or a slice of a list's items [from, to). */
export interface Piece {
  readonly block: Block;
  readonly items?: { readonly from: number; readonly to: number };
}

export type Keep = 'with-next' | 'closing';

export interface Group {
  /** Undefined: the pieces print as they fall. */
  readonly keep?: Keep;
  readonly pieces: readonly Piece[];
}

/** A table this short moves whole with its heading. */
const SHORT_TABLE_ROWS = 3;
/** The closing group takes at most this many paragraphs before the signature. */
const CLOSING_PARAGRAPHS = 2;

interface Slot {
  piece: Piece;
  group?: number;
  keep?: Keep;
}

/** A paragraph ending with a colon introduces the block after it. */
function introduces(block: Block | undefined): boolean {
  if (block?.type !== 'paragraph') return false;
  return /:\s*$/u.test(block.runs.map((r) => r.text).join(''));
}

const leadsIn = (block: Block | undefined): boolean => block?.type === 'heading' || introduces(block);

const listOf = (p: Piece): ListBlock | undefined => (p.block.type === 'list' ? p.block : undefined);

function itemCount(p: Piece): number {
  const list = listOf(p);
  if (list === undefined) return 0;
  return (p.items?.to ?? list.items.length) - (p.items?.from ?? 0);
}

/** Splits a list piece after `at` items: [head, tail]. */
function splitList(p: Piece, at: number): [Piece, Piece] {
  const list = listOf(p);
  const from = p.items?.from ?? 0;
  const to = p.items?.to ?? list?.items.length ?? 0;
  return [
    { block: p.block, items: { from, to: from + at } },
    { block: p.block, items: { from: from + at, to } },
  ];
}

function markClosing(slots: Slot[], signatureAt: number, id: number): void {
  let start = signatureAt;
  while (start > 0 && slots[start - 1]?.group === undefined && slots[start - 1]?.piece.block.type === 'image') start -= 1;
  let paragraphs = 0;
  while (
    start > 0 &&
    paragraphs < CLOSING_PARAGRAPHS &&
    slots[start - 1]?.group === undefined &&
    slots[start - 1]?.piece.block.type === 'paragraph'
  ) {
    start -= 1;
    paragraphs += 1;
  }
  const before = slots[start - 1];
  if (paragraphs === 0 && before !== undefined && before.group === undefined && itemCount(before.piece) > 0) {
    // The body ends with a list: its last item comes along.
    const n = itemCount(before.piece);
    if (n > 1) {
      const [head, tail] = splitList(before.piece, n - 1);
      slots.splice(start - 1, 1, { piece: head }, { piece: tail });
    } else start -= 1;
  }
  while (start > 0 && slots[start - 1]?.group === undefined && introduces(slots[start - 1]?.piece.block)) start -= 1;
  const end = slots.findIndex((s, i) => i >= start && s.piece.block.type === 'signature');
  for (let i = start; i <= end; i += 1) {
    const slot = slots[i];
    if (slot !== undefined) Object.assign(slot, { group: id, keep: 'closing' });
  }
}

function isShortTable(block: Block): boolean {
  if (block.type === 'table') return block.rows.length <= SHORT_TABLE_ROWS;
  if (block.type === 'bilingual') return block.rows.length <= SHORT_TABLE_ROWS;
  return false;
}

function markHeadings(slots: Slot[], first: number, nextId: () => number): void {
  let end = first;
  while (leadsIn(slots[end]?.piece.block) && slots[end]?.group === undefined) end += 1;
  const next = slots[end];
  let id: number;
  let keep: Keep = 'with-next';
  if (next?.group !== undefined) {
    // The heading opens the closing group: it joins it.
    id = next.group;
    keep = next.keep ?? 'closing';
  } else {
    id = nextId();
    const block = next?.piece.block;
    if (next !== undefined && block !== undefined) {
      if (itemCount(next.piece) > 1) {
        const [head, tail] = splitList(next.piece, 1);
        slots.splice(end, 1, { piece: head, group: id, keep }, { piece: tail });
      } else if (block.type !== 'table' && block.type !== 'bilingual' && block.type !== 'page-break') {
        Object.assign(next, { group: id, keep });
      } else if (isShortTable(block)) Object.assign(next, { group: id, keep });
    }
  }
  for (let i = first; i < end; i += 1) {
    const slot = slots[i];
    if (slot !== undefined) Object.assign(slot, { group: id, keep });
  }
}

export function keepGroups(blocks: readonly Block[]): Group[] {
  const slots: Slot[] = blocks.map((block) => ({ piece: { block } }));
  let ids = 0;
  const nextId = (): number => (ids += 1);
  // Closing groups first, from the last signature back, so each keeps its own body lines.
  for (let i = slots.length - 1; i >= 0; i -= 1) {
    if (slots[i]?.piece.block.type === 'signature' && slots[i]?.group === undefined) markClosing(slots, i, nextId());
  }
  for (let i = 0; i < slots.length; i += 1) {
    const slot = slots[i];
    if (leadsIn(slot?.piece.block) && slot?.group === undefined) markHeadings(slots, i, nextId);
  }
  const groups: Group[] = [];
  let current: { id: number | undefined; keep?: Keep; pieces: Piece[] } | undefined;
  for (const slot of slots) {
    if (current === undefined || current.id !== slot.group || slot.group === undefined) {
      if (current !== undefined)
        groups.push(current.keep === undefined ? { pieces: current.pieces } : { keep: current.keep, pieces: current.pieces });
      current = { id: slot.group, ...(slot.keep === undefined ? {} : { keep: slot.keep }), pieces: [] };
    }
    current.pieces.push(slot.piece);
  }
  if (current !== undefined)
    groups.push(current.keep === undefined ? { pieces: current.pieces } : { keep: current.keep, pieces: current.pieces });
  return groups;
}
