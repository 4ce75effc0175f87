import { DossierError } from '../core/errors.ts';
import type { ViewerBookmarkDto, ViewerOpenedDto, ViewerSource } from '../ipc/contract-viewer.ts';
import { pagePng } from '../pdf-engine/page-image.ts';
import { PdfDocument, PdfOpenError, type Bookmark } from '../pdf-engine/pdfium.ts';
import { findInChars, foldForSearch, type TextHit } from '../pdf-engine/search.ts';
import { viewerPdf, type ViewerSourceDeps } from './viewer-sources.ts';

/** Open sessions kept at once; opening one more closes the least recently used. */
export const MAX_VIEWER_SESSIONS = 4;
/** A search stops at this many hits (a one-letter query in a 1,000-page packet). */
export const MAX_VIEWER_HITS = 2000;
/** Pages searched between two turns of the event loop. */
const SEARCH_SLICE = 8;

export interface ViewerPageImage {
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
}

export interface ViewerService {
  open(source: ViewerSource): Promise<ViewerOpenedDto>;
  page(sessionId: string, pageIndex: number, scale: number): Promise<ViewerPageImage>;
  /** Every hit of `query`, the event loop given back every few pages so page images keep coming during a long search. */
  search(sessionId: string, query: string): Promise<{ hits: TextHit[]; truncated: boolean }>;
  close(sessionId: string): boolean;
  /** Closes every session (the vault locked): the decrypted bytes leave memory. */
  closeAll(): void;
  readonly openCount: number;
}

export interface ViewerServiceDeps extends ViewerSourceDeps {
  readonly newId: () => string;
  readonly maxSessions?: number;
}

interface Session {
  readonly doc: PdfDocument;
  usedAt: number;
  /** Each page's text folded for search, read on the first search (a later search reads none again). */
  readonly folded: (string | undefined)[];
}

/** White space runs as one space, trimmed: how `findInChars` matches white space. */
function squeeze(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

function bookmarkDto(b: Bookmark): ViewerBookmarkDto {
  return { title: b.title, ...(b.pageIndex === undefined ? {} : { pageIndex: b.pageIndex }), children: b.children.map(bookmarkDto) };
}

function openFailure(error: unknown, title: string): unknown {
  if (!(error instanceof PdfOpenError)) return error;
  const why =
    error.reason === 'password'
      ? 'it is protected by a password'
      : error.reason === 'unsupported'
        ? 'its security handler is not supported'
        : 'it is damaged';
  return new DossierError('BAD_EXHIBIT', `"${title}" cannot be shown: ${why}.`);
}

/**
 * The viewer's sessions, held in the main process: each is one PDF open in PDFium (its bytes in
 * WebAssembly memory, never on disk), answered page by page as PNG images, and searched in its
 * text layer. Sessions are capped in number and closed when the vault locks.
 */
export function createViewerService(deps: ViewerServiceDeps): ViewerService {
  const sessions = new Map<string, Session>();
  const cap = deps.maxSessions ?? MAX_VIEWER_SESSIONS;
  let clock = 0;

  const sessionFor = (id: string): Session => {
    const session = sessions.get(id);
    if (!session) throw new DossierError('NOT_FOUND', 'This view was closed. Open the document again.');
    clock += 1;
    session.usedAt = clock;
    return session;
  };

  const close = (id: string): boolean => {
    const session = sessions.get(id);
    if (!session) return false;
    sessions.delete(id);
    session.doc.close();
    return true;
  };

  return {
    async open(source) {
      const pdf = await viewerPdf(source, deps);
      let doc: PdfDocument;
      try {
        doc = await PdfDocument.open(pdf.bytes);
      } catch (error) {
        throw openFailure(error, pdf.title);
      }
      try {
        const pages = doc.pageSizes();
        const bookmarks = doc.bookmarks().map(bookmarkDto);
        while (sessions.size >= cap) {
          const oldest = [...sessions.entries()].sort((a, b) => a[1].usedAt - b[1].usedAt)[0];
          if (!oldest) break;
          close(oldest[0]);
        }
        const sessionId = `view-${deps.newId()}`.slice(0, 80);
        clock += 1;
        sessions.set(sessionId, { doc, usedAt: clock, folded: [] });
        return {
          sessionId,
          title: pdf.title,
          pages: pages.map((p) => ({ width: p.width, height: p.height })),
          bookmarks,
          shows: pdf.shows,
          ...(pdf.integrity === undefined ? {} : { integrity: pdf.integrity }),
          ...(pdf.volumes === undefined ? {} : { volumes: pdf.volumes.map((v) => ({ ...v })) }),
        };
      } catch (error) {
        doc.close();
        throw error;
      }
    },

    async page(sessionId, pageIndex, scale) {
      const { doc } = sessionFor(sessionId);
      if (pageIndex >= doc.pageCount) throw new DossierError('NOT_FOUND', `There is no page ${pageIndex + 1} in this document.`);
      return pagePng(doc, pageIndex, scale);
    },

    async search(sessionId, query) {
      const session = sessionFor(sessionId);
      const { doc, folded } = session;
      const hits: TextHit[] = [];
      const needle = squeeze(foldForSearch(query));
      for (let page = 0; page < doc.pageCount; page += 1) {
        // Other requests (page images of this or another view) are answered between pages.
        if (page > 0 && page % SEARCH_SLICE === 0) {
          await new Promise((resolve) => setImmediate(resolve));
          if (sessions.get(sessionId) !== session) throw new DossierError('NOT_FOUND', 'This view was closed during the search.');
        }
        // The page's text in one call first (folded character by character, as `findInChars`
        // folds the page); its characters' boxes only where the text holds the query.
        const text = (folded[page] ??= squeeze(Array.from(doc.pageText(page), foldForSearch).join('')));
        if (!text.includes(needle)) continue;
        for (const hit of findInChars(doc.pageChars(page), query, page)) {
          hits.push(hit);
          if (hits.length >= MAX_VIEWER_HITS) return { hits, truncated: true };
        }
      }
      return { hits, truncated: false };
    },

    close,

    closeAll() {
      for (const id of [...sessions.keys()]) close(id);
    },

    get openCount() {
      return sessions.size;
    },
  };
}
