import { z } from 'zod';
import { documentKinds } from '../documents/builders/document-types.ts';
import { idField } from './channel-dto.ts';
import { docLang, documentOptions } from './document-dto.ts';

/**
 * The in-app viewer's channels: open a source (an exhibit, a generated document, a built packet)
 * as a session held in the main process, then ask for page images, search hits and close it.
 * Decrypted PDF bytes never cross to the renderer: it receives PNG pages, sizes, bookmarks and
 * hit rectangles only.
 */

const viewerSource = z.discriminatedUnion('kind', [
  /** An exhibit: the copy a packet files (redacted, else searchable, else the original made ready), or the original as imported. */
  z.object({ kind: z.literal('exhibit'), caseId: idField, exhibitId: idField, copy: z.enum(['filed', 'original']).default('filed') }),
  /** A generated document of the Documents tab, printed to PDF in memory. */
  z.object({ kind: z.literal('document'), caseId: idField, docKind: z.enum(documentKinds), lang: docLang, options: documentOptions }),
  /** A volume of a recorded build (the last one unless named), read from the folder it was written to. */
  z.object({ kind: z.literal('packet'), caseId: idField, buildId: idField.optional(), volume: z.int().min(0).max(499).default(0) }),
]);

export interface BookmarkDto {
  title: string;
  pageIndex?: number | undefined;
  children: BookmarkDto[];
}
const bookmarkDto: z.ZodType<BookmarkDto> = z.lazy(() =>
  z.object({ title: z.string(), pageIndex: z.int().min(0).optional(), children: z.array(bookmarkDto) }),
);

const sessionField = z.string().min(1).max(80);
const pageIndex = z.int().min(0).max(1_000_000);

const viewerOpened = z.object({
  sessionId: z.string(),
  title: z.string(),
  /** Page sizes in points, in page order. */
  pages: z.array(z.object({ width: z.number(), height: z.number() })),
  bookmarks: z.array(bookmarkDto),
  /** Which copy is shown: an exhibit's filed copy kind or original, a document, or a packet volume. */
  shows: z.enum(['original', 'ocr', 'redacted', 'document', 'packet']),
  /** A packet volume only: whether the file on disk still matches the build record's SHA-256. */
  integrity: z.enum(['verified', 'changed']).optional(),
  /** A packet only: every volume of the build, to open another. */
  volumes: z.array(z.object({ fileName: z.string(), pages: z.int() })).optional(),
});

const hitRect = z.object({ left: z.number(), bottom: z.number(), right: z.number(), top: z.number() });

export const viewerChannels = {
  /** Opens a source as a viewer session; the oldest session is closed past the cap, and all of them when the vault locks. */
  viewerOpen: { input: viewerSource, output: viewerOpened },
  /** One page as a PNG at `scale` pixels per point (thumbnails at a small scale). */
  viewerPage: {
    input: z.object({ sessionId: sessionField, pageIndex, scale: z.number().min(0.05).max(4) }),
    output: z.object({ base64: z.string(), width: z.int(), height: z.int() }),
  },
  /** Every hit of a text in the session's text layer, with one rectangle per line in page space (points from the bottom left). */
  viewerSearch: {
    input: z.object({ sessionId: sessionField, query: z.string().min(1).max(500) }),
    output: z.object({
      hits: z.array(z.object({ pageIndex: z.int(), text: z.string(), rects: z.array(hitRect) })),
      /** True when the search stopped at the hit limit. */
      truncated: z.boolean(),
    }),
  },
  viewerClose: { input: z.object({ sessionId: sessionField }), output: z.object({ closed: z.boolean() }) },
} as const;

export type ViewerSourceInput = z.input<typeof viewerSource>;
export type ViewerSource = z.output<typeof viewerSource>;
export type ViewerOpenedDto = z.infer<typeof viewerOpened>;
export type ViewerBookmarkDto = BookmarkDto;
