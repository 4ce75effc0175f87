import type { OpenPrinter } from './open-printer.ts';

/**
 * One printer for several holders (the Documents tab's renders and the packet builds of one
 * headless run): the first opening starts it, later ones get the same warm printer, and it is
 * closed when the last holder closes its handle. Saves a second browser start and its fonts.
 */
export function sharePrinter(open: OpenPrinter): OpenPrinter {
  let current: ReturnType<OpenPrinter> | undefined;
  let holders = 0;
  return async () => {
    const which = (current ??= open());
    holders += 1;
    let opened: Awaited<ReturnType<OpenPrinter>>;
    try {
      opened = await which;
    } catch (error) {
      holders -= 1;
      if (current === which) current = undefined;
      throw error;
    }
    let closed = false;
    return {
      fonts: opened.fonts,
      printer: {
        print: (html, options) => opened.printer.print(html, options),
        async close() {
          if (closed) return;
          closed = true;
          holders -= 1;
          if (holders > 0 || current !== which) return;
          current = undefined;
          await opened.printer.close();
        },
      },
    };
  };
}
