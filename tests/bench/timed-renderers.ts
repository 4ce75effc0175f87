/**
 * The packet printer as the services open it, with each opening and each call timed from the
 * outside, so the bench can say how much of a build is the printer's. Nothing changes in what
 * is printed.
 */
import { packetRenderersFrom } from '../../src-main/packet/pages/open.ts';
import type { PacketRenderers } from '../../src-main/packet/pages/ports.ts';
import { openPlaywrightPrinter } from '../../src-main/render/pdf/open-printer.ts';
import type { OpenPacketRenderers } from '../../src-main/services/packet-build.ts';

export interface RendererTimes {
  /** Milliseconds each opening of a printer took (Chromium started, fonts loaded). */
  readonly opens: number[];
  /** Per renderer function: how many calls and their summed milliseconds. */
  readonly calls: Map<keyof PacketRenderers, { count: number; ms: number }>;
}

export function newRendererTimes(): RendererTimes {
  return { opens: [], calls: new Map() };
}

export function timedPacketRenderers(
  times: RendererTimes,
  open: OpenPacketRenderers = packetRenderersFrom(openPlaywrightPrinter),
): OpenPacketRenderers {
  const timed =
    <A extends unknown[], R>(name: keyof PacketRenderers, call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const start = performance.now();
      try {
        return await call(...args);
      } finally {
        const entry = times.calls.get(name) ?? { count: 0, ms: 0 };
        times.calls.set(name, { count: entry.count + 1, ms: entry.ms + performance.now() - start });
      }
    };
  return async () => {
    const start = performance.now();
    const { renderers, close } = await open();
    times.opens.push(performance.now() - start);
    return {
      renderers: {
        listOfDocuments: timed('listOfDocuments', renderers.listOfDocuments),
        volumeCover: timed('volumeCover', renderers.volumeCover),
        renderDocument: timed('renderDocument', renderers.renderDocument),
      },
      close,
    };
  };
}
