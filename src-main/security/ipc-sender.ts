import { isAppUrl } from './origin.ts';

/**
 * Who may call an IPC handler: the top-level frame of one of our own windows, currently showing
 * `app://dossier/...`. A subframe, a frame that navigated elsewhere, a destroyed frame or any
 * other webContents is refused before its input is even parsed.
 */
export interface SenderFrameLike {
  readonly url: string;
  readonly parent: unknown;
  readonly detached?: boolean;
}

export interface SenderEventLike {
  readonly sender: { readonly id: number };
  readonly senderFrame: SenderFrameLike | null;
}

export interface TrustedContentsLookup {
  has(webContentsId: number): boolean;
}

export function isTrustedSender(event: SenderEventLike, trusted: TrustedContentsLookup): boolean {
  try {
    const frame = event.senderFrame;
    if (frame === null || frame === undefined) return false;
    if (frame.detached === true) return false;
    if (frame.parent !== null) return false;
    if (!trusted.has(event.sender.id)) return false;
    return isAppUrl(frame.url);
  } catch {
    // A frame destroyed mid-call throws on property access: that sender is not trusted either.
    return false;
  }
}
