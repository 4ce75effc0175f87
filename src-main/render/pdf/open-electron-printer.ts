import { loadFontLibrary } from '../fonts/library.ts';
import { createElectronPrinter } from './electron-printer.ts';
import type { OpenPrinter } from './open-printer.ts';

/** The desktop app's printer: Electron's printToPDF in a hidden, sandboxed, offline window. */
export const openElectronPrinter: OpenPrinter = () => {
  const fonts = loadFontLibrary();
  return Promise.resolve({ printer: createElectronPrinter({ fonts }), fonts });
};
