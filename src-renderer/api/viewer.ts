import { useEffect, useState } from 'react';
import type { Input, IpcError, Output, Result } from '../../src-main/ipc/contract.ts';
import { api } from './bridge.ts';

export type ViewerSource = Input<'viewerOpen'>;
export type ViewerOpened = Output<'viewerOpen'>;
export type ViewerBookmark = ViewerOpened['bookmarks'][number];
export type ViewerHits = Output<'viewerSearch'>;
export type ViewerHit = ViewerHits['hits'][number];

/**
 * Opens `source` as a viewer session in the main process while the component is mounted, and
 * closes it again when the source changes or the component goes away. `source` is compared by
 * value, so a new object for the same document does not reopen it.
 */
export function useViewerSession(source: ViewerSource): { opened: ViewerOpened | null; error: IpcError | null } {
  const key = JSON.stringify(source);
  const [state, setState] = useState<{ key: string; opened: ViewerOpened | null; error: IpcError | null }>({
    key: '',
    opened: null,
    error: null,
  });
  useEffect(() => {
    let current = true;
    let sessionId: string | null = null;
    void api.viewerOpen(JSON.parse(key) as ViewerSource).then((result) => {
      if (result.ok) sessionId = result.value.sessionId;
      if (!current) {
        if (sessionId !== null) void api.viewerClose({ sessionId });
        return;
      }
      setState(result.ok ? { key, opened: result.value, error: null } : { key, opened: null, error: result.error });
    });
    return () => {
      current = false;
      if (sessionId !== null) void api.viewerClose({ sessionId });
    };
  }, [key]);
  return state.key === key ? { opened: state.opened, error: state.error } : { opened: null, error: null };
}

/** One page as a `data:` URL of its PNG (the CSP allows `img-src data:`). */
export async function viewerPageUrl(sessionId: string, pageIndex: number, scale: number): Promise<Result<string>> {
  const result = await api.viewerPage({ sessionId, pageIndex, scale });
  return result.ok ? { ok: true, value: `data:image/png;base64,${result.value.base64}` } : result;
}

export function viewerSearch(sessionId: string, query: string): Promise<Result<ViewerHits>> {
  return api.viewerSearch({ sessionId, query });
}
