import { denyAllPermissions, type PermissionSession } from './permissions.ts';
import { createRequestKillSwitch, type BeforeRequestListener, type BlockedRequestCounter, type RequestPolicy } from './request-filter.ts';

/**
 * Applies the kill-switch, the permission denials, download refusal and spellcheck-off to a
 * session. It runs on the default session and, through `session-created`, on every session
 * Electron ever makes, so a session created later (by us or a dependency) is never left open.
 */
export interface HardenableSession extends PermissionSession {
  readonly webRequest: { onBeforeRequest(listener: BeforeRequestListener): void };
  /** Hunspell dictionaries would otherwise be downloaded from Google's CDN on Windows and Linux. */
  setSpellCheckerEnabled(enabled: boolean): void;
  /** A page-triggered download would write (possibly client) data outside the encrypted vault. */
  on(event: 'will-download', listener: (event: { preventDefault(): void }) => void): unknown;
}

export interface SessionHardeningOptions {
  readonly policy: RequestPolicy;
  readonly counter: BlockedRequestCounter;
  readonly onBlocked?: (scheme: string) => void;
  readonly onDownloadRefused?: () => void;
}

const hardened = new WeakSet<object>();

export function hardenSession(session: HardenableSession, options: SessionHardeningOptions): void {
  if (hardened.has(session)) return;
  hardened.add(session);
  session.webRequest.onBeforeRequest(createRequestKillSwitch(options.policy, options.counter, options.onBlocked));
  denyAllPermissions(session);
  session.setSpellCheckerEnabled(false);
  session.on('will-download', (event) => {
    event.preventDefault();
    options.onDownloadRefused?.();
  });
}

export interface SessionSource<S extends HardenableSession> {
  on(event: 'session-created', listener: (session: S) => void): unknown;
}

/** Registered before the app is ready, so no session can be created unseen; the default session is hardened explicitly once ready. */
export function hardenNewSessions<S extends HardenableSession>(app: SessionSource<S>, options: SessionHardeningOptions): void {
  app.on('session-created', (session) => hardenSession(session, options));
}
