import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewerSession, type ViewerHit, type ViewerOpened, type ViewerSource } from '../../api/viewer.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { PageColumn } from './PageColumn.tsx';
import { SearchBox } from './SearchBox.tsx';
import { SidePanel } from './SidePanel.tsx';
import { ViewerToolbar } from './ViewerToolbar.tsx';
import { ViewerError } from './ViewerError.tsx';
import { ViewerSourceChoice } from './ViewerSourceChoice.tsx';
import { fitWidth, pageAt, pageOffsets, rectOnPage, zoomIn, zoomOut } from './layout.ts';
import './viewer.css';

/** Room the column keeps beside the widest page when fitting its width. */
const COLUMN_PADDING = 48;

function ViewerBody({
  opened,
  initialPage,
  onClose,
}: {
  readonly opened: ViewerOpened;
  readonly initialPage: number | undefined;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const column = useRef<HTMLDivElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const [zoom, setZoom] = useState(1);
  const [currentPage, setCurrentPage] = useState(0);
  const [hits, setHits] = useState<readonly ViewerHit[]>([]);
  const [currentHit, setCurrentHit] = useState(0);
  const { pages } = opened;
  // Opened at a page (a search hit's): the first layout brings it to the top.
  const pending = useRef<{ page: number; offset: number } | null>(
    initialPage === undefined ? null : { page: Math.min(pages.length, Math.max(1, initialPage)) - 1, offset: 0 },
  );
  // The pages have the focus once open, so Page Up and Page Down (and the arrows) work at once.
  useEffect(() => column.current?.focus(), []);

  /** Scrolls the column so `page` (and `offset` pixels into it) is at the top. */
  const scrollTo = (page: number, offset = 0, atZoom = zoom) => {
    const element = column.current;
    if (!element) return;
    const { tops } = pageOffsets(pages, atZoom);
    element.scrollTop = Math.max(0, (tops[page] ?? 0) + offset);
    setCurrentPage(page);
  };
  const go = (page: number) => scrollTo(Math.min(pages.length - 1, Math.max(0, page)));

  // After a zoom, the page that was showing is brought back to the top.
  useLayoutEffect(() => {
    const wanted = pending.current;
    if (wanted === null) return;
    pending.current = null;
    scrollTo(wanted.page, wanted.offset);
  });
  const changeZoom = (next: number) => {
    pending.current = { page: currentPage, offset: 0 };
    setZoom(next);
  };

  // Stable while the zoom holds, so scrolling re-renders the toolbar and side panel, not the page column.
  const onScroll = useCallback(
    (scrollTop: number, height: number) => setCurrentPage(pageAt(pageOffsets(pages, zoom).tops, scrollTop, height)),
    [pages, zoom],
  );

  const showHit = (found: readonly ViewerHit[], index: number) => {
    const hit = found[index];
    if (!hit) return;
    const page = pages[hit.pageIndex];
    const rect = hit.rects[0];
    const top = page && rect ? rectOnPage(rect, page, zoom).top : 0;
    scrollTo(hit.pageIndex, Math.max(0, top - 80));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f') {
      event.preventDefault();
      search.current?.focus();
      search.current?.select();
    } else if (event.key === 'PageDown' || event.key === 'PageUp') {
      event.preventDefault();
      go(currentPage + (event.key === 'PageDown' ? 1 : -1));
    }
  };

  return (
    <div className="viewer" onKeyDown={onKeyDown} data-testid="viewer">
      <div className="viewer-header">
        <p className="viewer-shows">
          <span className="badge badge-muted">{t(`viewer.shows.${opened.shows}`)}</span>
          {opened.integrity ? (
            <span
              className={opened.integrity === 'verified' ? 'notice notice-info' : 'notice notice-warning'}
              role={opened.integrity === 'changed' ? 'alert' : undefined}
              data-testid="viewer-integrity"
            >
              {t(`viewer.integrity.${opened.integrity}`)}
            </span>
          ) : null}
        </p>
        <button type="button" className="button" onClick={onClose} data-testid="viewer-close">
          {t('viewer.close')}
        </button>
      </div>
      <ViewerToolbar
        zoom={zoom}
        pageCount={pages.length}
        currentPage={currentPage}
        bookmarks={opened.bookmarks}
        packet={opened.shows === 'packet'}
        onZoom={(direction) => changeZoom(direction === 'in' ? zoomIn(zoom) : zoomOut(zoom))}
        onFitWidth={() => changeZoom(fitWidth(pages, (column.current?.clientWidth ?? 800) - COLUMN_PADDING))}
        onGo={go}
      />
      <SearchBox
        ref={search}
        sessionId={opened.sessionId}
        current={currentHit}
        onHits={(found) => {
          setHits(found);
          setCurrentHit(0);
          showHit(found, 0);
        }}
        onMove={(step) => {
          const next = (currentHit + step + hits.length) % hits.length;
          setCurrentHit(next);
          showHit(hits, next);
        }}
      />
      <div className="viewer-main">
        <SidePanel sessionId={opened.sessionId} pages={pages} bookmarks={opened.bookmarks} currentPage={currentPage} onGo={go} />
        <PageColumn
          ref={column}
          sessionId={opened.sessionId}
          pages={pages}
          zoom={zoom}
          hits={hits}
          currentHit={currentHit}
          onScroll={onScroll}
        />
      </div>
    </div>
  );
}

/**
 * The in-app viewer, as a modal over the case: an exhibit, a generated document or a built
 * packet, rendered page by page in the main process from bytes that never leave its memory.
 * Escape closes it; Ctrl+F goes to the search box; Page Up and Page Down turn pages. `initialPage`
 * (1-based) opens the source at that page.
 */
export function ViewerDialog({
  source: initial,
  initialPage,
  onClose,
}: {
  readonly source: ViewerSource;
  readonly initialPage?: number | undefined;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const [source, setSource] = useState<ViewerSource>(initial);
  const { opened, error } = useViewerSession(source);
  return (
    <Dialog title={opened ? `${t('viewer.title')} — ${opened.title}` : t('viewer.title')} onClose={onClose} className="viewer-dialog">
      <ViewerSourceChoice source={source} opened={opened} onChange={setSource} />
      {opened ? (
        <ViewerBody key={opened.sessionId} opened={opened} initialPage={source === initial ? initialPage : undefined} onClose={onClose} />
      ) : error ? (
        <>
          <ViewerError error={error} source={source.kind} />
          <div className="actions">
            <button type="button" className="button" onClick={onClose} data-autofocus>
              {t('viewer.close')}
            </button>
          </div>
        </>
      ) : (
        <p role="status">{t('viewer.opening')}</p>
      )}
    </Dialog>
  );
}
