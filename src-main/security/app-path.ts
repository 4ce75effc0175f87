import { isAppUrl } from './origin.ts';

/**
 * Turns an `app://dossier/...` request URL into path segments relative to the renderer folder,
 * or says why it was refused. Pure and deliberately stricter than the URL parser: the raw text is
 * checked before `new URL` normalises it, so `..`, `%2e%2e`, `..%2f`, backslashes, encoded
 * separators, NUL and other control characters are refused outright instead of being resolved
 * into something that merely looks harmless.
 */
export type AppPathRejection =
  'not-app-url' | 'too-long' | 'control-character' | 'backslash' | 'encoded-separator' | 'dot-segment' | 'bad-encoding' | 'bad-segment';

export type AppPathResult =
  { readonly ok: true; readonly segments: readonly string[] } | { readonly ok: false; readonly reason: AppPathRejection };

const MAX_URL_LENGTH = 2048;
const ENCODED_CONTROL = /%(?:[01][0-9a-f]|7f)/i;
const ENCODED_SEPARATOR = /%(?:2f|5c)/i;
const DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i;
/** Windows reads `a:b` as a drive or an alternate data stream, and drops trailing dots and spaces. */
const BAD_SEGMENT = /[:*?"<>|]|[. ]$|^ /;

/** C0 controls (NUL included) and DEL, checked by code so the intent is plain. */
const hasControlCharacter = (value: string) => [...value].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f);

const refuse = (reason: AppPathRejection): AppPathResult => ({ ok: false, reason });

/** The raw path between the authority and any query or fragment, before URL normalisation. */
function rawPathOf(raw: string): string {
  const authorityStart = raw.indexOf('://');
  const afterScheme = authorityStart === -1 ? raw : raw.slice(authorityStart + 3);
  const pathStart = afterScheme.indexOf('/');
  if (pathStart === -1) return '';
  return afterScheme.slice(pathStart).split(/[?#]/, 1)[0] ?? '';
}

export function appRequestPath(raw: unknown): AppPathResult {
  if (typeof raw !== 'string') return refuse('not-app-url');
  if (raw.length > MAX_URL_LENGTH) return refuse('too-long');
  if (hasControlCharacter(raw) || ENCODED_CONTROL.test(raw)) return refuse('control-character');
  if (raw.includes('\\')) return refuse('backslash');
  if (!isAppUrl(raw)) return refuse('not-app-url');

  const rawPath = rawPathOf(raw);
  if (ENCODED_SEPARATOR.test(rawPath)) return refuse('encoded-separator');
  if (rawPath.split('/').some((segment) => DOT_SEGMENT.test(segment))) return refuse('dot-segment');

  const pathname = new URL(raw).pathname;
  const encoded = pathname === '/' || pathname === '' ? ['index.html'] : pathname.slice(1).split('/');
  const segments: string[] = [];
  for (const part of encoded) {
    let segment: string;
    try {
      segment = decodeURIComponent(part);
    } catch {
      return refuse('bad-encoding');
    }
    if (segment === '') return refuse('bad-segment');
    if (segment === '.' || segment === '..') return refuse('dot-segment');
    if (segment.includes('/') || segment.includes('\\')) return refuse('encoded-separator');
    if (hasControlCharacter(segment)) return refuse('control-character');
    if (BAD_SEGMENT.test(segment)) return refuse('bad-segment');
    segments.push(segment);
  }
  return { ok: true, segments };
}
