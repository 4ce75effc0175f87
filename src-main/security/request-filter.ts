import { isAppUrl } from './origin.ts';

/**
 * The network kill-switch: Chromium may load `app://dossier/...` and nothing else (plus
 * `devtools:` in development). Everything the page, a stray dependency or Chromium itself tries
 * to fetch is cancelled and counted, so an end-to-end run can prove the count stayed at zero.
 */
export interface RequestPolicy {
  readonly allowDevTools: boolean;
}

export function isAllowedRequestUrl(url: unknown, policy: RequestPolicy): boolean {
  if (typeof url !== 'string') return false;
  if (isAppUrl(url)) return true;
  return policy.allowDevTools && /^devtools:\/\//i.test(url);
}

export interface BlockedRequestSnapshot {
  readonly total: number;
  /** Counted by scheme only: a blocked URL could carry client data in its path or query. */
  readonly byScheme: Readonly<Record<string, number>>;
}

export interface BlockedRequestCounter {
  record(url: string): string;
  snapshot(): BlockedRequestSnapshot;
}

/** A short, safe label for a URL's scheme ('invalid' when it has none). */
export function schemeOf(url: string): string {
  const match = /^([a-z][a-z0-9+.-]{0,31}):/i.exec(url);
  return match?.[1]?.toLowerCase() ?? 'invalid';
}

export function createBlockedRequestCounter(): BlockedRequestCounter {
  let total = 0;
  const byScheme = new Map<string, number>();
  return {
    record(url) {
      const scheme = schemeOf(url);
      total += 1;
      byScheme.set(scheme, (byScheme.get(scheme) ?? 0) + 1);
      return scheme;
    },
    snapshot: () => ({ total, byScheme: Object.fromEntries(byScheme) }),
  };
}

export interface BeforeRequestDetails {
  readonly url: string;
}
export type BeforeRequestListener = (details: BeforeRequestDetails, callback: (response: { cancel: boolean }) => void) => void;

export function createRequestKillSwitch(
  policy: RequestPolicy,
  counter: BlockedRequestCounter,
  onBlocked?: (scheme: string) => void,
): BeforeRequestListener {
  return (details, callback) => {
    const allowed = isAllowedRequestUrl(details.url, policy);
    if (!allowed) {
      // Recorded first and unconditionally: `onBlocked?.(record())` would skip the count with no listener.
      const scheme = counter.record(details.url);
      onBlocked?.(scheme);
    }
    callback({ cancel: !allowed });
  };
}
