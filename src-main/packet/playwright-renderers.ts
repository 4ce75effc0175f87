import { loadFontLibrary } from '../render/fonts/library.ts';
import { createPlaywrightPrinter } from '../render/pdf/playwright-printer.ts';
import { createEngineRenderers } from './engine-renderers.ts';
import type { PacketRenderers } from './render-ports.ts';

/** The CLI's and tests' renderers: one warm system Chromium for the whole build. */
export async function openPlaywrightRenderers(): Promise<{ renderers: PacketRenderers; close: () => Promise<void> }> {
  const fonts = loadFontLibrary();
  const printer = await createPlaywrightPrinter({ fonts });
  return { renderers: createEngineRenderers(printer, fonts), close: () => printer.close() };
}
