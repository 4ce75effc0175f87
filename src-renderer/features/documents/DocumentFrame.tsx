import { useCallback, useEffect, useMemo, useRef } from 'react';
import { adoptFrameStyles } from '../../components/frame-styles.ts';
import { preparePreview } from '../settings/preview-html.ts';
import { fitScale, pagedPreview, type PageSetup } from './paged-preview.ts';

/**
 * A document's print HTML in a sandboxed frame, laid out on sheets at its paper size. As in the
 * Settings preview, the frame runs no script and gets its style as a constructed stylesheet,
 * since the app's CSP admits no inline style. A sheet wider than the frame is scaled down to fit,
 * keeping its proportions.
 */
export function DocumentFrame({ html, page, title }: { readonly html: string; readonly page: PageSetup; readonly title: string }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const prepared = useMemo(() => pagedPreview(preparePreview(html), page), [html, page]);

  const applyStyles = useCallback(() => {
    const element = frame.current;
    if (element) adoptFrameStyles(element, `${prepared.css}\nhtml { zoom: ${fitScale(page, element.clientWidth)}; }`);
  }, [prepared, page]);

  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    const observer = new ResizeObserver(applyStyles);
    observer.observe(element);
    return () => observer.disconnect();
  }, [applyStyles]);

  return (
    <iframe
      ref={frame}
      className="document-frame"
      title={title}
      sandbox="allow-same-origin"
      srcDoc={prepared.html}
      onLoad={applyStyles}
      data-testid="document-preview"
    />
  );
}
