/** `items` with the item at `index` replaced. */
export function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((current, i) => (i === index ? item : current));
}

/** `items` without the item at `index`. */
export function removeAt<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

/**
 * Which of a moved row's two buttons keeps the focus: the one that moved it, unless the row now
 * stands at the end it moved toward, where that button is disabled and the other one takes it.
 */
export function buttonAfterMove(to: number, count: number, step: -1 | 1): 'up' | 'down' {
  const atEdge = to === 0 || to === count - 1;
  return step === -1 ? (atEdge ? 'down' : 'up') : atEdge ? 'up' : 'down';
}
