import { useMemo, useRef } from 'react';
import { preparePreview } from './preview-html.ts';

/**
 * Shows a document's HTML in a sandboxed frame. The sandbox never allows scripts, forms, popups
 * or top navigation; it keeps the frame's origin only so the app can hand it its stylesheet
 * (see preview-html.ts).
 */
export function PreviewFrame({ html, title }: { readonly html: string; readonly title: string }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const prepared = useMemo(() => preparePreview(html), [html]);

  const applyStyles = () => {
    const element = frame.current;
    const doc = element?.contentDocument;
    const view = element?.contentWindow as (Window & typeof globalThis) | null | undefined;
    if (!doc || !view) return;
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(prepared.css);
    doc.adoptedStyleSheets = [sheet];
  };

  return (
    <iframe
      ref={frame}
      className="preview-frame"
      title={title}
      sandbox="allow-same-origin"
      srcDoc={prepared.html}
      onLoad={applyStyles}
      data-testid="template-preview"
    />
  );
}
