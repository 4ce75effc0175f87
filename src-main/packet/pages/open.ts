import type { OpenPrinter } from '../../render/pdf/open-printer.ts';
import { createEngineRenderers } from './print.ts';
import type { PacketRenderers } from './ports.ts';

/** Packet renderers (list of documents, volume covers) over whichever printer the runtime has. */
export function packetRenderersFrom(openPrinter: OpenPrinter): () => Promise<{ renderers: PacketRenderers; close: () => Promise<void> }> {
  return async () => {
    const { printer, fonts } = await openPrinter();
    return { renderers: createEngineRenderers(printer, fonts), close: () => printer.close() };
  };
}
