import { useCallback, useEffect, useRef } from 'react';

/**
 * Moves focus after the next render, to an element that render creates or moves (a new row's
 * first field, a reordered condition's button, "Add" after a removal). The target is looked up
 * then, not when asked, because it may not exist yet.
 */
export function useFocusAfterRender(): (find: () => HTMLElement | null | undefined) => void {
  const pending = useRef<(() => HTMLElement | null | undefined) | null>(null);
  useEffect(() => {
    const find = pending.current;
    if (!find) return;
    pending.current = null;
    find()?.focus();
  });
  return useCallback((find) => {
    pending.current = find;
  }, []);
}
