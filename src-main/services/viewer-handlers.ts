import type { Handlers } from '../ipc/invoke.ts';
import type { ViewerService } from './viewer-service.ts';

type ViewerHandlers = Pick<Handlers, 'viewerOpen' | 'viewerPage' | 'viewerSearch' | 'viewerClose'>;

/** The viewer's channels over its service: pages travel as base64 PNG, hits as page-space rectangles. */
export function createViewerHandlers(viewer: ViewerService): ViewerHandlers {
  return {
    viewerOpen: (source) => viewer.open(source),
    viewerPage: async ({ sessionId, pageIndex, scale }) => {
      const page = await viewer.page(sessionId, pageIndex, scale);
      return { base64: Buffer.from(page.png).toString('base64'), width: page.width, height: page.height };
    },
    viewerSearch: async ({ sessionId, query }) => {
      const { hits, truncated } = await viewer.search(sessionId, query);
      return { hits: hits.map((h) => ({ pageIndex: h.pageIndex, text: h.text, rects: h.rects.map((r) => ({ ...r })) })), truncated };
    },
    viewerClose: ({ sessionId }) => Promise.resolve({ closed: viewer.close(sessionId) }),
  };
}
