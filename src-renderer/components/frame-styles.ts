/**
 * Gives a sandboxed preview frame its stylesheet. The app's CSP admits no inline style, so the
 * frame (which runs no script and keeps its origin only for this) gets a constructed stylesheet
 * from the app. Nothing happens before the frame has loaded.
 */
export function adoptFrameStyles(element: HTMLIFrameElement | null, css: string): void {
  const doc = element?.contentDocument;
  const view = element?.contentWindow as (Window & typeof globalThis) | null | undefined;
  if (!doc || !view) return;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(css);
  doc.adoptedStyleSheets = [sheet];
}
