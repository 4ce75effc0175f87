import { packetRenderersFrom } from '../packet/pages/open.ts';
import { openPlaywrightPrinter } from '../render/pdf/open-printer.ts';
import { createServices, type ServiceOptions, type Services } from './index.ts';

/**
 * Services for plain Node (the CLI, the demo, tests): documents are printed by the system
 * Chromium through Playwright. The desktop app passes Electron's printer instead, so the
 * app's bundle never contains Playwright.
 */
export function createNodeServices(
  options: Omit<ServiceOptions, 'openPacketRenderers'> & Partial<Pick<ServiceOptions, 'openPacketRenderers'>>,
): Services {
  return createServices({
    ...options,
    openPacketRenderers: options.openPacketRenderers ?? packetRenderersFrom(openPlaywrightPrinter),
    openDocumentPrinter: options.openDocumentPrinter ?? openPlaywrightPrinter,
  });
}
