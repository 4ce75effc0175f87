import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ViewerBookmark } from '../../api/viewer.ts';
import { Tabs } from '../../components/Tabs.tsx';
import { LazyPage } from './LazyPage.tsx';
import type { PageBox } from './layout.ts';

/** Thumbnails are drawn at this many pixels per point (a Letter page 92 pixels wide). */
const THUMBNAIL_SCALE = 0.15;

type Panel = 'bookmarks' | 'thumbnails';

function BookmarkList({ items, onGo }: { readonly items: readonly ViewerBookmark[]; readonly onGo: (page: number) => void }) {
  return (
    <ul className="viewer-bookmarks">
      {items.map((b, i) => (
        <li key={`${i}-${b.title}`}>
          {b.pageIndex === undefined ? (
            <span>
              <bdi>{b.title}</bdi>
            </span>
          ) : (
            <button type="button" className="link-button" data-testid="viewer-bookmark" onClick={() => onGo(b.pageIndex ?? 0)}>
              <bdi>{b.title}</bdi>
            </button>
          )}
          {b.children.length > 0 ? <BookmarkList items={b.children} onGo={onGo} /> : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * The side panel: the document's bookmarks (a packet's tabs with their sub-tabs), or its pages
 * as thumbnails, each a button that brings its page into view.
 */
export function SidePanel({
  sessionId,
  pages,
  bookmarks,
  currentPage,
  onGo,
}: {
  readonly sessionId: string;
  readonly pages: readonly PageBox[];
  readonly bookmarks: readonly ViewerBookmark[];
  readonly currentPage: number;
  readonly onGo: (page: number) => void;
}) {
  const { t } = useTranslation();
  const [panel, setPanel] = useState<Panel>(bookmarks.length > 0 ? 'bookmarks' : 'thumbnails');
  return (
    <aside className="viewer-side" aria-label={t('viewer.sidePanel')}>
      <Tabs
        tabs={['bookmarks', 'thumbnails'] as const}
        selected={panel}
        label={t('viewer.sidePanel')}
        labelFor={(id) => t(`viewer.${id}`)}
        onSelect={setPanel}
      >
        {panel === 'bookmarks' ? (
          <nav className="viewer-side-list" aria-label={t('viewer.bookmarksLabel')}>
            {bookmarks.length === 0 ? <p>{t('viewer.noBookmarks')}</p> : <BookmarkList items={bookmarks} onGo={onGo} />}
          </nav>
        ) : (
          <div className="viewer-side-list">
            <ol className="viewer-thumbnails" aria-label={t('viewer.thumbnailsLabel')}>
              {pages.map((page, index) => (
                <li key={index}>
                  <button
                    type="button"
                    className="viewer-thumbnail"
                    aria-current={index === currentPage ? 'page' : undefined}
                    data-testid="viewer-thumbnail"
                    onClick={() => onGo(index)}
                  >
                    <span
                      className="viewer-thumbnail-box"
                      style={{ width: page.width * THUMBNAIL_SCALE, height: page.height * THUMBNAIL_SCALE }}
                    >
                      <LazyPage
                        sessionId={sessionId}
                        pageIndex={index}
                        scale={THUMBNAIL_SCALE}
                        root={null}
                        alt=""
                        className="viewer-thumbnail-image"
                      />
                    </span>
                    <span>{t('viewer.pageLabel', { page: index + 1 })}</span>
                  </button>
                </li>
              ))}
            </ol>
          </div>
        )}
      </Tabs>
    </aside>
  );
}
