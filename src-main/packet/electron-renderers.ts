import { loadFontLibrary } from '../render/fonts/library.ts';
import { createElectronPrinter } from '../render/pdf/electron-printer.ts';
import { createEngineRenderers } from './engine-renderers.ts';
import type { PacketRenderers } from './render-ports.ts';

/** The desktop app's renderers: Electron's own printToPDF in a hidden offline window, one per build. */
export function openElectronRenderers(): Promise<{ renderers: PacketRenderers; close: () => Promise<void> }> {
  const fonts = loadFontLibrary();
  const printer = createElectronPrinter({ fonts });
  return Promise.resolve({ renderers: createEngineRenderers(printer, fonts), close: () => printer.close() });
}
