import { loadFontLibrary, type FontLibrary } from '../fonts/library.ts';
import type { Printer } from './printer.ts';
import { createPlaywrightPrinter } from './playwright-printer.ts';

/** Opens a printer with the fonts it embeds: Electron's in the app, Playwright in Node. */
export type OpenPrinter = () => Promise<{ readonly printer: Printer; readonly fonts: FontLibrary }>;

/** The CLI's, the demo's and the tests' printer: one warm system Chromium per opening. */
export const openPlaywrightPrinter: OpenPrinter = async () => {
  const fonts = loadFontLibrary();
  return { printer: await createPlaywrightPrinter({ fonts }), fonts };
};
