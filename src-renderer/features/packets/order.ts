/** Moves the item at `from` to `to`, keeping the rest in order. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item === undefined || to < 0 || to > items.length - 1) return [...items];
  next.splice(to, 0, item);
  return next;
}

/** Where a dragged item lands: before or after the target, counted once the item has left its place. */
export function dropIndex(from: number, target: number, position: 'before' | 'after' | 'on'): number {
  const to = position === 'after' ? target + 1 : target;
  return from < to ? to - 1 : to;
}
