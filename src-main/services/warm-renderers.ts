import { isDossierError } from '../core/errors.ts';
import type { PacketRenderers } from '../packet/pages/ports.ts';
import type { OpenPacketRenderers } from './packet-build.ts';

type Opened = Awaited<ReturnType<OpenPacketRenderers>>;

export interface WarmRenderers {
  /** What a build opens: the session's printer, opened on first use; the build's `close` only releases it. */
  readonly open: OpenPacketRenderers;
  /** Starts the printer in the background (after unlock); a failure is left for the next build to meet. */
  readonly prewarm: () => void;
  /** Closes the printer (on lock and on quit); the next build opens a fresh one. */
  readonly close: () => Promise<void>;
}

/**
 * One printer for every packet build of a session instead of one per build: starting Chromium
 * (or Electron's hidden window) and loading the fonts is most of a small packet's build time.
 * A printer whose job fails with anything but a typed refusal (a crashed browser, a closed
 * window) is dropped and closed, so the next build starts a fresh one.
 */
export function createWarmRenderers(openRenderers: OpenPacketRenderers): WarmRenderers {
  let current: Promise<Opened> | undefined;
  let closing: Promise<void> = Promise.resolve();

  const drop = async (which: Promise<Opened>): Promise<void> => {
    if (current === which) current = undefined;
    await which.then((opened) => opened.close()).catch(() => undefined);
  };

  const guarded = (which: Promise<Opened>, renderers: PacketRenderers): PacketRenderers => {
    const watch =
      <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
      async (...args: A): Promise<R> => {
        try {
          return await call(...args);
        } catch (error) {
          if (!isDossierError(error)) await drop(which);
          throw error;
        }
      };
    return {
      listOfDocuments: watch(renderers.listOfDocuments),
      volumeCover: watch(renderers.volumeCover),
      renderDocument: watch(renderers.renderDocument),
    };
  };

  return {
    prewarm: () => {
      if (current) return;
      const which = (current = openRenderers());
      which.catch(() => {
        if (current === which) current = undefined;
      });
    },
    open: async () => {
      const which = (current ??= openRenderers());
      let opened: Opened;
      try {
        opened = await which;
      } catch (error) {
        if (current === which) current = undefined;
        throw error;
      }
      return { renderers: guarded(which, opened.renderers), close: () => Promise.resolve() };
    },
    close: async () => {
      const which = current;
      current = undefined;
      // A second close (lock, then quit) waits for the first instead of returning early.
      if (which) closing = which.then((opened) => opened.close()).catch(() => undefined);
      await closing;
    },
  };
}
