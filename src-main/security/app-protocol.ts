import { readFile } from 'node:fs/promises';
import type { CustomScheme, Protocol } from 'electron';
import { appRequestPath } from './app-path.ts';
import { resolveContainedFile } from './contained-path.ts';
import { contentTypeFor } from './content-types.ts';
import { CONTENT_SECURITY_POLICY } from './csp.ts';
import { APP_SCHEME } from './origin.ts';

/**
 * The `app://` protocol: the UI is served from the built renderer folder only, never through
 * `file://` (which would grant the page file-system reach). Every response, errors included,
 * carries the CSP header.
 */

/** Standard + secure gives the page a real origin and a secure context; CSP is never bypassed. */
export const appSchemePrivileges = { standard: true, secure: true, supportFetchAPI: true } as const satisfies CustomScheme['privileges'];

export interface AppProtocolOptions {
  readonly platform?: NodeJS.Platform;
  /** Told why a request was refused (a reason code, never the requested path). */
  readonly onRefused?: (status: number, reason: string) => void;
}

const baseHeaders = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'cross-origin-opener-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
} as const;

function refusal(status: number, reason: string, options: AppProtocolOptions): Response {
  options.onRefused?.(status, reason);
  return new Response(null, { status, headers: { ...baseHeaders } });
}

/** A `protocol.handle` handler for the renderer folder; transport-free so tests call it directly. */
export function createAppRequestHandler(rootDir: string, options: AppProtocolOptions = {}): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405, 'method', options);
    const parsed = appRequestPath(request.url);
    if (!parsed.ok) return refusal(parsed.reason === 'not-app-url' ? 404 : 403, parsed.reason, options);
    try {
      const file = await resolveContainedFile(rootDir, parsed.segments, options.platform);
      if (!file.ok) return refusal(file.reason === 'outside-root' ? 403 : 404, file.reason, options);
      const contentType = contentTypeFor(file.path);
      if (contentType === undefined) return refusal(404, 'type', options);
      const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(file.path));
      return new Response(body, { status: 200, headers: { ...baseHeaders, 'content-type': contentType } });
    } catch {
      return refusal(404, 'unreadable', options);
    }
  };
}

/** Must run before the app is ready: schemes cannot gain privileges later. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...appSchemePrivileges } }]);
}

export function installAppProtocol(protocol: Pick<Protocol, 'handle'>, rootDir: string, options: AppProtocolOptions = {}): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rootDir, options));
}
