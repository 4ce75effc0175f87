import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { viewerPageUrl } from '../../api/viewer.ts';

/**
 * One page image, asked for only once its box comes near the visible part of `root` (an
 * IntersectionObserver), and asked again at the new scale after a zoom. Until then the box keeps
 * the page's size, so the column's height and scroll positions are right from the start.
 */
export function LazyPage({
  sessionId,
  pageIndex,
  scale,
  root,
  alt,
  className,
}: {
  readonly sessionId: string;
  readonly pageIndex: number;
  /** Pixels per point of the image asked for (the zoom times the screen's pixel ratio). */
  readonly scale: number;
  /** The scrolling element pages come into view in; null for the window (then any scrolled ancestor still clips). */
  readonly root: HTMLElement | null;
  readonly alt: string;
  readonly className: string;
}) {
  const { t } = useTranslation();
  const box = useRef<HTMLSpanElement>(null);
  const [near, setNear] = useState(false);
  const [image, setImage] = useState<{ key: string; url: string | null }>({ key: '', url: null });
  const key = `${sessionId}:${pageIndex}@${scale.toFixed(3)}`;

  useEffect(() => {
    const element = box.current;
    if (!element || typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver((entries) => setNear(entries.some((e) => e.isIntersecting)), {
      root,
      rootMargin: '400px 0px',
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [root]);

  useEffect(() => {
    if (!near || image.key === key) return;
    let current = true;
    void viewerPageUrl(sessionId, pageIndex, scale).then((result) => {
      if (current) setImage({ key, url: result.ok ? result.value : null });
    });
    return () => {
      current = false;
    };
  }, [near, key, image.key, sessionId, pageIndex, scale]);

  const failed = image.key === key && image.url === null;
  return (
    <span ref={box} className={className} data-loaded={image.url !== null ? 'true' : 'false'}>
      {image.url !== null ? <img src={image.url} alt={alt} draggable={false} /> : null}
      {failed ? <span className="viewer-page-failed">{t('viewer.pageFailed', { page: pageIndex + 1 })}</span> : null}
    </span>
  );
}
