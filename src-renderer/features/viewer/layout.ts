import type { ViewerBookmark } from '../../api/viewer.ts';

/** Space between pages in the page column, in CSS pixels. */
export const PAGE_GAP = 16;
export const MIN_ZOOM = 0.25;
export const MAX_ZOOM = 4;
const ZOOM_STEPS = [0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 3, 4];

export interface PageBox {
  readonly width: number;
  readonly height: number;
}

/** The top of each page in the column at `zoom` (CSS pixels per point), and the column's height. */
export function pageOffsets(pages: readonly PageBox[], zoom: number): { tops: number[]; height: number } {
  const tops: number[] = [];
  let y = 0;
  for (const page of pages) {
    tops.push(y);
    y += page.height * zoom + PAGE_GAP;
  }
  return { tops, height: y };
}

/** The page showing at `scrollTop`: the last page whose top is at or above the middle of the first screenful. */
export function pageAt(tops: readonly number[], scrollTop: number, viewHeight: number): number {
  const line = scrollTop + Math.min(viewHeight / 3, 200);
  let found = 0;
  for (const [index, top] of tops.entries()) {
    if (top <= line) found = index;
    else break;
  }
  return found;
}

export function zoomIn(zoom: number): number {
  return ZOOM_STEPS.find((z) => z > zoom + 0.001) ?? MAX_ZOOM;
}

export function zoomOut(zoom: number): number {
  return ZOOM_STEPS.toReversed().find((z) => z < zoom - 0.001) ?? MIN_ZOOM;
}

/** The zoom at which the widest page fills `available` CSS pixels. */
export function fitWidth(pages: readonly PageBox[], available: number): number {
  const widest = Math.max(1, ...pages.map((p) => p.width));
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, available / widest));
}

/** A rectangle in page space (points from the bottom left) as CSS pixels from the page's top left. */
export function rectOnPage(
  rect: { readonly left: number; readonly bottom: number; readonly right: number; readonly top: number },
  page: PageBox,
  zoom: number,
): { left: number; top: number; width: number; height: number } {
  return {
    left: rect.left * zoom,
    top: (page.height - rect.top) * zoom,
    width: (rect.right - rect.left) * zoom,
    height: (rect.top - rect.bottom) * zoom,
  };
}

/**
 * The page a packet's tab starts on, from its bookmarks: a bookmark titled "<word> N – title"
 * ("Tab 3 – …", "Onglet 3 – …", sub-tabs "Tab 3a – …"), whatever the packet's language.
 */
export function tabPage(bookmarks: readonly ViewerBookmark[], tab: string): number | undefined {
  const wanted = tab.trim().toLocaleLowerCase('und');
  if (wanted === '') return undefined;
  const stack = [...bookmarks];
  while (stack.length > 0) {
    const b = stack.shift()!;
    const match = /^\p{L}+\.?\s+(\S+)\s+[–-]\s/u.exec(b.title);
    if (match?.[1]?.toLocaleLowerCase('und') === wanted && b.pageIndex !== undefined) return b.pageIndex;
    stack.push(...b.children);
  }
  return undefined;
}
