import type { WebContents } from 'electron';
import { isAppUrl } from './origin.ts';

/**
 * The page may only ever show our own UI: navigations and redirects away from `app://dossier`
 * are stopped, new windows are never opened (links to the web included: Dossier opens nothing
 * externally), and `<webview>` can never attach.
 */
export type DeniedNavigation = 'navigate' | 'frame-navigate' | 'redirect' | 'window-open' | 'webview';

export function isAllowedNavigation(url: unknown): boolean {
  return isAppUrl(url);
}

export const denyWindowOpen = (): { action: 'deny' } => ({ action: 'deny' });

export function guardWebContents(contents: WebContents, onDenied: (what: DeniedNavigation) => void = () => undefined): void {
  const stopUnlessApp = (event: { preventDefault(): void }, url: string, what: DeniedNavigation) => {
    if (isAllowedNavigation(url)) return;
    event.preventDefault();
    onDenied(what);
  };
  contents.on('will-navigate', (event) => stopUnlessApp(event, event.url, 'navigate'));
  contents.on('will-frame-navigate', (event) => stopUnlessApp(event, event.url, 'frame-navigate'));
  contents.on('will-redirect', (event) => stopUnlessApp(event, event.url, 'redirect'));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    onDenied('webview');
  });
  contents.setWindowOpenHandler(() => {
    onDenied('window-open');
    return denyWindowOpen();
  });
}
