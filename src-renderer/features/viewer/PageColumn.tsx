import { forwardRef, memo, useCallback, useMemo, useState, type UIEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ViewerHit } from '../../api/viewer.ts';
import { LazyPage } from './LazyPage.tsx';
import { PAGE_GAP, pageOffsets, rectOnPage, type PageBox } from './layout.ts';

interface PageColumnProps {
  readonly sessionId: string;
  readonly pages: readonly PageBox[];
  readonly zoom: number;
  readonly hits: readonly ViewerHit[];
  /** The hit the search box is on, drawn stronger than the others. */
  readonly currentHit: number;
  readonly onScroll: (scrollTop: number, viewHeight: number) => void;
}

/**
 * The pages one under the other, each its exact size at the zoom, with its image asked for only
 * when it comes near the view. Search hits are drawn over the page as boxes. The column itself
 * is a tab stop (arrow keys and Page Up/Down scroll it) with an accessible name.
 */
export const PageColumn = memo(
  forwardRef<HTMLDivElement, PageColumnProps>(function PageColumn({ sessionId, pages, zoom, hits, currentHit, onScroll }, ref) {
    const { t } = useTranslation();
    const [root, setRoot] = useState<HTMLDivElement | null>(null);
    const attach = useCallback(
      (node: HTMLDivElement | null) => {
        setRoot(node);
        if (typeof ref === 'function') ref(node);
        else if (ref) ref.current = node;
      },
      [ref],
    );
    const { tops, height } = pageOffsets(pages, zoom);
    const ratio = typeof window === 'undefined' ? 1 : Math.min(2, window.devicePixelRatio || 1);
    const scale = Math.min(4, zoom * ratio);
    const widest = pages.reduce((most, p) => Math.max(most, p.width * zoom), 0);
    // Each page's hits with their number in the list, grouped once (not searched again for every page).
    const hitsByPage = useMemo(() => {
      const byPage = new Map<number, { hit: ViewerHit; index: number }[]>();
      hits.forEach((hit, index) => {
        const list = byPage.get(hit.pageIndex) ?? [];
        list.push({ hit, index });
        byPage.set(hit.pageIndex, list);
      });
      return byPage;
    }, [hits]);
    return (
      <div
        ref={attach}
        className="viewer-column"
        tabIndex={0}
        role="region"
        aria-label={t('viewer.pagesLabel', { count: pages.length })}
        data-testid="viewer-column"
        onScroll={(event: UIEvent<HTMLDivElement>) => onScroll(event.currentTarget.scrollTop, event.currentTarget.clientHeight)}
      >
        <div className="viewer-sheet" style={{ height, width: widest }}>
          {pages.map((page, index) => (
            <div
              key={index}
              className="viewer-page"
              data-testid="viewer-page"
              data-page={index + 1}
              style={{ top: tops[index], width: page.width * zoom, height: page.height * zoom, marginBottom: PAGE_GAP }}
            >
              <LazyPage
                sessionId={sessionId}
                pageIndex={index}
                scale={scale}
                root={root}
                alt={t('viewer.pageImage', { page: index + 1, count: pages.length })}
                className="viewer-page-image"
              />
              {(hitsByPage.get(index) ?? []).map(({ hit, index: h }) =>
                hit.rects.map((rect, r) => {
                  const box = rectOnPage(rect, page, zoom);
                  return (
                    <span
                      key={`${h}-${r}`}
                      className={h === currentHit ? 'viewer-hit viewer-hit-current' : 'viewer-hit'}
                      data-testid={h === currentHit ? 'viewer-hit-current' : 'viewer-hit'}
                      style={{ left: box.left - 1, top: box.top - 1, width: box.width + 2, height: box.height + 2 }}
                    />
                  );
                }),
              )}
            </div>
          ))}
        </div>
      </div>
    );
  }),
);
