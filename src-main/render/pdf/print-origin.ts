import { readFile } from 'node:fs/promises';
import type { FontLibrary } from '../fonts/library.ts';
import type { FontFaceEntry } from '../fonts/types.ts';

/**
 * The made-up origin the print page lives at. ".invalid" can never resolve (RFC 6761), and both
 * adapters answer every request to it themselves, so nothing ever reaches a network.
 */
export const PRINT_ORIGIN = 'http://dossier.invalid';
const DOCUMENT_PREFIX = `${PRINT_ORIGIN}/documents/`;
const FONT_PREFIX = `${PRINT_ORIGIN}/fonts/`;

/** A distinct URL per print job, so one warm browser context can serve several jobs. */
export function documentUrl(jobId: number): string {
  return `${DOCUMENT_PREFIX}${jobId}.html`;
}

/** URL the print page loads a bundled face from (same origin, so CSP font-src 'self' admits it). */
export function printFontUrl(face: FontFaceEntry): string {
  return FONT_PREFIX + face.file;
}

export interface PrintResponse {
  readonly status: 200;
  readonly contentType: string;
  readonly body: Uint8Array;
}

/**
 * What the print page may load: the document itself and bundled font files. Anything else
 * (a stray URL, a favicon, a finished job's page) gets undefined and the adapter refuses it.
 */
export async function answerPrintRequest(
  url: string,
  documents: ReadonlyMap<string, string>,
  fonts: FontLibrary,
): Promise<PrintResponse | undefined> {
  const html = documents.get(url);
  if (html !== undefined) return { status: 200, contentType: 'text/html; charset=utf-8', body: new TextEncoder().encode(html) };
  if (!url.startsWith(FONT_PREFIX)) return undefined;
  const file = fonts.resolve(decodeURIComponent(url.slice(FONT_PREFIX.length)));
  if (file === undefined) return undefined;
  return { status: 200, contentType: 'font/woff2', body: await readFile(file) };
}
