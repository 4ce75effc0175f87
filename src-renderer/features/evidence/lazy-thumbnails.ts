import { useCallback, useEffect, useRef, useState } from 'react';
import { disclosurePages } from '../../api/evidence.ts';

/** The main process sends at most this many thumbnails a call. */
export const THUMBNAIL_BATCH = 24;

/**
 * The next call to make for the pages asked for: the lowest page and those directly after it,
 * at most `max` of them (one call covers a run of pages). Null when nothing is waiting.
 */
export function nextRun(waiting: ReadonlySet<number>, max = THUMBNAIL_BATCH): { readonly from: number; readonly to: number } | null {
  if (waiting.size === 0) return null;
  const from = Math.min(...waiting);
  let to = from;
  while (to - from + 1 < max && waiting.has(to + 1)) to += 1;
  return { from, to };
}

/**
 * A disclosure's thumbnails, asked for only as their places scroll into view: `request(page)` is
 * called by the list's observer, and the pages asked for are fetched a run at a time, one call
 * after another. A page whose call fails is forgotten, so scrolling back asks again.
 */
export function useLazyThumbnails(token: string): {
  readonly images: ReadonlyMap<number, string>;
  readonly request: (page: number) => void;
} {
  const [images, setImages] = useState<ReadonlyMap<number, string>>(new Map());
  const asked = useRef(new Set<number>());
  const waiting = useRef(new Set<number>());
  const running = useRef(false);
  const alive = useRef(true);

  useEffect(() => {
    const [askedPages, waitingPages] = [asked.current, waiting.current];
    alive.current = true;
    return () => {
      alive.current = false;
      askedPages.clear();
      waitingPages.clear();
    };
  }, [token]);

  const pump = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    try {
      for (let run = nextRun(waiting.current); run !== null && alive.current; run = nextRun(waiting.current)) {
        for (let page = run.from; page <= run.to; page += 1) waiting.current.delete(page);
        const batch = await disclosurePages(token, run.from, run.to);
        if (!alive.current) return;
        if (!batch.ok) {
          for (let page = run.from; page <= run.to; page += 1) asked.current.delete(page);
          continue;
        }
        setImages((previous) => new Map([...previous, ...batch.value.map((p): [number, string] => [p.page, p.dataUrl])]));
      }
    } finally {
      running.current = false;
    }
  }, [token]);

  const request = useCallback(
    (page: number) => {
      if (asked.current.has(page)) return;
      asked.current.add(page);
      waiting.current.add(page);
      void pump();
    },
    [pump],
  );

  return { images, request };
}
