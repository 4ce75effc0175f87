import { useMemo, useRef } from 'react';
import { adoptFrameStyles } from '../../components/frame-styles.ts';
import { preparePreview } from './preview-html.ts';

/**
 * Shows a document's HTML in a sandboxed frame. The sandbox never allows scripts, forms, popups
 * or top navigation; it keeps the frame's origin only so the app can hand it its stylesheet
 * (see preview-html.ts).
 */
export function PreviewFrame({ html, title }: { readonly html: string; readonly title: string }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const prepared = useMemo(() => preparePreview(html), [html]);

  const applyStyles = () => adoptFrameStyles(frame.current, prepared.css);

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
