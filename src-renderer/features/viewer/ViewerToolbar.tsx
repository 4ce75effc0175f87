import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ViewerBookmark } from '../../api/viewer.ts';
import { MAX_ZOOM, MIN_ZOOM, tabPage } from './layout.ts';

/** Zoom out, the zoom level, zoom in and fit width; the page number field; "Go to tab" for a packet. */
export function ViewerToolbar({
  zoom,
  pageCount,
  currentPage,
  bookmarks,
  packet,
  onZoom,
  onFitWidth,
  onGo,
}: {
  readonly zoom: number;
  readonly pageCount: number;
  readonly currentPage: number;
  readonly bookmarks: readonly ViewerBookmark[];
  readonly packet: boolean;
  readonly onZoom: (direction: 'in' | 'out') => void;
  readonly onFitWidth: () => void;
  readonly onGo: (page: number) => void;
}) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState<string | null>(null);
  const [tab, setTab] = useState('');
  const [tabMissing, setTabMissing] = useState<string | null>(null);

  const goToTyped = () => {
    const n = Number.parseInt(typed ?? '', 10);
    if (Number.isInteger(n)) onGo(Math.min(pageCount, Math.max(1, n)) - 1);
    setTyped(null);
  };

  return (
    <div className="viewer-toolbar" role="toolbar" aria-label={t('viewer.toolbar')}>
      <div className="viewer-tool-group">
        <button type="button" className="button" aria-label={t('viewer.zoomOut')} disabled={zoom <= MIN_ZOOM} onClick={() => onZoom('out')}>
          −
        </button>
        <span className="viewer-zoom" data-testid="viewer-zoom">
          {t('viewer.zoomLevel', { percent: Math.round(zoom * 100) })}
        </span>
        <button type="button" className="button" aria-label={t('viewer.zoomIn')} disabled={zoom >= MAX_ZOOM} onClick={() => onZoom('in')}>
          +
        </button>
        <button type="button" className="button" onClick={onFitWidth}>
          {t('viewer.fitWidth')}
        </button>
      </div>
      <form
        className="viewer-tool-group"
        onSubmit={(event) => {
          event.preventDefault();
          goToTyped();
        }}
      >
        <label className="viewer-inline-label">
          {t('viewer.pageField')}
          <input
            className="input viewer-page-input"
            inputMode="numeric"
            value={typed ?? String(currentPage + 1)}
            data-testid="viewer-page-number"
            onChange={(event) => setTyped(event.target.value.replace(/\D/gu, '').slice(0, 7))}
            onBlur={goToTyped}
          />
        </label>
        <span>{t('viewer.pageOf', { count: pageCount })}</span>
      </form>
      {packet ? (
        <form
          className="viewer-tool-group"
          onSubmit={(event) => {
            event.preventDefault();
            const page = tabPage(bookmarks, tab);
            setTabMissing(page === undefined ? tab.trim() : null);
            if (page !== undefined) onGo(page);
          }}
        >
          <label className="viewer-inline-label">
            {t('viewer.tabField')}
            <input
              className="input viewer-tab-input"
              value={tab}
              maxLength={12}
              data-testid="viewer-tab"
              onChange={(event) => setTab(event.target.value)}
            />
          </label>
          <button type="submit" className="button">
            {t('viewer.goToTab')}
          </button>
          <span role="status">{tabMissing !== null && tabMissing !== '' ? t('viewer.tabNotFound', { tab: tabMissing }) : ''}</span>
        </form>
      ) : null}
    </div>
  );
}
