import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface SplitThumbnailsProps {
  readonly pages: number;
  /** Each page's shown size in points: a thumbnail not loaded yet is a blank of that shape. */
  readonly sizes: readonly { readonly width: number; readonly height: number }[];
  /** Page number → data: URL, for the pages loaded so far. */
  readonly images: ReadonlyMap<number, string>;
  /** Asks for a page's image: called as its place comes near the visible part of the list. */
  readonly onNeed: (page: number) => void;
  /** Pages that start an exhibit. */
  readonly starts: ReadonlySet<number>;
  readonly onToggle: (page: number) => void;
}

/** A letter page, for a page whose size is not known. */
const LETTER = { width: 612, height: 792 };

/**
 * The disclosure's pages as small images; each is a toggle button (Tab, then Enter or Space):
 * pressed, a new exhibit starts on that page. A page's image is asked for only when its place
 * scrolls near the view (an IntersectionObserver on the scrolling list), so a 300-page file
 * costs the calls for the pages looked at; until then a blank keeps the page's shape.
 */
export function SplitThumbnails({ pages, sizes, images, onNeed, starts, onToggle }: SplitThumbnailsProps) {
  const { t } = useTranslation();
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    const root = list.current;
    if (!root) return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const page = Number((entry.target as HTMLElement).dataset['page']);
          // Asked again each time it comes near: the hook ignores pages it has, and retries one whose call failed.
          if (entry.isIntersecting && Number.isInteger(page)) onNeed(page);
        }
      },
      // A screenful ahead, so the next rows are ready before they are scrolled to.
      { root, rootMargin: '100% 0px' },
    );
    for (const item of root.querySelectorAll('li[data-page]')) observer.observe(item);
    return () => observer.disconnect();
  }, [pages, onNeed]);

  return (
    <ol ref={list} className="split-thumbnails" aria-label={t('evidence.splitPagesLabel')} data-testid="split-thumbnails">
      {Array.from({ length: pages }, (_, i) => i + 1).map((page) => {
        const starting = starts.has(page);
        const image = images.get(page);
        const size = sizes[page - 1] ?? LETTER;
        const shape = { aspectRatio: `${size.width} / ${size.height}` };
        return (
          <li key={page} data-page={page}>
            <button
              type="button"
              className={`split-thumbnail${starting ? ' split-thumbnail-start' : ''}`}
              aria-pressed={starting}
              onClick={() => onToggle(page)}
              aria-label={t('evidence.splitStartHere', { page })}
            >
              {image === undefined ? (
                <span className="split-thumbnail-blank" style={shape} data-testid="split-thumbnail-blank" />
              ) : (
                <img src={image} alt="" style={shape} />
              )}
              <span className="split-thumbnail-number" aria-hidden="true">
                {starting ? '✂ ' : ''}
                {page}
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
